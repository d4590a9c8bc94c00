/**
 * performance: a cache of pure results in a folder of Astro's cache folder, each under a digest of its inputs
 * and a scope (the code and whatever else every result depends on). It keeps only the entries the last build
 * used (no unbounded growth). A cache is not an input: a missing, unreadable or foreign file is an empty cache
 * (or segment), an entry that does not match the schema is a miss, computed again, and neither is a problem for
 * the editor or stops a build.
 *
 * The entries are kept in 256 segments, one JSON file each, by the first two hex digits of their key (a SHA-256),
 * and a save writes only the segments whose entries changed (#20): a build after one new capture adds one entry
 * to the readings and one to the enrichments, and writing those caches whole (57 + 34 MB at 10,000 articles)
 * took seconds of every such build; now it writes two files of about 1/256th of that.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export interface KeyedCache<T> {
  /** The key of one result: a digest of its inputs (any JSON value) within this cache's scope. */
  key(inputs: unknown): string;
  get(key: string): T | undefined;
  /**
   * Keeps `value` and returns it as a later `get` gives it back (in the schema's form, its keys in the schema's
   * order), so a build that computed a result and one that found it here give the same data, byte for byte:
   * Astro's incremental build compares the stored articles as written.
   */
  set(key: string, value: T): T;
  /** Writes the entries used since the cache was opened. */
  save(): void;
}

/** A segment file's name: `<two hex digits>.json`. */
const SEGMENT = /^[0-9a-f]{2}\.json$/u;

/** The segment of a key: its first two characters (hex digits: keys are SHA-256 digests in hex). */
const segmentOf = (key: string) => key.slice(0, 2);

/** The segment files of the cache at `path` (a folder), as paths; none when it is missing or not a folder. */
export function cacheSegments(path: string): string[] {
  try {
    return readdirSync(path)
      .filter((name) => SEGMENT.test(name))
      .sort()
      .map((name) => join(path, name));
  } catch {
    return [];
  }
}

/** The entries of the segment file at `path` if it is of `format`, unchecked; none when it is missing, unreadable or foreign. */
function readEntries(path: string, format: string): Record<string, unknown> {
  const file = z.object({
    /** The version of the entries' layout; a file of another version is an empty cache. */
    format: z.literal(format),
    /** A result's key → the result. */
    entries: z.record(z.string(), z.unknown()),
  });
  try {
    if (!existsSync(path)) return {};
    const parsed = file.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data.entries : {};
  } catch {
    return {};
  }
}

/**
 * Opens the cache in the folder `path` (made when it is first saved). `scope` (a digest of the code and of what
 * else every result depends on) is part of every key, so a changed scope reuses nothing. Only the entries asked
 * for are checked against `schema` (about 70 µs each for an article's enrichment: docs/performance.md).
 */
export function openKeyedCache<S extends z.ZodType>(
  path: string,
  options: { format: string; scope: string; schema: S; what: string },
): KeyedCache<z.infer<S>> {
  type T = z.infer<S>;
  const { format, scope, schema, what } = options;
  const previous: Record<string, unknown> = {};
  /** Entries stored in each segment. */
  const stored = new Map<string, number>();
  for (const file of cacheSegments(path)) {
    const entries = readEntries(file, format);
    for (const key of Object.keys(entries)) {
      // An entry filed in another segment is not kept: its own segment is written without it.
      if (file.endsWith(`${segmentOf(key)}.json`)) previous[key] = entries[key];
    }
    stored.set(file.slice(-7, -5), Object.keys(entries).length);
  }
  const used: Record<string, T> = {};
  /** Segments with an entry set since the cache was opened. */
  const changed = new Set<string>();
  return {
    key: (inputs) => createHash('sha256').update(scope).update('\0').update(JSON.stringify(inputs)).digest('hex'),
    get(key) {
      if (Object.hasOwn(used, key)) return used[key];
      if (!Object.hasOwn(previous, key)) return undefined;
      const kept = schema.safeParse(previous[key]);
      if (!kept.success) return undefined;
      used[key] = kept.data;
      return kept.data;
    },
    set(key, value) {
      const kept = schema.safeParse(value);
      if (!kept.success) {
        throw new Error(
          `${what} does not match the schema of its cache (${path}): ${kept.error.issues[0]?.message}; correct the code that computes it or the schema`,
          { cause: kept.error },
        );
      }
      used[key] = kept.data;
      changed.add(segmentOf(key));
      return kept.data;
    },
    save() {
      // The single file an earlier layout kept beside the folder (`<path>.json`), up to 57 MB: no longer read.
      rmSync(`${path}.json`, { force: true });
      const segments = new Map<string, Record<string, T>>();
      for (const key of Object.keys(used)) {
        const segment = segmentOf(key);
        let entries = segments.get(segment);
        if (!entries) segments.set(segment, (entries = {}));
        entries[key] = used[key]!;
      }
      // A segment is written when an entry was set in it or it holds entries this build did not use (its used
      // entries are then a subset of the stored ones: same count, same entries); one left empty is removed.
      for (const [segment, count] of stored)
        if (!segments.has(segment) && count > 0) rmSync(join(path, `${segment}.json`), { force: true });
      for (const [segment, entries] of segments) {
        if (!changed.has(segment) && Object.keys(entries).length === stored.get(segment)) continue;
        mkdirSync(path, { recursive: true });
        const file = join(path, `${segment}.json`);
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ format, entries }));
        renameSync(temporary, file); // never a half-written segment
      }
    },
  };
}
