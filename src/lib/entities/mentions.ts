/**
 * Finding entity mentions in an article's paragraphs.
 *
 * One pass per paragraph: the text is tokenised once, each distinct word is analysed once (cached in
 * the morphology), and from every token the matcher walks the alias trie for at most
 * `index.maxTokens` tokens. The cost is linear in the text length, whatever the registry's size.
 *
 * Ambiguity is resolved conservatively, because a wrong link is worse than a missing one:
 *  - the longest match wins; matches never overlap;
 *  - a name or acronym shared by several entities links only if exactly one of them was already
 *    mentioned in the article;
 *  - a surname alone links when exactly one registry person has it and the word form cannot belong
 *    to someone of the other gender (`Медведева` may be a woman, `Медведеву` an accusative feminine),
 *    or when that person was already mentioned by full name or initials earlier in the article;
 *  - a surname right after an unknown given name or initial (`Виктор Лукашенко`, `В. Лукашенко`), or
 *    right before a given name, is someone else with that surname: it is not linked, and neither is
 *    the bare surname later in the article unless the registry person was mentioned in full before.
 */
import type { AliasIndex, Terminal, TrieNode } from './alias-index.ts';
import type { Mention } from './enrichment-schema.ts';
import type { Gender, Morphology } from './morphology.ts';
import type { EntityRef } from './schema.ts';
import { isCapitalised, isInitialGap, isJoiningGap, tokenize, type Token } from './tokenize.ts';

/** Mutable state that carries across the paragraphs of one article. */
interface ArticleContext {
  /** Entities already linked by a full name, alias or acronym. */
  readonly named: Set<EntityRef>;
  /** People whose bare surname must not be linked any more (someone else with that surname appeared). */
  readonly blocked: Set<EntityRef>;
  /** The article's year, when known. */
  readonly year?: number;
}

/**
 * Finds every mention of a registry entity in the article's paragraphs, in text order. `year`, the
 * article's publication year when known, decides between organizations that shared a name in
 * different periods (`periods` in the registry).
 */
export function findMentions(paragraphs: readonly string[], index: AliasIndex, year?: number): Mention[] {
  const context: ArticleContext = { named: new Set(), blocked: new Set(), year };
  const mentions: Mention[] = [];
  paragraphs.forEach((text, i) => {
    mentions.push(...paragraphMentions(text, i + 1, index, context));
  });
  return mentions;
}

interface Candidate {
  /** Index of the last token. */
  readonly last: number;
  readonly terminals: readonly Terminal[];
}

function paragraphMentions(text: string, paragraph: number, index: AliasIndex, context: ArticleContext): Mention[] {
  const tokens = tokenize(text);
  const keyCache: (string[] | undefined)[] = [];
  const keysAt = (j: number) => (keyCache[j] ??= tokenKeys(tokens[j], text, index.morphology));
  const initialAt = (j: number) => isInitialToken(tokens[j], text);
  const mentions: Mention[] = [];

  let i = 0;
  while (i < tokens.length) {
    // `В.А. Лукашенко`: a match may not start at the second initial of someone else's initials.
    const afterInitial = i > 0 && initialAt(i - 1) && isInitialGap(text.slice(tokens[i - 1].end, tokens[i].start));
    const candidates = afterInitial && initialAt(i) ? [] : walk(index, tokens, text, i, keysAt, initialAt);
    let linked = false;
    for (let c = candidates.length - 1; c >= 0 && !linked; c--) {
      const candidate = candidates[c];
      const entity = resolve(candidate, tokens, text, i, index.morphology, context, initialAt);
      if (entity) {
        const start = tokens[i].start;
        const end = closeQuote(text, start, tokens[candidate.last].end);
        mentions.push({ entity, paragraph, start, end, text: text.slice(start, end) });
        if (candidate.terminals.some((t) => t.kind !== 'surname')) context.named.add(entity);
        i = candidate.last + 1;
        linked = true;
      }
    }
    if (!linked) i++;
  }
  return mentions;
}

/**
 * Extends a match over the closing quotation mark when the match contains its opening one, so a
 * link never carries half a pair: `центре "Сколково"`, `форуме «Открытые инновации»`.
 */
