/**
 * performance: the metadata of a sidecar, kept in Astro's cache folder under the digest of its text and of the code
 * that reads it: a sidecar unchanged since the last build is not parsed again (its YAML: 0.25 ms of the 0.4 ms
 * reading one takes; the metadata kept is still checked against its schema as it is taken: keyed-cache.ts).
 * Only a sidecar that reads without a problem is kept; one with problems is read again, and reported, every build.
 */
import { createHash } from 'node:crypto';
import { articleMetadata } from '../metadata/schema.ts';
import { codeDigest } from './code-digest.ts';
import { openKeyedCache } from './keyed-cache.ts';
import { readMetadata } from './read-metadata.ts';

/** readMetadata, with the metadata of the sidecars it read kept in `cacheFile` (none without one). */
export function sidecarReader(cacheFile?: string): { read: typeof readMetadata; save(): void } {
  const scope =
    cacheFile &&
    codeDigest([
      'src/lib/metadata',
      'src/lib/text',
      'src/lib/entities/kinds.ts',
      'src/lib/archive/read-metadata.ts',
      'src/lib/archive/sidecar-reading.ts',
    ]);
  if (!cacheFile || !scope) return { read: readMetadata, save: () => {} };
  const cache = openKeyedCache(cacheFile, {
    format: 'letopis-sidecar-cache/1',
    scope,
    schema: articleMetadata,
    what: 'The metadata of a sidecar',
  });
  return {
    read(file, text) {
      const key = cache.key(createHash('sha256').update(text).digest('hex'));
      const kept = cache.get(key);
      if (kept) return { metadata: kept, problems: [] };
      const result = readMetadata(file, text);
      if (!result.metadata || result.problems.length > 0) return result;
      return { metadata: cache.set(key, result.metadata), problems: [] };
    },
    save: () => cache.save(),
  };
}
