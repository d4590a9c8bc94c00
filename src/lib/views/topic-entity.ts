/**
 * A topic about an entity (`entity:` in its file) and the entity's own page list articles from two
 * sides: those that name the entity, and the topic's. This says how the two sets compare, for both
 * pages to state it: the topic holds every article that names the entity (topics.ts makes sure of it)
 * and adds those that speak of it without the name.
 */

/** The topic's articles split by whether they name the entity. */
export interface TopicAgreement {
  naming: string[];
  more: string[];
}

/** Compares a topic's members with the articles that name its entity (both in archive order). */
export function topicAgreement(
  members: ReadonlyArray<{ article: string }>,
  naming: ReadonlyArray<{ article: string }>,
): TopicAgreement {
  const named = new Set(naming.map((o) => o.article));
  return {
    naming: members.filter((m) => named.has(m.article)).map((m) => m.article),
    more: members.filter((m) => !named.has(m.article)).map((m) => m.article),
  };
}
