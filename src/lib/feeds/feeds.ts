import { displayTitle, type Article } from '../archive/article.ts';
import { absoluteUrl } from '../url.ts';
import { partialDateToRfc3339, rfc3339, type AtomEntry } from './atom.ts';

/** The article's summary for a feed: its first paragraph, cut at a word near 400 characters. */
export function summaryOf(article: Pick<Article, 'paragraphs'>): string | undefined {
  const text = article.paragraphs[0]?.text;
  if (!text) return undefined;
  if (text.length <= 400) return text;
  const cut = text.slice(0, 400);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200)).trimEnd()}…`;
}

/**
 * Atom entries for articles (in the order given: newest first). `updated` is the publication date at
 * the start of its period (an undated article takes the build date), so the feed depends only on the input.
 */
export function atomEntries(articles: readonly Article[], site: URL | string, base: string, built: Date): AtomEntry[] {
  return articles.map((a) => {
    const published = a.date ? partialDateToRfc3339(a.date.value) : undefined;
    return {
      url: absoluteUrl(base, a.permalink, site),
      title: displayTitle(a),
      updated: published ?? rfc3339(built),
      published,
      author: a.author ?? a.outlet,
      summary: summaryOf(a),
      language: a.language,
      categories: a.outlet ? [a.outlet] : [],
    };
  });
}
