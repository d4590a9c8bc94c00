/**
 * Builds the Pagefind search index at the end of `astro build`, so `npm run build` alone produces a
 * searchable archive. Pagefind runs through its Node API (no child process, no CLI flags): it reads
 * every built HTML page, keeps what is inside `data-pagefind-body`, and writes `<outDir>/pagefind/`.
 *
 * One index per `<html lang>` is kept on purpose (Russian pages stemmed as Russian, English pages as
 * English); the search page merges the other languages' indexes in the browser (README, "Search").
 * The service worker is then stamped with the build id by `letopis:output` (output.ts, offline.ts).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { indexedHtml } from '../lib/search/indexed-html.ts';
import { htmlFiles, NOT_INDEXED, SEARCH_PAGES_DIR, separateIndexOnly } from './search-pages.ts';

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

/** A bundle file of one language (its metadata or WebAssembly), named in the entry file. */
const PER_LANGUAGE = /^(?:pagefind\..+\.pf_meta|wasm\..+\.pagefind)$/u;

/** What a Pagefind metadata file starts with, once unzipped; CBOR follows. */
const SIGNATURE = 'pagefind_dcd';

/** Every string in a decoded CBOR value. */
function stringsIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  return into;
}

/**
 * The files of the bundle Pagefind wrote last (absolute paths). Pagefind names its chunks
 * and fragments by their content and leaves a file that already exists as it is, so in an output folder
 * kept from the previous build (output.ts) the old bundle's files sit beside the new one's, and are told
 * apart here: the entry file names each language's metadata file and WebAssembly, and a metadata file
 * names the index chunks, filter chunks and page fragments in use. Pagefind's scripts and styles have
 * fixed names and are always the bundle's.
 */
export function bundleFiles(outDir: string): Set<string> {
  const dir = join(outDir, bundleDir);
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
  };
  const named = new Set(['wasm.unknown.pagefind']);
  const inUse = new Set<string>();
  for (const { hash, wasm } of Object.values(entry.languages)) {
    const meta = `pagefind.${hash}.pf_meta`;
    named.add(meta).add(`wasm.${wasm ?? 'unknown'}.pagefind`);
    const bytes = gunzipSync(readFileSync(join(dir, meta)));
    if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) {
      throw new PagefindIndexError('read back its bundle', [
        `${join(dir, meta)} does not start with "${SIGNATURE}": has Pagefind's file format changed? Delete ${dir} and build again.`,
      ]);
    }
    stringsIn(decode(bytes.subarray(SIGNATURE.length)), inUse);
  }
  const files = new Set<string>();
  let fragments = 0;
  for (const file of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const path = join(file.parentPath, file.name);
    const rel = relative(dir, path).split(sep).join('/');
    const chunk = /^(fragment|index|filter)\/(.+)\.pf_[a-z]+$/u.exec(rel);
    if (chunk ? !inUse.has(chunk[2]!) : PER_LANGUAGE.test(rel) && !named.has(rel)) continue;
    files.add(path);
    if (chunk?.[1] === 'fragment') fragments++;
  }
  // Every indexed page has its fragment: if the count is off, this reading of the format is wrong, and
  // pruning by it would break search. Stop instead.
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  if (fragments !== pages) {
    throw new PagefindIndexError('read back its bundle', [
      `${dir} has ${fragments} page fragments in use for ${pages} indexed pages: has Pagefind's file format changed? Delete ${outDir} and build again.`,
    ]);
  }
  return files;
}

/**
 * Gives Pagefind the pages at `paths` in `outDir`, in that order, each as `content` makes it of the file's
 * bytes (undefined: left out); returns how many were given. Pagefind's service answers its messages one
 * at a time in the order sent, so keeping `IN_FLIGHT` of them in flight keeps that order while this
 * process reads the next pages.
 */
async function sendPages(
  index: pagefind.PagefindIndex,
  outDir: string,
  paths: readonly string[],
  content: (bytes: Buffer) => string | undefined,
): Promise<number> {
  let failure: unknown;
  const waiting: Promise<void>[] = [];
  const add = (path: string, html: string) =>
    index
      .addHTMLFile({ sourcePath: path, content: html })
      .then((response) => check(`index ${join(outDir, path)}`, response.errors))
      .catch((error: unknown) => {
        failure ??= error;
      });
  let pages = 0;
  for (const path of paths) {
    const html = content(readFileSync(join(outDir, path)));
    if (html === undefined) continue;
    pages++;
    waiting.push(add(path, html));
    if (waiting.length >= IN_FLIGHT) await waiting.shift();
    if (failure !== undefined) break;
  }
  await Promise.all(waiting);
  if (failure !== undefined) throw failure;
  return pages;
}

/**
 * Gives Pagefind every page of `outDir` that has a `data-pagefind-body`, trimmed to what it indexes
 * (`indexedHtml`), in `pagePaths` order; returns how many. Reading the pages here instead of
 * `addDirectory` spares Pagefind parsing the pages it would skip and the parts of each page outside the
 * body element: half its CPU in a rebuild at 1,000 articles (docs/performance.md, "Search at scale").
 * When no page has one (an archive with nothing in it yet), every page is given whole, and Pagefind
 * indexes each page's `<body>`, as it does a site that marks no body element.
 */
async function addPages(index: pagefind.PagefindIndex, outDir: string): Promise<number> {
  const paths = pagePaths(outDir);
  const marked = await sendPages(index, outDir, paths, (bytes) =>
    bytes.includes('data-pagefind-body') ? indexedHtml(bytes.toString('utf8')) : undefined,
  );
  return marked > 0 ? marked : sendPages(index, outDir, paths, (bytes) => bytes.toString('utf8'));
}

/**
 * Indexes the pages of `outDir` and writes the bundle into it. Returns the languages indexed and the page
 * count. `pagesDir`: where the pages are read from, when not from `outDir` itself: the pages as
 * rendered, with the parts only the index reads (search-pages.ts).
 */
export async function indexSite(outDir: string, pagesDir?: string): Promise<{ pages: number; languages: string[] }> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors });
    check('start', errors);
    if (!index) throw new PagefindIndexError('start', ['no index was created']);
    const source = pagesDir ?? outDir;
    const pages = await addPages(index, source);
    if (pages === 0) {
      throw new PagefindIndexError('index the site', [`no HTML page in ${source}`]);
    }
    const written = await index.writeFiles({ outputPath: `${outDir}/${bundleDir}` });
    check(`write the index to ${outDir}/${bundleDir}`, written.errors);
    const entry = JSON.parse(readFileSync(`${outDir}/${bundleDir}/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, unknown>;
    };
    return { pages, languages: Object.keys(entry.languages).sort() };
  } catch (error) {
    if (error instanceof PagefindIndexError) throw error;
    throw new PagefindIndexError('build the search index', [error instanceof Error ? error.message : String(error)], {
      cause: error,
    });
  } finally {
    await pagefind.close();
  }
}

/**
 * The Astro integration: `integrations: [pagefindIndex()]` in `astro.config.mjs`. It first cuts the
 * index-only parts out of the pages served, keeping the pages as rendered in the cache folder for
 * Pagefind (search-pages.ts), then indexes those.
 */
export default function pagefindIndex(): AstroIntegration {
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
        const { pages, languages } = await indexSite(outDir, pagesDir);
        logger.info(`indexed ${pages} pages (${languages.join(', ')})`);
      },
    },
  };
}
