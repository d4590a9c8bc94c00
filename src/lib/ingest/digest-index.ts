import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fingerprint } from '../archive/build-articles.ts';
import { captureKindOf, readCapture } from '../capture/index.ts';

/**
 * The duplicate index ingest keeps in the cache folder, so that adding one capture reads only that file:
 * each capture's text fingerprint (the one `buildArticles` compares) as a digest, with the size and
 * modification time of the file it was computed from. An entry whose file changed, or a missing or
 * unreadable index, is computed again from the capture: the index is never trusted over the files.
 */

/** The index file's name in the cache folder. */
export const DIGEST_INDEX_FILE = 'letopis-ingest-index.json';
const VERSION = 1;

/** One capture's entry: `print` is the digest of its text fingerprint, null when the capture cannot be read. */
export interface DigestEntry {
  size: number;
  mtimeMs: number;
  print: string | null;
}

/** Capture file name → its entry. */
export type DigestIndex = Map<string, DigestEntry>;

/** The digest of a capture reading's text fingerprint: equal for two captures with the same text. */
export const printDigest = (print: string) => createHash('sha256').update(print).digest('hex');

/** The index kept at `file`; empty when it is missing, unreadable or of another version (it is then rebuilt). */
export function loadDigestIndex(file: string): DigestIndex {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; captures?: Record<string, DigestEntry> };
    if (data.version !== VERSION || typeof data.captures !== 'object' || data.captures === null) return new Map();
    return new Map(
      Object.entries(data.captures).filter(
        ([, e]) =>
          typeof e?.size === 'number' &&
          typeof e.mtimeMs === 'number' &&
          (e.print === null || typeof e.print === 'string'),
      ),
    );
  } catch {
    return new Map();
  }
}

/**
 * Writes the index atomically (a partly written file is never read). A cache folder that cannot be
 * written costs only speed: the next ingest reads the captures again. Returns whether it was written.
 */
export function saveDigestIndex(file: string, index: DigestIndex): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: VERSION, captures: Object.fromEntries(index) }));
    renameSync(temporary, file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The index brought up to date with the captures `names` in `seedsDir`: entries whose file has the same
 * size and modification time are kept, every other capture is read and fingerprinted, and entries of
 * files no longer there are dropped. `read` counts how many captures had to be read.
 */
export function refreshDigestIndex(
  seedsDir: string,
  names: readonly string[],
  previous: DigestIndex,
): { index: DigestIndex; read: number } {
  const index: DigestIndex = new Map();
  let read = 0;
  for (const name of names) {
    const file = join(seedsDir, name);
    const { size, mtimeMs } = statSync(file);
    const known = previous.get(name);
    if (known && known.size === size && known.mtimeMs === mtimeMs) {
      index.set(name, known);
      continue;
    }
    read++;
    let print: string | null;
    try {
      print = printDigest(fingerprint(readCapture(readFileSync(file), captureKindOf(name))));
    } catch {
      // An unreadable capture is the build's problem (--check lists it), not a twin of anything.
      print = null;
    }
    index.set(name, { size, mtimeMs, print });
  }
  return { index, read };
}
