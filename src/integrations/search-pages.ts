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
 * page Astro reuses (`(cached)`) is left in the output folder as the last build wrote it, already cut,
 * and its full copy is still in the search-pages folder: it is used when cutting the copy gives the page
 * byte for byte (else the page as served is indexed as it is). A page without a block is copied as it
 * is; copies of pages the output folder no longer has are deleted. The output folder is kept between
 * builds only with the same cache folder (output.ts), so both folders stay together; a clean build and a
 * rebuild index the same pages (test/quality/incremental.test.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { withoutIndexOnly } from '../lib/search/index-only.ts';

/** The cache's folder of the pages as Pagefind reads them. */
export const SEARCH_PAGES_DIR = 'letopis-search-pages';

/**
 * HTML files under `dir` (paths relative to it, with `/`), sorted; folders in `skip` (top level) are not
 * entered: the English-interface copies carry nothing to index (pagefind.ts, pagesGlob).
 */
export function htmlFiles(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((rel) => !skip.has(rel.split('/')[0]!) || !rel.includes('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const readIf = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

/**
 * Brings `searchDir` in line with `outDir` (see the file's head) and cuts the index-only blocks out of
 * the output. Returns how many pages were cut this build and how many kept their full copy from an earlier one.
 */
export function separateIndexOnly(
  outDir: string,
  searchDir: string,
  skip: ReadonlySet<string> = new Set(['en']),
): { cut: number; reused: number } {
  const pages = htmlFiles(outDir, skip);
  const wanted = new Set(pages);
  for (const rel of htmlFiles(searchDir)) if (!wanted.has(rel)) rmSync(join(searchDir, rel));
  let cut = 0;
  let reused = 0;
  for (const rel of pages) {
    const outPath = join(outDir, rel);
    const searchPath = join(searchDir, rel);
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
    } else if (kept !== undefined && kept !== page && safeCut(kept) === page) {
      reused++; // reused by Astro, already cut: its full copy is the one from the build that rendered it
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
