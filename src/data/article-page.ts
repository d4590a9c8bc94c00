import type { ArchivedArticle } from '../lib/archive/article.ts';
import type { Names } from '../lib/views/display-name.ts';
import { entitiesOf } from '../lib/views/cross-links.ts';
import type { ArticleEntry } from './articles.ts';
import { articleLink as link, type ArticleLink } from './page-parts.ts';
import type { ArchiveIndex, EntityData, TopicData } from './registry.ts';

/** An entity the article names, with the paragraphs that name it (or an editor linked it to). */
export interface MentionedEntity {
  ref: string;
  paragraphs: number[];
  entity: EntityData;
}

/** An article sharing entities with this one: its link, its date and the names of what it shares. */
export interface RelatedArticle {
  article: ArticleLink & Pick<ArchivedArticle, 'date'>;
  shared: Array<{ names: Names }>;
}

/**
 * Everything an article page shows, and nothing else: its entry (text, rendered paragraphs, metadata),
 * its neighbours by date, the entities it names, its topics and its related articles. The page's
 * components read only these props, and the page's incremental cache key is their digest (cache-keys.ts).
 */
export interface ArticlePageProps {
  /** The article's entry, without the content store's `digest` (the page's cache key uses it: cache-keys.ts). */
  entry: Omit<ArticleEntry, 'digest'>;
  /**
   * The digest its paragraphs rendered to HTML are kept under, read when the page is rendered
   * (src/lib/render/rendering-store.ts); none when the store promises no digest (nothing is kept then).
   */
  rendering?: string | undefined;
  /** Neighbours by date: "previous" is the older article, "next" the newer one. */
  older?: ArticleLink | undefined;
  newer?: ArticleLink | undefined;
  mentioned: MentionedEntity[];
  topics: TopicData[];
  related: RelatedArticle[];
}

/** The props of the page of `index.articles[i]` (the list is newest first). */
export function articlePageProps(index: ArchiveIndex, i: number): ArticlePageProps {
  const { digest, ...entry } = index.articles[i]!;
  const article = entry.data;
  const entity = (ref: string) => index.entities.get(ref);
  const [older, newer] = [index.articles[i + 1], index.articles[i - 1]];
  return {
    entry,
    rendering: digest === undefined ? undefined : String(digest),
    older: older && link(older.data),
    newer: newer && link(newer.data),
    mentioned: [...entitiesOf(article)].flatMap(([ref, paragraphs]) => {
      const named = entity(ref);
      return named ? [{ ref, paragraphs, entity: named }] : [];
    }),
    topics: article.topics.flatMap((m) => index.topicById.get(m.topic)?.data ?? []),
    related: (index.links.related.get(article.id) ?? []).map(({ article: id, shared }) => {
      const other = index.articleById.get(id)!.data;
      return {
        article: { ...link(other), ...(other.date && { date: other.date }) },
        shared: shared.map((ref) => ({ names: entity(ref)!.names })),
      };
    }),
  };
}
