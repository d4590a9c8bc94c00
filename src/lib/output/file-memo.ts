/**
 * performance: results computed from a file of the output folder (its digest, the citation record of a page),
 * kept in Astro's cache folder under the file's path and stamp, so a rebuild computes them only for the files it
 * wrote. A rebuild leaves most files in place (the pages Astro reuses, the search bundle's files Pagefind finds,
 * the citations and captures already there), and a file left in place keeps its stamp.
 */
import { statSync } from 'node:fs';
import type { z } from 'zod';
import { openKeyedCache } from '../archive/keyed-cache.ts';

/**
 * What changes whenever a file's content can have: its size, modification and status-change times (in
 * nanoseconds) and inode. The change time cannot be set back by a program (only the modification time can), and
 * a file written anew is a new inode or a new change time.
 */
export function fileStamp(path: string): string {
  const s = statSync(path, { bigint: true });
  return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}:${s.dev}`;
}

export interface FileMemo<T> {
  /** The result for the file at `path`: kept, if the file is as it was when it was computed, or computed now. */
  get(path: string, compute: (path: string) => T): T;
  /** Writes the results asked for since the memo was opened (the others are dropped). */
  save(): void;
}

/** A memo in the cache file `cacheFile`, or none (every result computed) without one. */
export function openFileMemo<S extends z.ZodType>(
  cacheFile: string | undefined,
  options: { format: string; schema: S; what: string },
): FileMemo<z.infer<S>> {
  if (!cacheFile) return { get: (path, compute) => compute(path), save: () => {} };
  // The scope is the format: what a result is computed from is the file itself, named by its stamp.
  const cache = openKeyedCache(cacheFile, { ...options, scope: options.format });
  return {
    get(path, compute) {
      const key = cache.key([path, fileStamp(path)]);
      return cache.get(key) ?? cache.set(key, compute(path));
    },
    save: () => cache.save(),
  };
}
