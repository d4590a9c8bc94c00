import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArchivedArticle } from '../lib/archive/article.ts';
import { dateSortKey } from '../lib/i18n/dates.ts';
import { withdrawnIds } from '../lib/permanence/files.ts';

/** An `articles` entry typed by what the loader stores (the collection itself has no schema: the loader validates). */
export type ArticleEntry = Omit<CollectionEntry<'articles'>, 'data'> & { data: ArchivedArticle };

/**
 * The published articles, newest first; undated ones last, then by capture id. A withdrawn article
 * (content/withdrawn.yaml) is left out everywhere but its tombstone, which asks with `{ withdrawn: true }`.
 */
export async function getArticles(options: { withdrawn?: boolean } = {}): Promise<ArticleEntry[]> {
  const withdrawn = options.withdrawn ? new Set<string>() : withdrawnIds();
  const entries = ((await getCollection('articles')) as unknown as ArticleEntry[]).filter((entry) => !withdrawn.has(entry.id));
  return entries.sort((a, b) => dateSortKey(b.data.date).localeCompare(dateSortKey(a.data.date)) || a.id.localeCompare(b.id));
}

/** The title as shown: a supplied title in square brackets. */
export const displayTitle = (article: { title: string; titleSupplied: boolean }) => (article.titleSupplied ? `[${article.title}]` : article.title);
