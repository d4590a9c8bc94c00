import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import type { ArchivePaths } from '../lib/inputs/paths.ts';
import { readArchive, type Archive } from '../lib/archive/read-archive.ts';
import { inputStamp } from '../lib/archive/read-input.ts';
import { ProblemsError } from '../lib/problems.ts';
import { writePendingLock } from '../integrations/lock.ts';

async function load(paths: ArchivePaths, logger: AstroIntegrationLogger, cacheDir: URL | undefined): Promise<Archive> {
  // performance: enrichment results are kept in Astro's cache folder, keyed by digest (enrichment-cache.ts)
  const enrichmentCache = cacheDir && fileURLToPath(new URL('letopis-enrichment.json', cacheDir));
  const reading = await readArchive(paths, { ...(enrichmentCache && { enrichmentCache }) });
  if (!reading.ok) {
    // Input problems are a list an editor can work through, not a crash with a stack trace.
    const failure = new AstroError(
      new ProblemsError(reading.problems).message,
      'Fix each file listed above, then build again. Nothing was published.',
    );
    failure.stack = '';
    throw failure;
  }
  // The lock and the anchor record are written by letopis:lock only once the whole build succeeded.
  if (cacheDir) writePendingLock(fileURLToPath(cacheDir), { lock: reading.lock, anchors: reading.anchors });
  for (const { id, path } of reading.added)
    logger.info(`new permanent URL ${path} for ${id} (recorded in the lock once the build succeeds)`);
  return reading.archive;
}

let memo: { stamp: string; archive: Promise<Archive> } | undefined;

/**
 * Loads the archive once per state of the input files, however many collections ask for it:
 * the articles and every registry collection share one read, one enrichment and one lock update.
 */
export function loadArchive(paths: ArchivePaths, logger: AstroIntegrationLogger, cacheDir?: URL): Promise<Archive> {
  const stamp = inputStamp(paths);
  if (memo?.stamp !== stamp) memo = { stamp, archive: load(paths, logger, cacheDir) };
  return memo.archive;
}
