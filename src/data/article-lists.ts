import type { ArticleEntry } from './articles.ts';
import { summaryOf, type ArticleSummary } from './page-parts.ts';

/**
 * The props of "All articles" (`/articles/`) and of its year pages (`/articles/2019/`): everything each
 * shows, and nothing else, so that a year's page keeps its cache key (cache-keys.ts) while articles are
 * added to other years.
 */

/** The list shows at most this many articles of a year; the year's page shows them all. */
export const ARTICLES_PER_YEAR = 20;

/** The index: how many articles, and each year (newest first, undated last) with its count and newest articles. */
export interface ArticleIndexProps {
  total: number;
  years: Array<{ year: string; count: number; newest: ArticleSummary[] }>;
}

/** A year's page: every year (for the row of years), the year, and its articles. */
export interface ArticleYearProps {
  years: string[];
  year: string;
  articles: ArticleSummary[];
}

/** The articles by year, in the list's order (newest first, undated last). */
function byYear(articles: readonly ArticleEntry[]): Map<string, ArticleEntry[]> {
  const years = new Map<string, ArticleEntry[]>();
  for (const article of articles) {
    const list = years.get(article.data.year);
    if (list) list.push(article);
    else years.set(article.data.year, [article]);
  }
  return years;
}

/** The props of the index of `articles` (the published articles, newest first). */
export function articleIndexProps(articles: readonly ArticleEntry[]): ArticleIndexProps {
  return {
    total: articles.length,
    years: [...byYear(articles)].map(([year, inYear]) => ({
      year,
      count: inYear.length,
      newest: inYear.slice(0, ARTICLES_PER_YEAR).map(summaryOf),
    })),
  };
}

/** The props of every year's page of `articles`. */
export function articleYearProps(articles: readonly ArticleEntry[]): ArticleYearProps[] {
  const years = byYear(articles);
  return [...years].map(([year, inYear]) => ({
    years: [...years.keys()],
    year,
    articles: inYear.map(summaryOf),
  }));
}