function closeQuote(text: string, start: number, end: number): number {
  const inside = text.slice(start, end);
  const next = text.charAt(end);
  const count = (re: RegExp) => inside.match(re)?.length ?? 0;
  if (next === '"' && count(/"/g) % 2 === 1) return end + 1;
  if (next === '»' && count(/«/g) > count(/»/g)) return end + 1;
  if ((next === '“' || next === '”') && count(/„/g) > count(/[“”]/g)) return end + 1;
  return end;
}

/** All trie matches starting at token `i`, shortest first. */
function walk(
  index: AliasIndex,
  tokens: readonly Token[],
  text: string,
  i: number,
  keysAt: (j: number) => readonly string[],
  initialAt: (j: number) => boolean,
): Candidate[] {
  const candidates: Candidate[] = [];
  let active: TrieNode[] = [index.root];
  for (let j = i; j < tokens.length && j - i < index.maxTokens; j++) {
    if (j > i) {
      const gap = text.slice(tokens[j - 1].end, tokens[j].start);
      if (!(isJoiningGap(gap) || (initialAt(j - 1) && isInitialGap(gap)))) break;
    }
    const next: TrieNode[] = [];
    for (const node of active) {
      for (const key of keysAt(j)) {
        const child = node.next.get(key);
        if (child && !next.includes(child)) next.push(child);
      }
    }
    if (next.length === 0) break;
    const terminals = next.flatMap((n) => n.terminals);
    if (terminals.length > 0) candidates.push({ last: j, terminals });
    active = next;
  }
  return candidates;
}

/** The keys under which a token may continue a trie path (see `alias-index.ts`). */
function tokenKeys(token: Token, text: string, morphology: Morphology): string[] {
  const keys = [`=${token.text}`];
  const capitalised = isCapitalised(token.text);
  if (isInitialToken(token, text)) keys.push(`.${token.text}`);
  for (const lemma of morphology.lemmas(token.text)) {
    keys.push(`~${lemma}`);
    if (capitalised) keys.push(`^${lemma}`);
  }
  return keys;
}

/** A one-letter capital followed by a dot: `А` in `А.Г.Лукашенко`. */
function isInitialToken(token: Token, text: string): boolean {
  return token.end - token.start === 1 && isCapitalised(token.text) && text.charAt(token.end) === '.';
}

const otherGender: Record<'male' | 'female', Gender> = { male: 'femn', female: 'masc' };

/** Which entity a candidate links to, or undefined when that is not certain enough. */
function resolve(
  candidate: Candidate,
  tokens: readonly Token[],
  text: string,
  i: number,
  morphology: Morphology,
  context: ArticleContext,
  initialAt: (j: number) => boolean,
): EntityRef | undefined {
  const named = candidate.terminals.filter((t) => t.kind !== 'surname');
  const strong = unique(named.map((t) => t.entity));
  if (strong.length > 1 && context.year !== undefined) {
    // A name several organizations had in turn: the one whose period covers the article's year.
    const y = context.year;
    const inPeriod = unique(
      named
        .filter((t) => t.period && (t.period.from ?? -Infinity) <= y && y <= (t.period.to ?? Infinity))
        .map((t) => t.entity),
    );
    if (inPeriod.length === 1) return inPeriod[0];
  }
  if (strong.length > 0) return strong.length === 1 ? strong[0] : onlyOne(strong.filter((e) => context.named.has(e)));

  // A surname alone (always a single token).
  const surnames = candidate.terminals.filter((t) => t.kind === 'surname');
  const people = unique(surnames.map((t) => t.entity));
  if (someoneElse(tokens, text, i, morphology, initialAt)) {
    for (const person of people) context.blocked.add(person);
    return undefined;
  }
  const known = people.filter((e) => context.named.has(e));
  if (known.length > 0) return onlyOne(known);
  if (people.length !== 1 || context.blocked.has(people[0])) return undefined;
  const terminal = surnames.find((t) => t.entity === people[0])!;
  const genders = morphology.analyse(tokens[i].text).genders;
  const contrary =
    terminal.gender && (terminal.lemmas ?? []).some((l) => genders.get(l)?.has(otherGender[terminal.gender!]));
  if (!contrary) return people[0];
  // `Путина поддержали`, `Мишустина спросили`: the form is also a woman's surname, but the registry has
  // no woman of that surname (the only person with it is this man) and nothing around it is feminine.
  return terminal.gender === 'male' &&
    obliqueMasculine(tokens[i].text, morphology) &&
    !feminineNeighbour(tokens, text, i, morphology)
    ? people[0]
    : undefined;
}

/** Has the word a masculine surname reading in an oblique case (`Путина`: genitive of `Путин`)? */
function obliqueMasculine(word: string, morphology: Morphology): boolean {
  return morphology.parses(word).some((p) => p.tag.Surn && p.tag.masc && !p.tag.nomn);
}

/**
 * Does a neighbouring word say the person is a woman: a feminine past-tense verb (`выступила`), a
 * feminine adjective or animate noun (`журналистка`), on either side within the sentence?
 */
function feminineNeighbour(tokens: readonly Token[], text: string, i: number, morphology: Morphology): boolean {
  const feminine = (j: number) => {
    if (j < 0 || j >= tokens.length) return false;
    const gap = j < i ? text.slice(tokens[j].end, tokens[i].start) : text.slice(tokens[i].end, tokens[j].start);
    if (/[.!?;]/u.test(gap)) return false;
    const parses = morphology.parses(tokens[j].text);
    const best = Math.max(0, ...parses.map((p) => p.score));
    return parses.some(
      (p) =>
        p.score >= best * 0.5 &&
        p.tag.femn &&
        p.tag.sing &&
        ((p.tag.VERB && p.tag.past) ||
          p.tag.ADJF ||
          p.tag.PRTF ||
          p.tag.ADJS ||
          p.tag.PRTS ||
          (p.tag.NOUN && p.tag.anim)),
    );
  };
  return feminine(i - 1) || feminine(i + 1) || feminine(i + 2);
}

/**
 * Is the surname at token `i` part of someone else's name: right after a given name or an initial,
 * or right before a given name (`Медведева Светлана`)? Registry people's full names never get here,
 * because the longer full-name match wins first.
 */
function someoneElse(
  tokens: readonly Token[],
  text: string,
  i: number,
  morphology: Morphology,
  initialAt: (j: number) => boolean,
): boolean {
  const joined = (a: number, b: number) => {
    const gap = text.slice(tokens[a].end, tokens[b].start);
    return isJoiningGap(gap) || (initialAt(a) && isInitialGap(gap));
  };
  const isGiven = (j: number) => isCapitalised(tokens[j].text) && morphology.analyse(tokens[j].text).givenName;
  if (i > 0 && joined(i - 1, i) && (initialAt(i - 1) || isGiven(i - 1))) return true;
  if (i + 1 < tokens.length && joined(i, i + 1) && (initialAt(i + 1) || isGiven(i + 1))) return true;
  return false;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function onlyOne<T>(values: readonly T[]): T | undefined {
  return values.length === 1 ? values[0] : undefined;
}
