/**
 * Finishes the output folder (`letopis:output`, the last integration): keeps it between incremental
 * builds, removes what a build left behind, and stamps the service worker with the build id (offline.ts).
 *
 * Astro empties the output folder before every build, so a rebuild that reuses nearly every page from
 * its incremental cache still deleted every file and copied each reused one back (at 10,000 articles,
 * 7 s to delete 60,000 files and 15 s to copy 50,000 back, of a 75 s rebuild). Vite's
 * `emptyOutDir: false` (astro.config.mjs) turns Astro's emptying off, and this integration empties the
 * folder instead, only when it must:
 * - at the start, the folder is kept only when the last build that finished in it used this cache:
 *   the cache remembers the folder and that build's id (`pagefind/build-id.json`, a hash of every file
 *   it wrote; see offline.ts). Anything else (a first build, another cache, a build that stopped half
 *   way, a folder changed since) empties it, as Astro would;
 * - Astro then leaves a reused page where it is (it logs "(cached)") instead of copying it back;
 * - after Astro, every page it neither wrote nor reused is deleted, before Pagefind runs; at the end,
 *   after the other integrations wrote theirs over the old files, every other file this build did not
 *   write or use (the search bundle's files are links to the shards' bundles kept in the cache, older
 *   than the build: search-shards.ts). The folder then holds exactly what a clean build writes
 *   (test/quality/incremental.test.ts compares the two byte for byte). Then the service worker is
 *   stamped with the build id, and the cache remembers the folder.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stampServiceWorker } from './offline.ts';
import { bundleFiles } from './search-shards.ts';
import { SEARCH_PAGES_DIR } from './search-pages.ts';

/** In the output folder: the finished build's id, written last (offline.ts). */
const BUILD_ID_FILE = join('pagefind', 'build-id.json');
/** In the cache folder: which output folder and build id the last finished build left. */
const RECORD_FILE = 'letopis-output.json';
/** In the cache folder: the digests of the output files, by path and stamp (offline.ts, file-memo.ts). */
const DIGESTS_FILE = 'letopis-output-digests';
/**
 * In the output folder while a build runs: written when it starts, so files older than it were not
 * written by this build (the same file system's clock and precision as the files it is compared with).
 */
const START_FILE = '.letopis-build-start';
/** Never deleted: a deployment repository kept in the output folder (as Astro keeps it). */
const KEEP = new Set(['.git']);

interface OutputRecord {
  outDir: string;
  buildId: string;
}

const readJson = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

/**
 * Whether the output folder is the one the last finished build with this cache left, with the pages as
 * rendered that the search index reads still beside it in the cache (search-pages.ts: a page kept in the
 * folder has lost what only the index reads).
 */
export function mayKeepOutput(outDir: string, cacheDir: string): boolean {
  const record = readJson(join(cacheDir, RECORD_FILE)) as Partial<OutputRecord> | undefined;
  const built = readJson(join(outDir, BUILD_ID_FILE)) as { buildId?: string } | undefined;
  return (
    record?.outDir === outDir &&
    typeof record.buildId === 'string' &&
    record.buildId === built?.buildId &&
    existsSync(join(cacheDir, SEARCH_PAGES_DIR))
  );
}

/** Deletes everything in `dir` but {@link KEEP}. */
function emptyFolder(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!KEEP.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

/**
 * Before a build: keeps or empties the output folder, forgets the last build (so a build that stops
 * half way is never trusted) and marks the start. Returns the start time, in the file system's clock.
 */
export function prepareOutput(outDir: string, cacheDir: string): bigint {
  if (mayKeepOutput(outDir, cacheDir)) rmSync(join(outDir, BUILD_ID_FILE), { force: true });
  else emptyFolder(outDir);
  rmSync(join(cacheDir, RECORD_FILE), { force: true });
  mkdirSync(outDir, { recursive: true });
  const start = join(outDir, START_FILE);
  writeFileSync(start, '');
  return statSync(start, { bigint: true }).mtimeNs;
}

/**
 * After Astro wrote the pages: deletes every file older than `since` that is not in `kept` (the pages
 * and files Astro reused in place), or only those of them `only` picks; then the folders left empty and
 * the start mark. Returns how many files it deleted.
 */
export function pruneOutput(
  outDir: string,
  kept: ReadonlySet<string>,
  since: bigint,
  only: (path: string) => boolean = () => true,
): number {
  let deleted = 0;
  const walk = (dir: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (dir === outDir && KEEP.has(entry.name)) empty = false;
      else if (entry.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (only(path) && !kept.has(path) && statSync(path, { bigint: true }).mtimeNs < since) {
        rmSync(path);
        deleted++;
      } else empty = false;
    }
    return empty;
  };
  rmSync(join(outDir, START_FILE), { force: true });
  if (existsSync(outDir)) walk(outDir);
  return deleted;
}

/** After a build has finished: the cache remembers the output folder it left, and that build's id. */
export function rememberOutput(cacheDir: string, outDir: string, buildId: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, RECORD_FILE), `${JSON.stringify({ outDir, buildId } satisfies OutputRecord)}\n`);
}

/**
 * The two Astro integrations, sharing one build's state (astro.config.mjs, with `vite.build.emptyOutDir: false`):
 * `stalePages` goes before Pagefind, which indexes every HTML file: it removes the pages no longer built.
 * `finish` goes last: the rest of what the previous build left (but the search bundle's files, see
 * `bundleFiles`), then the service worker. `keep` takes the files another integration left in place as this build's (citations.ts, captures.ts).
 */
export default function outputFolder(): {
  stalePages: AstroIntegration;
  finish: AstroIntegration;
  keep: (files: Iterable<string>) => void;
} {
  let outDir = '';
  let cacheDir = '';
  let since = 0n;
  const kept = new Set<string>();
  return {
    keep: (files) => {
      for (const file of files) kept.add(file);
    },
    stalePages: {
      name: 'letopis:stale-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir).replace(/\/$/u, '');
          cacheDir = fileURLToPath(config.cacheDir).replace(/\/$/u, '');
        },
        'astro:build:start': () => {
          since = prepareOutput(outDir, cacheDir);
          kept.clear();
        },
        'astro:build:done': ({ assets }) => {
          for (const url of [...assets.values()].flat()) kept.add(fileURLToPath(url));
          pruneOutput(outDir, kept, since, (path) => path.endsWith('.html'));
        },
      },
    },
    finish: {
      name: 'letopis:output',
      hooks: {
        'astro:build:done': ({ logger }) => {
          const deleted = pruneOutput(outDir, new Set([...kept, ...bundleFiles(outDir)]), since);
          if (deleted > 0) logger.info(`removed ${deleted} files the previous build left that this one does not write`);
          const buildId = stampServiceWorker(outDir, join(cacheDir, DIGESTS_FILE));
          if (buildId) rememberOutput(cacheDir, outDir, buildId);
          logger.info(`offline cache ${buildId ?? 'not installed (no sw.js)'}`);
        },
      },
    },
  };
}
