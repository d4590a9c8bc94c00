import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import type { ArchivePaths } from '../lib/inputs/paths.ts';
import { readArchive, type ArchiveReading } from '../lib/archive/read-archive.ts';
import { inputStamp } from '../lib/archive/read-input.ts';
import { ProblemsError } from '../lib/problems.ts';

/** A successful reading of the archive: its articles and registry, the permanence files, the lock this build records. */
export type LoadedArchive = Extract<ArchiveReading, { ok: true }>;

async function load(
  paths: ArchivePaths,
  logger: AstroIntegrationLogger,
  cacheDir: URL | undefined,
): Promise<LoadedArchive> {
  // performance: readings of captures and sidecars and enrichment results are kept in Astro's cache folder, keyed
  // by digest (article-reading.ts, sidecar-reading.ts, enrichment-cache.ts)
  const cached = (file: string) => cacheDir && fileURLToPath(new URL(file, cacheDir));
  const reading = await readArchive(paths, {
    ...(cacheDir && {
      enrichmentCache: cached('letopis-enrichment'),
      readingCache: cached('letopis-readings'),
      sidecarCache: cached('letopis-sidecars'),
    }),
  });
  if (!reading.ok) {
    // Input problems are a list an editor can work through, not a crash with a stack trace.
    const failure = new AstroError(
      new ProblemsError(reading.problems).message,
      'Fix each file listed above, then build again. Nothing was published.',
    );
    failure.stack = '';
    throw failure;
  }
  for (const { id, path } of reading.added)
    logger.info(`new permanent URL ${path} for ${id} (recorded in the lock once the build succeeds)`);
  shared.loaded = reading;
  return reading;
}

/**
 * The reading of this build, shared by every instance of this module: a build loads it from the content
 * config (the loaders) and from the Astro config (the integrations), in one process, so it lives on `globalThis`.
 */
const shared = ((globalThis as { [key: symbol]: unknown })[Symbol.for('letopis.loaded-archive')] ??= {}) as {
  memo?: { stamp: string; reading: Promise<LoadedArchive> };
  loaded?: LoadedArchive;
};

/**
 * Loads the archive once per state of the input files, however many collections ask for it:
 * the articles, the registry collections and the permanence entry share one read, one enrichment and one lock update.
 */
export function loadArchive(
  paths: ArchivePaths,
  logger: AstroIntegrationLogger,
  cacheDir?: URL,
): Promise<LoadedArchive> {
  const stamp = inputStamp(paths);
  if (shared.memo?.stamp !== stamp) shared.memo = { stamp, reading: load(paths, logger, cacheDir) };
  return shared.memo.reading;
}

/**
 * The archive as this build's loaders read it, for the integrations that finish the build (letopis:captures,
 * letopis:lock, the sitemap's filter): they publish and check exactly what the pages were built from, and
 * read no input file again. `who` names the asker in the error when the loaders have not read it.
 */
export function loadedArchive(who: string): LoadedArchive {
  if (shared.loaded) return shared.loaded;
  const failure = new AstroError(
    `${who} found no reading of the archive in this build: the content loaders (src/loaders/) did not run.`,
    'Build the archive with `npm run build` (or `astro build`), which runs the loaders first.',
  );
  failure.stack = '';
  throw failure;
}
