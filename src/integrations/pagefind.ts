/**
 * Builds the Pagefind search index at the end of `astro build`, so `npm run build` alone produces a
 * searchable archive. Pagefind runs through its Node API (no child process, no CLI flags): it reads
 * every built HTML page, keeps what is inside `data-pagefind-body`, and writes `<outDir>/pagefind/`.
 * The pages are indexed in shards (src/lib/search/shards.ts), each into its own bundle, and a shard
 * whose pages are as they were keeps its bundle from the last build (search-shards.ts).
 *
 * One index per `<html lang>` is kept on purpose (Russian pages stemmed as Russian, English pages as
 * English); the search page merges the other languages' indexes in the browser (README, "Search").
 * The service worker is then stamped with the build id by `letopis:output` (output.ts, offline.ts).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { indexedHtml } from '../lib/search/indexed-html.ts';
import { type ShardOptions, splitIntoShards } from '../lib/search/shards.ts';
import { htmlFiles, NOT_INDEXED, SEARCH_PAGES_DIR, separateIndexOnly } from './search-pages.ts';
import { FORMAT, pagefindVersion, type PlannedShard, placeShards, SHARDS_DIR } from './search-shards.ts';

/** Thrown when Pagefind reports a problem: the build stops with this message. */
export class PagefindIndexError extends Error {
  constructor(step: string, problems: readonly string[], options?: ErrorOptions) {
    super(
      `Pagefind could not ${step}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'The search index was not written. Check the pages named above (their <html lang> and data-pagefind-* attributes) and rebuild.',
      options,
    );
    this.name = 'PagefindIndexError';
  }
}

/** Fails on any error Pagefind returned for a step. */
function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new PagefindIndexError(step, errors);
}

/**
 * Parts of indexed pages that are not searchable text: the article's metadata list (date, outlet,
 * language, source address), which would otherwise fill excerpts with "ИзданиеCTV…". Filters and
 * metadata come from `SearchIndexData.astro` instead. Navigation, the "as captured" section and panels
 * are outside `data-pagefind-body` or marked `data-pagefind-ignore` by their components.
 */
export const excludeSelectors = ['[data-pagefind-body] .meta'];

/** Where the bundle and the build id are written, relative to the site's output folder. */
export const bundleDir = 'pagefind';

/**
 * performance: the HTML pages Pagefind is given, relative to `outDir` with `/` separators, sorted (the
 * order is the pages' order in the index, so it must not depend on the file system). Every page also
 * exists under `/en/` (the English interface), and those copies never carry `data-pagefind-body`
 * (ArticlePage, EntityPage: search indexes each page once, in its Russian-interface copy), so the
 * top-level `en/` folder is not read (10,000 pages in a 10,000-article archive), nor the folders that
 * hold no page (`NOT_INDEXED`: the bundle of the previous build, scripts, captures, citations); the index
 * is the same. Pages without a body element are left out after reading
 * (`indexedHtml`).
 */
export function pagePaths(outDir: string): string[] {
  return htmlFiles(outDir, NOT_INDEXED);
}

/** How many pages are sent to Pagefind before the first is answered (bounds the memory they hold). */
const IN_FLIGHT = 64;

/**
 * Gives Pagefind `pages` (path and the text to index), in that order. Pagefind's service answers its
 * messages one at a time in the order sent, so keeping `IN_FLIGHT` of them in flight keeps that order.
 */
async function sendPages(index: pagefind.PagefindIndex, source: string, pages: readonly ShardPage[]): Promise<void> {
  let failure: unknown;
  const waiting: Promise<void>[] = [];
  for (const { path, html } of pages) {
    waiting.push(
      index
        .addHTMLFile({ sourcePath: path, content: html })
        .then((response) => check(`index ${join(source, path)}`, response.errors))
        .catch((error: unknown) => {
          failure ??= error;
        }),
    );
    if (waiting.length >= IN_FLIGHT) await waiting.shift();
    if (failure !== undefined) break;
  }
  await Promise.all(waiting);
  if (failure !== undefined) throw failure;
}

/** What Pagefind is given of a page's bytes: its indexed part, or the whole page (see `readShard`). */
type Content = (bytes: Buffer) => string | undefined;

/** A page with a `data-pagefind-body`, trimmed to what Pagefind indexes of it (`indexedHtml`); others: none. */
const markedOnly: Content = (bytes) =>
  bytes.includes('data-pagefind-body') ? indexedHtml(bytes.toString('utf8')) : undefined;
/** The whole page: when no page marks a body element, Pagefind indexes each page's `<body>`. */
const wholePage: Content = (bytes) => bytes.toString('utf8');

/** A page as given to Pagefind: its path (relative to the pages' folder) and its text. */
interface ShardPage {
  path: string;
  html: string;
}

/**
 * Reads one shard's pages once: what is given to Pagefind of each, and a digest of it (the pages' paths
 * and text, with Pagefind's version and options and {@link FORMAT}: a change in any of them indexes every
 * shard again). Reading the pages here instead of `addDirectory` spares Pagefind parsing the pages it
 * would skip and the parts of each page outside the body element: half its CPU in a rebuild at 1,000
 * articles (docs/performance.md, "Search at scale"). The text is kept only while its shard is indexed,
 * so the memory held is one shard's.
 */
function readShard(source: string, paths: readonly string[], content: Content): { pages: ShardPage[]; digest: string } {
  const hash = createHash('sha256').update(`${FORMAT}\0${pagefindVersion}\0${JSON.stringify(excludeSelectors)}\0`);
  const pages: ShardPage[] = [];
  for (const path of paths) {
    const html = content(readFileSync(join(source, path)));
    if (html === undefined) continue;
    pages.push({ path, html });
    hash.update(`${path}\0${html.length}\0`).update(html);
  }
  return { pages, digest: hash.digest('hex').slice(0, 32) };
}

/**
 * Indexes one shard's pages into a new bundle at `outputPath`, in a Pagefind service of its own, closed once
 * its bundle is written: the memory Pagefind holds is one shard's. (Pagefind's service handles its messages
 * one at a time, so two indexes in one service would not index side by side; nor can its index be deleted
 * while another is open: its source removes it from a list the later indexes' ids point into.)
 */
async function indexShard(source: string, pages: readonly ShardPage[], outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors });
    check('start', errors);
    if (!index) throw new PagefindIndexError('start', ['no index was created']);
    await sendPages(index, source, pages);
    const written = await index.writeFiles({ outputPath });
    check(`write the index to ${outputPath}`, written.errors);
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the pages of `outDir` in shards (src/lib/search/shards.ts) and writes their bundles into
 * `<outDir>/pagefind/`. Returns the languages indexed, the page count and how many shards were indexed
 * again. `pagesDir`: where the pages are read from, when not from `outDir` itself: the pages as rendered,
 * with the parts only the index reads (search-pages.ts). `cacheDir`: where the shards' bundles are kept
 * between builds (a shard whose digest is unchanged is not indexed again); without it, a folder of its
 * own beside the output is used and removed. `log`: each step and its time. `shards`: how the pages are
 * split (shards.ts; its defaults otherwise).
 */
export async function indexSite(
  outDir: string,
  {
    pagesDir,
    cacheDir,
    log = () => {},
    shards: split = {},
  }: { pagesDir?: string; cacheDir?: string; log?: (line: string) => void; shards?: ShardOptions } = {},
): Promise<{ pages: number; languages: string[]; indexed: number; shards: number }> {
  let mark = performance.now();
  const took = () => {
    const [was, now] = [mark, (mark = performance.now())];
    return `${((now - was) / 1000).toFixed(1)} s`;
  };
  const source = pagesDir ?? outDir;
  const store = join(cacheDir ?? `${outDir}.letopis-shards-${process.pid}`, SHARDS_DIR);
  try {
    const planned = splitIntoShards(pagePaths(source), split);
    if (planned.length === 0) throw new PagefindIndexError('index the site', [`no HTML page in ${source}`]);
    // Each shard read once, and indexed at once when no bundle of its digest is kept. When no page has a
    // `data-pagefind-body` (an archive with nothing in it yet), every page is given whole, as Pagefind reads
    // a site that marks no body element.
    let indexed = 0;
    const indexShards = async (content: Content): Promise<PlannedShard[]> => {
      const shards: PlannedShard[] = [];
      for (const { dir, pages: paths } of planned) {
        const { pages, digest } = readShard(source, paths, content);
        if (pages.length === 0) continue;
        shards.push({ dir, count: pages.length, digest });
        if (existsSync(join(store, digest))) continue;
        const partial = join(store, `${digest}.partial`);
        rmSync(partial, { recursive: true, force: true });
        await indexShard(source, pages, partial);
        renameSync(partial, join(store, digest));
        indexed++;
        log(`indexed ${dir} (${pages.length} pages): ${took()}`);
      }
      return shards;
    };
    let shards = await indexShards(markedOnly);
    if (shards.length === 0) shards = await indexShards(wholePage);
    const written = placeShards(store, shards, join(outDir, bundleDir));
    log(`put the shards' bundles in place: ${took()}`);
    return { pages: shards.reduce((sum, s) => sum + s.count, 0), languages: written, indexed, shards: shards.length };
  } catch (error) {
    if (error instanceof PagefindIndexError) throw error;
    throw new PagefindIndexError('build the search index', [error instanceof Error ? error.message : String(error)], {
      cause: error,
    });
  } finally {
    await pagefind.close();
    if (!cacheDir) rmSync(dirname(store), { recursive: true, force: true });
  }
}

/**
 * The Astro integration: `integrations: [pagefindIndex()]` in `astro.config.mjs`. It first cuts the
 * index-only parts out of the pages served, keeping the pages as rendered in the cache folder for
 * Pagefind (search-pages.ts), then indexes those. `shards`: how the pages are split (shards.ts).
 */
export default function pagefindIndex({ shards: split }: { shards?: ShardOptions } = {}): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let since = 0n;
  return {
    name: 'letopis:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir).replace(/\/$/u, '');
      },
      'astro:build:start': () => {
        // The start, in the output folder's own clock (as output.ts marks it): pages older are reused ones.
        const mark = join(outDir, '.letopis-search-start');
        mkdirSync(outDir, { recursive: true });
        writeFileSync(mark, '');
        since = statSync(mark, { bigint: true }).mtimeNs;
        rmSync(mark);
      },
      'astro:build:done': async ({ logger }) => {
        const pagesDir = join(cacheDir, SEARCH_PAGES_DIR);
        const { cut, reused } = separateIndexOnly(outDir, pagesDir, since);
        logger.info(`search-only parts cut out of ${cut} pages; ${reused} reused pages kept their copy for the index`);
        const { pages, languages, indexed, shards } = await indexSite(outDir, {
          pagesDir,
          cacheDir,
          log: (line) => logger.info(line),
          shards: split,
        });
        logger.info(
          `${pages} pages in ${shards} search shards (${languages.join(', ')}); ${indexed} indexed, ${shards - indexed} kept from an earlier build`,
        );
      },
    },
  };
}
