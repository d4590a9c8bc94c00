/**
 * A thin, cached wrapper over `az` (Az.Morph), the OpenCorpora-based Russian analyser.
 *
 * `az` must load its dictionaries before the first call; {@link loadMorphology} does that once per
 * process (the promise is shared) and returns a {@link Morphology} whose look-ups are synchronous.
 * Every distinct word form is analysed once and remembered, so enriching 10,000 articles costs one
 * dictionary look-up per distinct word, not per occurrence.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import Az, { type AzParse } from 'az';
import { foldKey, hasCyrillic } from './tokenize.ts';

/** Grammatical gender of an animate noun reading. */
export type Gender = 'masc' | 'femn';

/** What the mention matcher needs to know about one word form. */
export interface WordAnalysis {
  /**
   * Every dictionary form the word could have (all readings, not just the likeliest: unknown surnames
   * get low-scoring guesses), folded with {@link foldKey}, plus the folded word form itself.
   */
  readonly lemmas: readonly string[];
  /**
   * Lemmas of the likeliest readings only (ties included), plus the folded word form. Used for the
   * registry's own words (aliases, topic keywords), which are written deliberately: `киберугроза`
   * should not also stand for `угроза`, a low-scoring guess that strips `кибер-`.
   */
  readonly bestLemmas: readonly string[];
  /** Lemmas of person-name readings (surname, given name, patronymic) only; empty for Latin-script words. */
  readonly nameLemmas: readonly string[];
  /** True when some reading is a given name (OpenCorpora `Name`). */
  readonly givenName: boolean;
  /** For each lemma, the genders of its animate-noun readings (`Медведева` → медведев: masc + femn). */
  readonly genders: ReadonlyMap<string, ReadonlySet<Gender>>;
}

/** Synchronous, cached access to word analyses. */
export interface Morphology {
  /** Analyses a single word (a token, not a phrase). */
  analyse(word: string): WordAnalysis;
  /** Shorthand for `analyse(word).lemmas`. */
  lemmas(word: string): readonly string[];
  /** The analyser's raw readings of a Cyrillic word (cached; empty for other words), for name detection. */
  parses(word: string): readonly AzParse[];
}

let loading: Promise<Morphology> | undefined;

/** Where `az` keeps its dictionaries when installed from npm. */
export function defaultDictsPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('az')), '..', 'dicts');
}

/**
 * Loads the dictionaries (once per process; later calls share the same promise) and returns the
 * analyser. A failed load is not cached, so a later call can retry.
 */
export function loadMorphology(dictsPath: string = defaultDictsPath()): Promise<Morphology> {
  loading ??= new Promise<Morphology>((resolve, reject) => {
    Az.Morph.init(dictsPath, (error) => {
      if (error) {
        loading = undefined;
        reject(
          new Error(
            `Could not load the az morphology dictionaries from ${dictsPath}. ` +
              'Check that the "az" package is installed with its dicts/ folder.',
            { cause: error },
          ),
        );
      } else {
        resolve(createMorphology((word) => Az.Morph(word)));
      }
    });
  });
  return loading;
}

/**
 * Builds a cached {@link Morphology} over any parse function (the real `az`, or a stub in tests).
 * Latin-script and numeric words are not sent to the Russian analyser: their only lemma is their folded form.
 */
export function createMorphology(parse: (word: string) => readonly AzParse[]): Morphology {
  const cache = new Map<string, WordAnalysis>();
  const raw = new Map<string, readonly AzParse[]>();
  const parses = (word: string): readonly AzParse[] => {
    let found = raw.get(word);
    if (!found) raw.set(word, (found = hasCyrillic(word) ? parse(word) : []));
    return found;
  };
  const analyse = (word: string): WordAnalysis => {
    let analysis = cache.get(word);
    if (!analysis) {
      analysis = hasCyrillic(word) ? fromParses(word, parses(word)) : plainWord(word);
      cache.set(word, analysis);
    }
    return analysis;
  };
  return { analyse, lemmas: (word) => analyse(word).lemmas, parses };
}

function plainWord(word: string): WordAnalysis {
  return { lemmas: [foldKey(word)], bestLemmas: [foldKey(word)], nameLemmas: [], givenName: false, genders: new Map() };
}

function fromParses(word: string, parses: readonly AzParse[]): WordAnalysis {
  const lemmas = new Set<string>([foldKey(word)]);
  const best = new Set<string>([foldKey(word)]);
  const topScore = Math.max(0, ...parses.map((p) => p.score));
  const nameLemmas = new Set<string>();
  const genders = new Map<string, Set<Gender>>();
  let givenName = false;
  for (const parse of parses) {
    const lemma = foldKey(parse.normalize().word);
    lemmas.add(lemma);
    if (parse.score >= topScore) best.add(lemma);
    const tag = parse.tag;
    if (tag.Surn || tag.Name || tag.Patr) nameLemmas.add(lemma);
    if (tag.Name) givenName = true;
    if (tag.NOUN && tag.anim) {
      const gender: Gender | undefined = tag.femn ? 'femn' : tag.masc ? 'masc' : undefined;
      if (gender) {
        let set = genders.get(lemma);
        if (!set) genders.set(lemma, (set = new Set()));
        set.add(gender);
      }
    }
  }
  return { lemmas: [...lemmas], bestLemmas: [...best], nameLemmas: [...nameLemmas], givenName, genders };
}
