import type { ArchivedArticle } from '../lib/archive/article.ts';
import type { Names } from '../lib/views/display-name.ts';
import type { ArticleEntry } from './articles.ts';
import { standsFor } from './cache-keys.ts';

/**
 * The small pieces of data the pages show of another article or entity, as plain values: a page's props
 * (src/data/article-page.ts, entity-pages.ts, topic-pages.ts, article-lists.ts) hold these rather than
 * the articles and entities, so that the page's cache key (cache-keys.ts) changes with what it shows and
 * nothing else.
 */

/** Another article as a link: its title (with what an English page adds) and path. */
export type ArticleLink = Pick<ArchivedArticle, 'permalink' | 'title' | 'titleSupplied' | 'titleEn' | 'language'>;

/** An article as a list shows it: its link, its date and its outlet (each absent when not known). */
export type ArticleSummary = ArticleLink & Pick<ArchivedArticle, 'date' | 'outlet'>;

/** An entity or a topic as a link: its names and path. */
export interface EntityLink {
  names: Names;
  permalink: string;
}

export const articleLink = (a: ArchivedArticle): ArticleLink => ({
  permalink: a.permalink,
  title: a.title,
  titleSupplied: a.titleSupplied,
  ...(a.titleEn !== undefined && { titleEn: a.titleEn }),
  language: a.language,
});

export const articleSummary = (a: ArchivedArticle): ArticleSummary => ({
  ...articleLink(a),
  ...(a.date && { date: a.date }),
  ...(a.outlet !== undefined && { outlet: a.outlet }),
});

/** The digest of an article entry in the content store, with its id, when the store gives one (cache-keys.ts `standsFor`). */
export const entryDigest = (entry: Pick<ArticleEntry, 'id' | 'digest'>): string | undefined =>
  entry.digest === undefined ? undefined : `${entry.id} ${entry.digest}`;

const summaries = new WeakMap<object, ArticleSummary>();

/** {@link articleSummary} of an entry, made once per entry, and digested in keys as the entry's digest. */
export function summaryOf(entry: ArticleEntry): ArticleSummary {
  let summary = summaries.get(entry);
  if (!summary) {
    const digest = entryDigest(entry);
    summary = standsFor(articleSummary(entry.data), digest && `article ${digest}`);
    summaries.set(entry, summary);
  }
  return summary;
}

export const entityLink = (e: { names: Names; permalink: string }): EntityLink => ({
  names: e.names,
  permalink: e.permalink,
});

/** How many of `years` (one per article: `2019`, `undated`) each year has, in the order the years first come. */
export function countByYear(years: Iterable<string>): Array<{ year: string; count: number }> {
  const counts = new Map<string, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count }));
}

/** Keeps the `limit` rows with the highest counts, and any tied with the last of them (the page orders ties by name in its language). */
export function topByCount<T extends { count: number }>(rows: readonly T[], limit: number): T[] {
  if (rows.length <= limit) return [...rows];
  const least = [...rows].sort((a, b) => b.count - a.count)[limit - 1]!.count;
  return rows.filter((row) => row.count >= least);
}
