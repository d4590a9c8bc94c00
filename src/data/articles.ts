import { getCollection, type CollectionEntry } from 'astro:content';
import { dateSortKey } from '../lib/i18n/dates.ts';
import { withdrawnIds } from './permanence.ts';
import { compareText } from '../lib/collate.ts';

const compare = compareText();

/** An `articles` entry: its data typed by the collection's schema, `archivedArticle` (src/lib/archive/article.ts). */
export type ArticleEntry = CollectionEntry<'articles'>;

async function readArticles(withdrawnToo: boolean): Promise<ArticleEntry[]> {
  const withdrawn = withdrawnToo ? new Set<string>() : await withdrawnIds();
  const entries = (await getCollection('articles')).filter((entry) => !withdrawn.has(entry.id));
  return entries.sort((a, b) => compare(dateSortKey(b.data.date), dateSortKey(a.data.date)) || compare(a.id, b.id));
}

/**
 * performance: every page asks for the list (an article page for its neighbours), and reading it costs
 * a pass over the whole collection and the permanence files: per page, that made a build quadratic in
 * the number of articles. The collection cannot change while `astro build` renders, so a build reads
 * it once per option; `astro dev` reads it on every call, as before, to see edits.
 */
const memo = new Map<boolean, Promise<ArticleEntry[]>>();

/**
 * The published articles, newest first; undated ones last, then by capture id. A withdrawn article
 * (content/withdrawn.yaml) is left out everywhere but its tombstone, which asks with `{ withdrawn: true }`.
 * The list is shared: do not change it (copy it first).
 */
export function getArticles(options: { withdrawn?: boolean } = {}): Promise<ArticleEntry[]> {
  const withdrawnToo = options.withdrawn === true;
  if (import.meta.env.DEV) return readArticles(withdrawnToo);
  let articles = memo.get(withdrawnToo);
  if (!articles) memo.set(withdrawnToo, (articles = readArticles(withdrawnToo)));
  return articles;
}

export { displayTitle } from '../lib/archive/article.ts';
export { languageOf, textParts, titleLine, titleParts, type TitleParts } from '../lib/views/display-title.ts';
