/** Tests' access to the files of a keyed cache (src/lib/archive/keyed-cache.ts): its entries, read or planted. */
import { readFileSync, writeFileSync } from 'node:fs';
import { cacheSegments } from '../../src/lib/archive/keyed-cache.ts';

type Entries = Record<string, unknown>;

/** Every entry of the cache in the folder `path`, from all its segments. */
export function cacheEntries(path: string): Entries {
  const all: Entries = {};
  for (const file of cacheSegments(path))
    Object.assign(all, (JSON.parse(readFileSync(file, 'utf8')) as { entries: Entries }).entries);
  return all;
}

/**
 * Rewrites each segment of the cache in `path`: `change` edits its entries in place, or returns the text to
 * write instead of the segment (a broken or foreign file).
 */
export function rewriteCache(path: string, change: (entries: Entries) => string | void): void {
  for (const file of cacheSegments(path)) {
    const segment = JSON.parse(readFileSync(file, 'utf8')) as { entries: Entries };
    const text = change(segment.entries);
    writeFileSync(file, typeof text === 'string' ? text : JSON.stringify(segment));
  }
}
