/**
 * Stamps the service worker (`public/sw.js`, copied to the output folder by Astro) with this build's
 * id and the files a reader needs to search offline. Runs after the search index is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { openFileMemo } from '../lib/output/file-memo.ts';
import { readManifest } from './search-shards.ts';

/** Every file under `dir`, as sorted `/`-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory())) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The SHA-256 of the file at `path`, in hex. */
const fileDigest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * The build id: a SHA-256 over every output file's path and content (the worker itself aside). It
 * changes when anything a reader could have cached changes, and never otherwise: no timestamp, so the
 * same input builds the same id. `digestOf` gives a file's SHA-256 in hex (by default, read now).
 */
export function buildId(
  outDir: string,
  files: readonly string[],
  digestOf: (path: string) => string = fileDigest,
): string {
  const hash = createHash('sha256');
  for (const file of files) {
    if (file === 'sw.js') continue;
    hash.update(`${file}\0`);
    hash.update(Buffer.from(digestOf(join(outDir, file)), 'hex'));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * How much of the index's chunks and result fragments the worker may fetch on install. A small
 * archive (the seeds: a few hundred KB) is cached whole on the first visit, so any query works
 * offline; a large one (10,000 articles: about 30 MB) would make every first visit a download of
 * the whole index, so then each kind of file is cached only as a reader's searches fetch it.
 */
export const PRECACHE_BUDGET = { index: 8 * 1024 * 1024, fragment: 4 * 1024 * 1024 };

/**
 * What the worker caches on install: the search pages (and their facet names), the offline pages, the site's scripts and styles, Pagefind's
 * script, WebAssembly and metadata, and (within {@link PRECACHE_BUDGET}) the index chunks and the
 * result fragments. Pagefind's own UI files are left out, and its web worker (the search runs in the page:
 * `noWorker` in src/client/search-pagefind.ts).
 */
export function precacheList(
  files: readonly string[],
  wasmLanguages: readonly string[],
  sizeOf: (file: string) => number = () => 0,
): string[] {
  // A shard's files are in its own folder (search-shards.ts); a bundle without shards has them at the top.
  const wasm = /^pagefind\/(?:[^/]+\/)?wasm\.(.+)\.pagefind$/u;
  const chunk = /^pagefind\/(?:[^/]+\/)?(index|fragment)\//u;
  const total = (kind: 'index' | 'fragment') =>
    files.filter((f) => chunk.exec(f)?.[1] === kind).reduce((sum, f) => sum + sizeOf(f), 0);
  const withinBudget = {
    index: total('index') <= PRECACHE_BUDGET.index,
    fragment: total('fragment') <= PRECACHE_BUDGET.fragment,
  };
  return files
    .filter((f) => !wasm.test(f) || wasmLanguages.includes(wasm.exec(f)![1]!))
    .filter((f) => {
      const kind = chunk.exec(f)?.[1] as 'index' | 'fragment' | undefined;
      return kind === undefined || withinBudget[kind];
    })
    .filter(
      (f) =>
        /^(en\/)?search\/(index\.html|facet-names\.json)$/u.test(f) ||
        /^(en\/)?offline\/index\.html$/u.test(f) ||
        /^_astro\/.*\.(js|css)$/u.test(f) ||
        (/^pagefind\//u.test(f) &&
          !/pagefind-(component-|modular-)?ui|pagefind-highlight|pagefind-worker|build-id/u.test(f)),
    )
    .map((f) => f.replace(/index\.html$/u, ''));
}

/**
 * Writes the id and precache list into `<outDir>/sw.js`. Returns the id, or undefined when there is no worker.
 *
 * performance: with `digestCache` (a file in Astro's cache folder), a file's digest is computed again only when
 * the file is not as it was when it was last computed (file-memo.ts): a rebuild leaves nearly every file in
 * place, and hashing them all took 4 s of every build at 10,000 articles. The id is the same as without it.
 */
export function stampServiceWorker(outDir: string, digestCache?: string): string | undefined {
  const worker = join(outDir, 'sw.js');
  if (!existsSync(worker)) return undefined;
  const files = listFiles(outDir);
  const digests = openFileMemo(digestCache, {
    format: 'letopis-file-digests/1',
    schema: z.string().regex(/^[0-9a-f]{64}$/u),
    what: "An output file's SHA-256",
  });
  const id = buildId(outDir, files, (path) => digests.get(path, fileDigest));
  digests.save();
  const wasmLanguages = readManifest(outDir).flatMap((shard) =>
    Object.values(shard.languages).map((l) => l.wasm ?? 'unknown'),
  );
  const source = readFileSync(worker, 'utf8');
  if (!source.includes('__LETOPIS_BUILD_ID__')) {
    throw new Error(
      `${worker} has no __LETOPIS_BUILD_ID__ placeholder: restore public/sw.js from the repository and rebuild.`,
    );
  }
  writeFileSync(
    worker,
    source
      .replace("'__LETOPIS_BUILD_ID__'", JSON.stringify(id))
      .replace(
        '/* __LETOPIS_PRECACHE__ */ []',
        JSON.stringify(precacheList(files, wasmLanguages, (f) => statSync(join(outDir, f)).size)),
      ),
  );
  writeFileSync(join(outDir, 'pagefind', 'build-id.json'), `${JSON.stringify({ buildId: id })}\n`);
  return id;
}
