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
