/**
 * performance: enrichment (mentions, quotes, topics: a morphology pass over every word) is the
 * costliest step of reading the archive, and it is a pure function of an article's paragraph texts,
 * the registry and the enrichment code. This cache keeps each article's result under a digest of
 * exactly those three, in one JSON file in Astro's cache folder, so a rebuild after one capture
 * changed enriches one article, not all of them. A changed registry or a changed file under
 * src/lib/entities/ changes every key: nothing stale is ever reused.
 *
 * The file holds only the entries the last build used (no unbounded growth); a missing, unreadable
 * or foreign file is an empty cache, and an entry that does not match {@link cachedEnrichment} is a miss,
 * enriched again. A cache is not an input: neither is a problem for the editor, and neither stops a build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { detectedName } from '../entities/detect/types.ts';
import { enrichment } from '../entities/enrichment-schema.ts';
import type { Registry } from '../entities/index.ts';
import { unmatchedName } from '../entities/unmatched.ts';

/** What is kept per article: its enrichment and the names the editors' report lists. */
export const cachedEnrichment = z.object({
  /** Mentions, quotes and topics, as the article keeps them. */
  enrichment,
  /** Names no registry entity matches, for the editors' report. */
  unmatched: z.array(unmatchedName),
  /** People, organizations and places name detection found (src/lib/entities/detect/). */
  names: z.array(detectedName),
});
export type CachedEnrichment = z.infer<typeof cachedEnrichment>;

const FORMAT = 'letopis-enrichment-cache/2';

/**
 * The cache file. Its entries are checked one by one, when an article asks for its own (`get`): an entry
 * that does not match {@link cachedEnrichment} is a miss and is computed again, and the others stay usable.
 */
const cacheFile = z.object({
  /** The version of this layout; a file of another version is an empty cache. */
  format: z.literal(FORMAT),
  /** The key of an article's enrichment (`key`) → what was kept for it. */
  entries: z.record(z.string(), z.unknown()),
});

export interface EnrichmentCache {
  /** The key of one article's enrichment: its paragraph texts under this registry and this code. */
  key(texts: readonly string[]): string;
  get(key: string): CachedEnrichment | undefined;
  /**
   * Keeps `value` and returns it as a later `get` gives it back (in the schema's form, its keys in the schema's
   * order), so a build that enriched an article and one that found it here give the same data, byte for byte:
   * Astro's incremental build compares the stored entries as written.
   */
  set(key: string, value: CachedEnrichment): CachedEnrichment;
  /** Writes the entries used since the cache was opened. */
  save(): void;
}

/** A digest of the enrichment code (every .ts file under src/lib/entities/, name detection included, tests aside); undefined when the sources cannot be read. */
function codeDigest(): string | undefined {
  try {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../entities');
    const hash = createHash('sha256');
    const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => f.replaceAll('\\', '/'));
    for (const name of files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
      hash
        .update(`${name}\0`)
        .update(readFileSync(join(dir, name)))
        .update('\0');
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/** The entries of the cache file at `path`, unchecked; none when the file is missing, unreadable or foreign. */
function readEntries(path: string): Record<string, unknown> {
  try {
    if (!existsSync(path)) return {};
    const file = cacheFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return file.success ? file.data.entries : {};
  } catch {
    return {}; // a cache is not an input: a file that cannot be read is an empty cache, recomputed
  }
}

/**
 * Opens the cache file at `path` for this registry. Returns undefined when the enrichment code cannot
 * be fingerprinted (then every article is enriched, as without a cache).
 */
export function openEnrichmentCache(path: string, registry: Registry): EnrichmentCache | undefined {
  const code = codeDigest();
  if (!code) return undefined;
  const scope = createHash('sha256').update(code).update('\0').update(JSON.stringify(registry)).digest('hex');
  const previous = readEntries(path);
  const stored = Object.keys(previous).length;
  const used: Record<string, CachedEnrichment> = {};
  let changed = false;
  return {
    key: (texts) => createHash('sha256').update(scope).update('\0').update(JSON.stringify(texts)).digest('hex'),
    get(key) {
      if (Object.hasOwn(used, key)) return used[key];
      if (!Object.hasOwn(previous, key)) return undefined;
      // performance: only the entries asked for are checked, about 70 µs each (docs/performance.md)
      const kept = cachedEnrichment.safeParse(previous[key]);
      if (!kept.success) return undefined;
      used[key] = kept.data;
      return kept.data;
    },
    set(key, value) {
      const kept = cachedEnrichment.safeParse(value);
      if (!kept.success) {
        throw new Error(
          `The enrichment of an article does not match the enrichment cache's schema (src/lib/archive/enrichment-cache.ts): ${kept.error.issues[0]?.message}; correct the enrichment code under src/lib/entities/ or the schema`,
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
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, entries: used }));
      renameSync(temporary, path); // never a half-written cache
    },
  };
}
