/**
 * performance: enrichment (mentions, quotes, topics: a morphology pass over every word) is the
 * costliest step of reading the archive, and it is a pure function of an article's paragraph texts,
 * the registry and the enrichment code. This cache keeps each article's result under a digest of
 * exactly those three (keyed-cache.ts), so a rebuild after one capture changed enriches one article,
 * not all of them. A changed registry, a changed file under src/lib/entities/ or another installed
 * package changes every key: nothing stale is ever reused.
 */
import { z } from 'zod';
import { detectedName } from '../entities/detect/types.ts';
import { enrichment } from '../entities/enrichment-schema.ts';
import type { Registry } from '../entities/index.ts';
import { unmatchedName } from '../entities/unmatched.ts';
import { codeDigest } from './code-digest.ts';
import { openKeyedCache, type KeyedCache } from './keyed-cache.ts';
import { createHash } from 'node:crypto';

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

/** The cache; its `key` takes an article's year and its paragraphs' kinds and texts. */
export type EnrichmentCache = KeyedCache<CachedEnrichment>;

/**
 * Opens the cache file at `path` for this registry. Returns undefined when the enrichment code cannot
 * be fingerprinted (then every article is enriched, as without a cache).
 */
export function openEnrichmentCache(path: string, registry: Registry): EnrichmentCache | undefined {
  const code = codeDigest(['src/lib/entities']);
  if (!code) return undefined;
  const scope = createHash('sha256').update(code).update('\0').update(JSON.stringify(registry)).digest('hex');
  return openKeyedCache(path, {
    format: 'letopis-enrichment-cache/2',
    scope,
    schema: cachedEnrichment,
    what: 'The enrichment of an article',
  });
}
