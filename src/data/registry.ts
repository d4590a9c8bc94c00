import { getCollection, type CollectionEntry } from 'astro:content';
import { crossLinks, type CrossLinks } from '../lib/views/cross-links.ts';
import { quoteViews, type QuoteViews } from '../lib/views/quote-views.ts';
import type { EntityKind } from '../lib/entities/kinds.ts';
import { displayName, type Names } from '../lib/views/display-name.ts';
import type { UiLanguage } from '../lib/i18n/dates.ts';
import { getArticles, type ArticleEntry } from './articles.ts';
import { populatedEntityKinds } from './permanence.ts';
import { standsFor } from './cache-keys.ts';

/** A registry entity as the pages use it: the loaded entity and its permanent path (src/loaders/registry-schemas.ts). */
export type EntityData = CollectionEntry<EntityKind>['data'];
export type TopicEntry = CollectionEntry<'topics'>;
export type TopicData = TopicEntry['data'];
export type { EntityKind };

export interface ArchiveIndex {
  articles: ArticleEntry[];
  articleById: Map<string, ArticleEntry>;
  /** `people/lukashenko` → entity. */
  entities: Map<string, EntityData>;
  topics: TopicEntry[];
  topicById: Map<string, TopicEntry>;
  links: CrossLinks;
  /** The quotes about each entity and topic (a person's own are `links.quotesBySpeaker`). */
  quotes: QuoteViews;
  /** An article's year (`2019`, `undated`), by its id. */
  yearOf: (article: string) => string;
}

let memo: Promise<ArchiveIndex> | undefined;

/**
 * performance: a registry entry's data is digested in pages' keys as the content store's digest of it
 * (cache-keys.ts `standsFor`; the registry loader digests all the data it stores): every article page's
 * props hold the entities it names and its topics, and writing them out for each of 20,000 pages cost
 * more than the rest of its key.
 */
const registryDigest = (ref: string, digest: string | number | undefined) =>
  digest === undefined ? undefined : `registry ${ref} ${digest}`;

/** Everything the pages cross-reference, built once per build from the collections. */
export function getArchiveIndex(): Promise<ArchiveIndex> {
  memo ??= (async () => {
    const articles = await getArticles();
    const entities = new Map<string, EntityData>();
    for (const kind of await populatedEntityKinds()) {
      for (const entry of await getCollection(kind)) {
        const ref = `${kind}/${entry.id}`;
        entities.set(ref, standsFor(entry.data, registryDigest(ref, entry.digest)));
      }
    }
    const topics = await getCollection('topics');
    for (const topic of topics) standsFor(topic.data, registryDigest(`topics/${topic.id}`, topic.digest));
    const articleById = new Map(articles.map((a) => [a.id, a]));
    const participants = new Map(
      [...entities].flatMap(([ref, e]) => (e.collection === 'events' ? [[ref, e.participants] as const] : [])),
    );
    return {
      articles,
      articleById,
      entities,
      topics,
      topicById: new Map(topics.map((t) => [t.id, t])),
      links: crossLinks(articles.map((a) => a.data)),
      quotes: quoteViews(
        articles.map((a) => a.data),
        participants,
      ),
      yearOf: (article) => articleById.get(article)!.data.year,
    };
  })();
  return memo;
}

/** The entity's (or topic's) name in the interface language: on English pages never in Cyrillic alone (display-name.ts). */
export const nameOf = (entity: { names: Names }, ui: UiLanguage): string => displayName(entity.names, ui);

/**
 * The archive's people (organizations, events …): the registry entries of a kind that at least one
 * article names. An entry no article names (kept in the registry as a negative test, or not yet met)
 * keeps its page at its permanent path but is neither listed nor counted.
 */
export function namedEntities(index: ArchiveIndex, kind: EntityKind): Array<[ref: string, entity: EntityData]> {
  return [...index.entities].filter(([ref]) => ref.startsWith(`${kind}/`) && index.links.byEntity.has(ref));
}
