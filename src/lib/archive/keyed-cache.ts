/**
 * performance: a cache of pure results in one JSON file in Astro's cache folder, each under a digest of
 * its inputs and a scope (the code and whatever else every result depends on). It keeps only the entries
 * the last build used (no unbounded growth). A cache is not an input: a missing, unreadable or foreign file
 * is an empty cache, an entry that does not match the schema is a miss, computed again, and neither is a
 * problem for the editor or stops a build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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

/** The entries of the cache file at `path` if it is of `format`, unchecked; none when it is missing, unreadable or foreign. */
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
 * Opens the cache file at `path`. `scope` (a digest of the code and of what else every result depends on)
 * is part of every key, so a changed scope reuses nothing. Only the entries asked for are checked against
 * `schema` (about 70 µs each for an article's enrichment: docs/performance.md).
 */
export function openKeyedCache<S extends z.ZodType>(
  path: string,
  options: { format: string; scope: string; schema: S; what: string },
): KeyedCache<z.infer<S>> {
  type T = z.infer<S>;
  const { format, scope, schema, what } = options;
  const previous = readEntries(path, format);
  const stored = Object.keys(previous).length;
  const used: Record<string, T> = {};
  let changed = false;
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
      changed = true;
      return kept.data;
    },
    save() {
      if (!changed && Object.keys(used).length === stored) return;
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format, entries: used }));
      renameSync(temporary, path); // never a half-written cache
    },
  };
}
