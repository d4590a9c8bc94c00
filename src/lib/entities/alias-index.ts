/**
 * The alias index: every way the registry says an entity can be written, compiled into a trie of
 * token keys so that {@link findMentions} can find all entities in one left-to-right pass over a text.
 *
 * A path in the trie is a sequence of token keys; each key is one of
 *  - `=` + exact word: acronyms, matched case-sensitively (`=ПВТ`; `пвт` does not match);
 *  - `.` + capital letter: an initial, a one-letter word followed by a dot (`А.Г.Лукашенко`);
 *  - `^` + lemma: a capitalised word with that lemma (person names, single-word names: `Румасу` → `^румас`);
 *  - `~` + lemma: a word with that lemma in any letter case (words of multi-word names:
 *    `парка высоких технологий` → `~парк ~высокий ~технология`).
 * An alias word whose likeliest readings have several lemmas is entered once per lemma; article words
 * offer all their lemmas, so any reading of the text can meet the alias.
 * Latin-script words have one lemma, their lower-case form, so English names match word for word.
 */
import type { Morphology } from './morphology.ts';
import type { Entity, EntityRef, Person } from './schema.ts';
import { foldKey, isAllCaps, tokenize } from './tokenize.ts';

/** What a path through the trie means. */
export interface Terminal {
  /** The entity written this way. */
  readonly entity: EntityRef;
  /**
   * `name`: a full name or alias, linked whenever found. `acronym`: an exact-case abbreviation.
   * `surname`: a person's surname alone, linked only when unambiguous (see `mentions.ts`).
   */
  readonly kind: 'name' | 'acronym' | 'surname';
  /** For surnames: the person's gender, to refuse forms that may belong to someone of the other. */
  readonly gender?: Person['gender'];
  /** For surnames: the surname's lemmas. */
  readonly lemmas?: readonly string[];
  /** For an organization's name of a period: the years it was used (inclusive; open ends undefined). */
  readonly period?: { readonly from?: number; readonly to?: number };
}

/** A trie node. */
export interface TrieNode {
  /** Children by token key. */
  readonly next: Map<string, TrieNode>;
  /** Entities whose name ends here. */
  readonly terminals: Terminal[];
}

/** Everything the matcher needs. */
export interface AliasIndex {
  /** The trie of token keys. */
  readonly root: TrieNode;
  /** Longest path in the trie, in tokens: the matcher never looks further ahead. */
  readonly maxTokens: number;
  /** The analyser used to build the index; the matcher must use the same one. */
  readonly morphology: Morphology;
}

/** Upper bound on lemma combinations entered for one alias (guards against pathological aliases). */
const maxVariants = 256;

/** Compiles the registry's entities into an {@link AliasIndex}. */
export function buildAliasIndex(entities: readonly Entity[], morphology: Morphology): AliasIndex {
  const root: TrieNode = { next: new Map(), terminals: [] };
  let maxTokens = 1;
  const add = (keys: readonly (readonly string[])[], terminal: Terminal) => {
    if (keys.length === 0) return;
    maxTokens = Math.max(maxTokens, keys.length);
    for (const path of product(keys)) insert(root, path, terminal);
  };

  for (const entity of entities) {
    const name: Terminal = { entity: entity.ref, kind: 'name' };
    const isPerson = entity.collection === 'people';
    const phrases = [entity.names.ru, entity.names.en, entity.names.be, ...entity.aliases].filter(
      (p): p is string => p !== undefined,
    );
    for (const phrase of phrases) add(phraseKeys(phrase, morphology, isPerson), name);
    for (const acronym of entity.acronyms) {
      add(
        tokenize(acronym).map((t) => [`=${t.text}`]),
        { entity: entity.ref, kind: 'acronym' },
      );
    }
    if (entity.collection === 'people') addPersonPatterns(entity, morphology, add);
    if (entity.collection === 'organizations') {
      for (const period of entity.periods ?? []) {
        const terminal: Terminal = { entity: entity.ref, kind: 'name', period: { from: period.from, to: period.to } };
        for (const phrase of [period.names.ru, period.names.en, period.names.be, ...period.aliases]) {
          if (phrase) add(phraseKeys(phrase, morphology, false), terminal);
        }
        for (const acronym of period.acronyms)
          add(
            tokenize(acronym).map((t) => [`=${t.text}`]),
            { ...terminal, kind: 'acronym' },
          );
      }
    }
  }
  return { root, maxTokens, morphology };
}

