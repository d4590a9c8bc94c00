import { getCollection, type CollectionEntry } from 'astro:content';
import type { Article } from '../lib/archive/article.ts';
import { dateSortKey } from '../lib/i18n/dates.ts';

export type ArticleEntry = CollectionEntry<'articles'> & { data: Article };

/** All articles, newest first; undated ones last, then by capture id. */
export async function getArticles(): Promise<ArticleEntry[]> {
  const entries = (await getCollection('articles')) as ArticleEntry[];
  return entries.sort((a, b) => dateSortKey(b.data.date).localeCompare(dateSortKey(a.data.date)) || a.id.localeCompare(b.id));
}
