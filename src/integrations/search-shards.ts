/**
 * The search bundle in shards, on disk (#20): each shard's Pagefind bundle is kept in the cache folder
 * (`<cacheDir>/letopis-search-shards/<digest>/`, named by the digest of what it indexes: pagefind.ts,
 * `readShard`), so a shard whose pages are as they were is not indexed again, and the output folder's
 * `pagefind/` is put together from them at the end of every build:
 *
 * - `pagefind/<shard>/`: the shard's entry, metadata, index chunks, filter chunks and page fragments,
 *   hard links to the kept files (a copy where links cannot be made), so byte for byte what Pagefind
 *   wrote when it indexed those pages; the WebAssembly only in each language's first shard, the one a
 *   search page starts Pagefind with (shards.ts, `mergePlan`: merged indexes use its WebAssembly);
 * - `pagefind/pagefind.js` and Pagefind's other scripts and styles, the same in every bundle of one
 *   Pagefind version;
 * - `pagefind/shards.json`: the shards in order, with their languages' page counts (the search page
 *   reads it to merge them all).
 *
 * The cache, not the previous output folder: `npm run build` builds into a new folder every time
 * (scripts/build.mjs), and the cache folder outlives it. Bundles no shard uses any more are deleted.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ShardEntry } from '../lib/search/shards.ts';

/** The cache's folder of kept shard bundles. */
export const SHARDS_DIR = 'letopis-search-shards';

/** Changes when what is given to Pagefind changes in a way the digest does not see (indexes every shard again). */
export const FORMAT = 'letopis-search-shard/1';

/** The manifest of shards, in the output's `pagefind/` folder. */
export const MANIFEST = 'shards.json';

/** A shard as this build indexes it: its folder, how many pages are indexed, and the digest of them. */
export interface PlannedShard {
  dir: string;
  count: number;
  digest: string;
}

/** The version of the installed Pagefind (its package.json, found from this file upwards). */
export const pagefindVersion: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) return 'unknown';
    dir = dirname(dir);
  }
})();

/** A bundle's own files that are the same in every bundle (scripts and styles), not per shard. */
const SHARED = /^pagefind[\w-]*\.(?:js|css)$/u;
/** A bundle's WebAssembly (one per language). */
const WASM = /^wasm\..+\.pagefind$/u;

/** Every file under `dir`, relative to it with `/`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)).split(sep).join('/'))
    .sort();
}

/** Links `from` at `to` (the same bytes, no copy), or copies it where a link cannot be made. */
function place(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Writes `bundle` (the output's `pagefind/` folder) anew from the kept shard bundles in `store`, and
 * deletes the kept bundles no shard uses. Returns the languages indexed, sorted.
 */
export function placeShards(store: string, shards: readonly PlannedShard[], bundle: string): string[] {
  rmSync(bundle, { recursive: true, force: true });
  const manifest: ShardEntry[] = [];
  const wasmPlaced = new Set<string>();
  for (const [i, shard] of shards.entries()) {
    const kept = join(store, shard.digest);
    const entry = JSON.parse(readFileSync(join(kept, 'pagefind-entry.json'), 'utf8')) as {
      languages: ShardEntry['languages'];
    };
    const wasms = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
    for (const file of filesUnder(kept)) {
      if (SHARED.test(file)) {
        if (i === 0) place(join(kept, file), join(bundle, file));
      } else if (WASM.test(file)) {
        if (wasms.has(file) && !wasmPlaced.has(file)) place(join(kept, file), join(bundle, shard.dir, file));
      } else place(join(kept, file), join(bundle, shard.dir, file));
    }
    for (const wasm of wasms) wasmPlaced.add(wasm);
    manifest.push({ dir: shard.dir, languages: entry.languages });
  }
  writeFileSync(join(bundle, MANIFEST), `${JSON.stringify({ shards: manifest })}\n`);
  const used = new Set(shards.map((s) => s.digest));
  if (existsSync(store))
    for (const name of readdirSync(store))
      if (!used.has(name)) rmSync(join(store, name), { recursive: true, force: true });
  return [...new Set(manifest.flatMap((s) => Object.keys(s.languages)))].sort();
}

/** The shards `pagefind/shards.json` of `outDir` lists (none when there is no manifest). */
export function readManifest(outDir: string): ShardEntry[] {
  const file = join(outDir, 'pagefind', MANIFEST);
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { shards: ShardEntry[] }).shards;
}

/**
 * The files of the search bundle in `outDir` (absolute paths): everything under `pagefind/`, which
 * `placeShards` writes anew every build (output.ts keeps them).
 */
export function bundleFiles(outDir: string): Set<string> {
  const dir = join(outDir, 'pagefind');
  return new Set(existsSync(dir) ? filesUnder(dir).map((f) => join(dir, f)) : []);
}