type Add = (keys: readonly (readonly string[])[], terminal: Terminal) => void;

/** Full names in both orders, initials with and without a patronymic, and the surname alone, per language. */
function addPersonPatterns(person: Person & { ref: EntityRef }, morphology: Morphology, add: Add): void {
  const name: Terminal = { entity: person.ref, kind: 'name' };
  for (const lang of ['ru', 'en', 'be'] as const) {
    const surname = person.surname[lang];
    const given = person.givenName[lang];
    if (!surname) continue;
    const patronymic = lang === 'en' ? undefined : person.patronymic?.[lang];
    const s = nameKeys(surname, morphology);
    add(s, { entity: person.ref, kind: 'surname', gender: person.gender, lemmas: nameLemmas(surname, morphology) });
    if (!given) continue;
    const g = nameKeys(given, morphology);
    const gi = [[`.${given.charAt(0).toUpperCase()}`]];
    add([...g, ...s], name);
    add([...s, ...g], name);
    add([...gi, ...s], name);
    add([...s, ...gi], name);
    if (patronymic) {
      const p = nameKeys(patronymic, morphology);
      const pi = [[`.${patronymic.charAt(0).toUpperCase()}`]];
      add([...g, ...p, ...s], name);
      add([...s, ...g, ...p], name);
      add([...gi, ...pi, ...s], name);
      add([...s, ...gi, ...pi], name);
    }
  }
}

/**
 * Keys of a name or alias. A lone all-caps word is an acronym (exact case); a lone word or any word of
 * a person's name must be capitalised; words of multi-word names match in any letter case.
 */
export function phraseKeys(phrase: string, morphology: Morphology, personName = false): string[][] {
  const tokens = tokenize(phrase);
  if (tokens.length === 1 && isAllCaps(tokens[0].text)) return [[`=${tokens[0].text}`]];
  if (personName || tokens.length === 1) return tokens.map((t) => lemmaKeys('^', t.text, morphology, personName));
  return tokens.map((t) => lemmaKeys('~', t.text, morphology, false));
}

function nameKeys(name: string, morphology: Morphology): string[][] {
  return tokenize(name).map((t) => lemmaKeys('^', t.text, morphology, true));
}

function nameLemmas(name: string, morphology: Morphology): string[] {
  return tokenize(name).flatMap((t) => preferredLemmas(t.text, morphology, true));
}

function lemmaKeys(prefix: '^' | '~', word: string, morphology: Morphology, personName: boolean): string[] {
  return preferredLemmas(word, morphology, personName).map((lemma) => prefix + lemma);
}

/**
 * For person names, only name readings (Surn/Name/Patr) when there are any: `Путин` is not `путина`.
 * For other words, the likeliest readings only (see `WordAnalysis.bestLemmas`).
 */
function preferredLemmas(word: string, morphology: Morphology, personName: boolean): string[] {
  const analysis = morphology.analyse(word);
  const lemmas = personName && analysis.nameLemmas.length > 0 ? analysis.nameLemmas : analysis.bestLemmas;
  return [...new Set([foldKey(word), ...lemmas])];
}

function insert(root: TrieNode, path: readonly string[], terminal: Terminal): void {
  let node = root;
  for (const key of path) {
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: new Map(), terminals: [] }));
    node = child;
  }
  if (!node.terminals.some((t) => t.entity === terminal.entity && t.kind === terminal.kind)) {
    node.terminals.push(terminal);
  }
}

/** All combinations of one key per position, at most {@link maxVariants}. */
function product(options: readonly (readonly string[])[]): string[][] {
  let paths: string[][] = [[]];
  for (const choices of options) {
    const next: string[][] = [];
    for (const path of paths) {
      for (const choice of choices) {
        if (next.length >= maxVariants) break;
        next.push([...path, choice]);
      }
    }
    paths = next;
  }
  return paths;
}
