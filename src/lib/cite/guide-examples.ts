/** The articles the "how to cite" page (/cite/, /en/cite/) shows its conventions on. */
import type { Article } from '../archive/article.ts';

export interface GuideExamples {
  /** An article whose title is supplied and whose date is inferred shows every convention at once; else the first. */
  example: Article | undefined;
  /** An article with a supplied title, to show the brackets on. */
  supplied: Article | undefined;
}

export function guideExamples(articles: readonly Article[]): GuideExamples {
  return {
    example: articles.find((a) => a.titleSupplied && a.date?.evidence === 'inferred') ?? articles[0],
    supplied: articles.find((a) => a.titleSupplied),
  };
}
