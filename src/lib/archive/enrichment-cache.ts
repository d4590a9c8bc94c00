/**
 * performance: enrichment (mentions, quotes, topics: a morphology pass over every word) is the
 * costliest step of reading the archive, and it is a pure function of an article's paragraph texts,
 * the registry and the enrichment code. This cache keeps each article's result under a digest of
 * exactly those three, in one JSON file in Astro's cache folder, so a rebuild after one capture
 * changed enriches one article, not all of them. A changed registry or a changed file under
 * src/lib/entities/ changes every key: nothing stale is ever reused.
 *
 * The file holds only the entries the last build used (no unbounded growth); a missing, unreadable
 * or foreign file is an empty cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DetectedName } from '../entities/detect/index.ts';
import type { Enrichment, Registry, UnmatchedName } from '../entities/index.ts';

/** What is kept per article: its enrichment and the names the editors' report lists. */
export interface CachedEnrichment {
  enrichment: Enrichment;
  unmatched: UnmatchedName[];
  /** People, organizations and places name detection found (src/lib/entities/detect/). */
  names: DetectedName[];
}

export interface EnrichmentCache {
  /** The key of one article's enrichment: its paragraph texts under this registry and this code. */
  key(texts: readonly string[]): string;
  get(key: string): CachedEnrichment | undefined;
  set(key: string, value: CachedEnrichment): void;
  /** Writes the entries used since the cache was opened. */
  save(): void;
}

const FORMAT = 'letopis-enrichment-cache/2';

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

/**
 * Opens the cache file at `path` for this registry. Returns undefined when the enrichment code cannot
 * be fingerprinted (then every article is enriched, as without a cache).
 */
export function openEnrichmentCache(path: string, registry: Registry): EnrichmentCache | undefined {
  const code = codeDigest();
  if (!code) return undefined;
  const scope = createHash('sha256').update(code).update('\0').update(JSON.stringify(registry)).digest('hex');
  let previous: Record<string, CachedEnrichment> = {};
  try {
    if (existsSync(path)) {
      const file = JSON.parse(readFileSync(path, 'utf8')) as {
        format?: string;
        entries?: Record<string, CachedEnrichment>;
      };
      if (file.format === FORMAT && file.entries) previous = file.entries;
    }
  } catch {
    previous = {};
  }
  const used: Record<string, CachedEnrichment> = {};
  let changed = false;
  return {
    key: (texts) => createHash('sha256').update(scope).update('\0').update(JSON.stringify(texts)).digest('hex'),
    get(key) {
      const hit = previous[key];
      if (hit) used[key] = hit;
      return hit;
    },
    set(key, value) {
      used[key] = value;
      changed = true;
    },
    save() {
      if (!changed && Object.keys(used).length === Object.keys(previous).length) return;
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, entries: used }));
      renameSync(temporary, path); // never a half-written cache
    },
  };
}
