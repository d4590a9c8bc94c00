/**
 * The search index in shards (#20): the indexed pages are split into groups, each indexed by Pagefind
 * into its own bundle (`pagefind/<shard>/`), and a group whose pages are as they were keeps its bundle
 * from the last build (src/integrations/search-shards.ts). The search page merges every shard's bundle in
 * the browser (src/client/search-pagefind.ts, `mergePlan`).
 *
 * The split is a function of the pages' paths only, so a clean build and a rebuild split alike:
 * - `recent`: the articles of the newest year, the undated ones, and every indexed page outside
 *   `articles/<year>/` (entities, topics, events: few, and they change with the archive's data). A new
 *   capture is nearly always of the current year, so publishing one re-indexes this shard only;
 * - the older years, in order, packed into shards of at least `perShard` articles each
 *   (`articles-<first year>-<last year>`): a correction in an old year re-indexes that year's shard.
 *   While the older years hold fewer than `MIN_OLDER` articles, they stay in `recent` (one shard, as
 *   Pagefind would index the archive without shards: it takes seconds).
 *
 * Fewer, larger shards are on purpose: every shard a search merges costs the first query its entry,
 * metadata and one index chunk per word and language (about 20 KB a chunk whatever the shard's size:
 * docs/performance.md, "The search index in shards"), so the hubs are not a shard of their own.
 */

/** One shard: its folder name under `pagefind/` and its pages (paths relative to the output folder). */
export interface Shard {
  dir: string;
  pages: string[];
}

/** Older years' articles per shard, at least (the last older shard may hold fewer). */
export const ARTICLES_PER_SHARD = 50_000;

/** Below this many articles in the older years, the archive is one shard. */
export const MIN_OLDER = 5_000;

const ARTICLE = /^articles\/(\d{4}|undated)\//u;

/** How the pages are split: {@link ARTICLES_PER_SHARD} and {@link MIN_OLDER} unless given. */
export interface ShardOptions {
  perShard?: number;
  minOlder?: number;
}

/**
 * Splits `pages` (sorted paths) into shards, in a fixed order: the older years' shards (oldest first),
 * then `recent`; each shard's pages keep their order; shards without pages are left out.
 */
export function splitIntoShards(
  pages: readonly string[],
  { perShard = ARTICLES_PER_SHARD, minOlder = MIN_OLDER }: ShardOptions = {},
): Shard[] {
  const byYear = new Map<string, string[]>();
  for (const page of pages) {
    const year = ARTICLE.exec(page)?.[1];
    if (year === undefined || year === 'undated') continue;
    const list = byYear.get(year);
    if (list) list.push(page);
    else byYear.set(year, [page]);
  }
  const older = [...byYear.keys()].sort().slice(0, -1);
  const olderCount = older.reduce((sum, year) => sum + byYear.get(year)!.length, 0);
  if (olderCount < minOlder) return pages.length > 0 ? [{ dir: 'recent', pages: [...pages] }] : [];
  const inOlder = new Set(older);
  const recent = pages.filter((page) => !inOlder.has(ARTICLE.exec(page)?.[1] ?? ''));
  const shards: Shard[] = [];
  let group: string[] = [];
  let first = '';
  let last = '';
  const close = () => {
    if (group.length > 0) shards.push({ dir: `articles-${first === last ? first : `${first}-${last}`}`, pages: group });
    group = [];
  };
  for (const year of older) {
    if (group.length === 0) first = year;
    last = year;
    group.push(...byYear.get(year)!);
    if (group.length >= perShard) close();
  }
  close();
  if (recent.length > 0) shards.push({ dir: 'recent', pages: recent });
  return shards;
}

/** What `pagefind/shards.json` says of each shard: its folder and its languages' page counts. */
export interface ShardEntry {
  dir: string;
  languages: Record<string, { page_count: number; wasm?: string }>;
}

/** The index a search page starts Pagefind with, and the indexes it merges into it. */
export interface MergePlan {
  primary: { dir: string; language: string };
  merged: { dir: string; language: string }[];
}

/**
 * Which shard and language Pagefind starts with on a page in `pageLang`, and every other (shard,
 * language) to merge. Pagefind's primary index takes the page's language (or its base language) if its
 * bundle has it, else the language with the most pages; so the primary shard is the first with the
 * page's language, else the first shard, and its language is chosen as Pagefind would. Only the
 * primary shard's WebAssembly is fetched (merged indexes share it), so it is the only shard that needs
 * one (src/integrations/search-shards.ts keeps it for each language's first shard).
 */
export function mergePlan(shards: readonly ShardEntry[], pageLang: string): MergePlan | undefined {
  const lang = pageLang.toLowerCase();
  const base = lang.split('-')[0]!;
  const start = shards.find((s) => lang in s.languages || base in s.languages) ?? shards[0];
  if (!start) return undefined;
  const codes = Object.keys(start.languages);
  const language =
    (lang in start.languages ? lang : undefined) ??
    (base in start.languages ? base : undefined) ??
    [...codes].sort((a, b) => start.languages[b]!.page_count - start.languages[a]!.page_count)[0];
  if (language === undefined) return undefined;
  const merged = shards.flatMap((s) =>
    Object.keys(s.languages)
      .sort()
      .filter((code) => !(s === start && code === language))
      .map((code) => ({ dir: s.dir, language: code })),
  );
  return { primary: { dir: start.dir, language }, merged };
}
