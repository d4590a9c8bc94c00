/**
 * The pages as Pagefind reads them, beside the pages as readers get them. An article page is rendered
 * with a block only the search index reads (`<div data-index-only hidden>`: filters, metadata, sort key,
 * hidden alias names; src/lib/search/index-only.ts). After Astro, each page is copied as rendered into a
 * folder of the cache (`<cacheDir>/letopis-search-pages/`, the same paths as the output folder), which
 * Pagefind indexes, and written into the output folder without its block: a reader does not download
 * what only the indexer needs (#20, page weight: about 1.4 KB gzipped of an article page that names many
 * entities).
 *
 * Incremental builds: a page Astro renders again comes with its block, so it is copied and cut again; a
 * page Astro reuses (`(cached)`) is left in the output folder as the last build wrote it, already cut
 * (older than the build's start), and its full copy is still in the search-pages folder, from the build
 * that rendered it: it is not read again (at 10,000 articles, reading every page and its copy took
 * seconds of a rebuild). A page without a block is copied as it is; copies of pages the output folder no
 * longer has are deleted. The output folder is kept between
 * builds only with the same cache folder and while this folder is in it (output.ts, `mayKeepOutput`), so
 * both folders stay together; a clean build and a
 * rebuild index the same pages (test/quality/incremental.test.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { withoutIndexOnly } from '../lib/search/index-only.ts';

/** The cache's folder of the pages as Pagefind reads them. */
export const SEARCH_PAGES_DIR = 'letopis-search-pages';

/**
 * HTML files under `dir` (paths relative to it, with `/`), sorted. Top-level folders in `skip` are not
 * entered: the English-interface copies carry nothing to index (pagefind.ts, pagePaths), and the
 * folders of files that are not pages (scripts, the search bundle, captures, citation files: tens of
 * thousands of files in a large archive) need not be listed.
 */
export function htmlFiles(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(prefix === '' && skip.has(entry.name))) walk(join(folder, entry.name), rel);
      } else if (entry.isFile() && entry.name.endsWith('.html')) found.push(rel);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const readIf = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

/** The output's top-level folders that hold no page Pagefind reads. */
export const NOT_INDEXED = new Set(['en', '_astro', 'pagefind', 'captures', 'citations']);

/**
 * Brings `searchDir` in line with `outDir` (see the file's head) and cuts the index-only blocks out of
 * the output. `since`: when the build started, in the file system's clock (nanoseconds): a page older
 * than that was reused by Astro (the pages it neither wrote nor reused are gone by now: output.ts), so
 * it is already cut and its full copy is kept; only the pages written since are read. Without `since`
 * every page is read, and a kept copy is trusted only if cutting it gives the page byte for byte.
 * Returns how many pages were cut this build and how many kept their full copy from an earlier one.
 */
export function separateIndexOnly(
  outDir: string,
  searchDir: string,
  since?: bigint,
  skip: ReadonlySet<string> = NOT_INDEXED,
): { cut: number; reused: number } {
  const pages = htmlFiles(outDir, skip);
  const wanted = new Set(pages);
  const copies = new Set<string>();
  for (const rel of htmlFiles(searchDir)) {
    if (wanted.has(rel)) copies.add(rel);
    else rmSync(join(searchDir, rel));
  }
  let cut = 0;
  let reused = 0;
  for (const rel of pages) {
    const outPath = join(outDir, rel);
    const searchPath = join(searchDir, rel);
    if (since !== undefined && statSync(outPath, { bigint: true }).mtimeNs < since) {
      // Reused by Astro, left as the build that wrote it left it: its copy is that build's.
      if (copies.has(rel)) reused++;
      else write(searchPath, readFileSync(outPath, 'utf8'));
      continue;
    }
    const page = readFileSync(outPath, 'utf8');
    const kept = readIf(searchPath);
    let served: string | undefined;
    try {
      served = withoutIndexOnly(page);
    } catch (error) {
      throw new Error(`${outPath}: cannot cut the search-only part out of the page`, { cause: error });
    }
    if (served !== undefined) {
      // Rendered this build, with its block: the full page for the index, the rest for readers.
      if (kept !== page) write(searchPath, page);
      writeFileSync(outPath, served);
      cut++;
    } else if (since === undefined && kept !== undefined && kept !== page && safeCut(kept) === page) {
      reused++; // already cut: its full copy is the one from the build that rendered it
    } else if (kept !== page) {
      write(searchPath, page);
    }
  }
  return { cut, reused };
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** A kept copy cut as the page would be; undefined if it has no block or cannot be cut (then it is replaced). */
function safeCut(html: string): string | undefined {
  try {
    return withoutIndexOnly(html);
  } catch {
    return undefined;
  }
}
