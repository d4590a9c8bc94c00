/**
 * Hidden search terms: the names under which a reader may look for what an article mentions.
 *
 * An article about Лукашенко should be found by "Lukashenko", one that says "ПВТ" by "Hi-Tech Park",
 * one that says "ЕАЭС" by "EAEU". The article page renders these terms in a hidden, weighted element
 * inside `data-pagefind-body` (Pagefind indexes hidden elements), so the registry's names become index
 * terms without duplicating any visible text.
 */

/** What a registry entity contributes to search: its names in every language, aliases and acronyms. */
export interface SearchableEntity {
  /** `<kind>/<id>`, e.g. `people/lukashenko`. */
  ref: string;
  names: { ru: string; en?: string | undefined; be?: string | undefined };
  aliases?: readonly string[];
  acronyms?: readonly string[];
}

const key = (name: string) => name.toLocaleLowerCase('ru');

/** Every name of one entity, canonical names first, each once (compared case-insensitively). */
export function namesOf(entity: SearchableEntity): string[] {
  const all = [
    entity.names.ru,
    entity.names.en,
    entity.names.be,
    ...(entity.aliases ?? []),
    ...(entity.acronyms ?? []),
  ];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of all) {
    const clean = name?.replace(/\s+/gu, ' ').trim();
    if (!clean || seen.has(key(clean))) continue;
    seen.add(key(clean));
    names.push(clean);
  }
  return names;
}

/**
 * The hidden search terms for an article, given the entities it mentions: every name, alias and
 * acronym of each, in the order the entities are given, each once. This is the seam between search and
 * the mention finder: whatever decides which entities an article mentions, this turns them into terms.
 */
export function searchTermsFor(mentionedEntities: readonly SearchableEntity[]): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const entity of mentionedEntities) {
    for (const name of namesOf(entity)) {
      if (seen.has(key(name))) continue;
      seen.add(key(name));
      terms.push(name);
    }
  }
  return terms;
}

/**
 * Where an article first names an entity, so a result found through one of its names can show and link
 * that paragraph: the paragraph, and the name's words in it as Pagefind counts words (split on white
 * space). `word` is absent when the editor links the entity to the paragraph without a name in it.
 */
export interface NamePlace {
  paragraph: number;
  word?: number;
  words?: number;
}

/** The place of the name at UTF-16 offsets `start`–`end` of paragraph `paragraph` (text `text`). */
export function namePlace(paragraph: number, text: string, start: number, end: number): NamePlace {
  const wordsIn = (s: string) => s.split(/\s+/u).filter(Boolean).length;
  const before = text.slice(0, start);
  // A name that starts inside a word ("(ПВТ)") is in that word, not after it.
  const word = wordsIn(before) - (before !== '' && !/\s$/u.test(before) ? 1 : 0);
  const from = before.search(/\S*$/u);
  return { paragraph, word, words: Math.max(1, wordsIn(text.slice(from, end))) };
}

const namesAnchor = /^search-terms-p(\d+)(?:-w(\d+)-n(\d+))?$/u;

/** The id of the hidden element holding the names of what an article names at `place`. */
export function namesAnchorId(place: NamePlace): string {
  return `search-terms-p${place.paragraph}${place.word === undefined ? '' : `-w${place.word}-n${place.words ?? 1}`}`;
}

/** The place a {@link namesAnchorId} stands for; undefined for any other id. */
export function parseNamesAnchorId(id: string): NamePlace | undefined {
  const match = namesAnchor.exec(id);
  if (!match) return undefined;
  const paragraph = Number(match[1]);
  return match[2] === undefined ? { paragraph } : { paragraph, word: Number(match[2]), words: Number(match[3]) };
}

/** One hidden element of names: the id of the place they are named at (none for a page's own names). */
export interface TermGroup {
  id?: string;
  terms: string[];
}

/**
 * {@link searchTermsFor}, grouped by where the article first names each entity (`namedAt`; entities
 * named first at the same place share a group), each term once over all groups.
 */
export function searchTermGroups(entities: ReadonlyArray<SearchableEntity & { namedAt?: NamePlace }>): TermGroup[] {
  const seen = new Set<string>();
  const groups = new Map<string | undefined, TermGroup>();
  for (const entity of entities) {
    const id = entity.namedAt && namesAnchorId(entity.namedAt);
    const terms = searchTermsFor([entity]).filter((name) => !seen.has(key(name)));
    if (terms.length === 0) continue;
    for (const name of terms) seen.add(key(name));
    const group = groups.get(id) ?? { ...(id ? { id } : {}), terms: [] };
    group.terms.push(...terms);
    groups.set(id, group);
  }
  return [...groups.values()];
}
