import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import type { BuildOptions, BuildResult } from './build.ts';
import { serveStatic, type StaticSite } from './serve.ts';
import { seedsBuild, sharedBuild, SUB_PATH } from './shared-build.ts';

/** A built archive served on 127.0.0.1 and a browser to read it with, shared by one test file. */
export interface BuiltSite {
  browser: Browser;
  site: StaticSite;
  built: BuildResult;
  /** The absolute URL of an archive path (with the base). */
  url: (path: string) => string;
}

/** The seeds at `/` or under SUB_PATH (seedsBuild), or a fixture's shared build (sharedBuild's options). */
export type SiteSource = '/' | typeof SUB_PATH | Omit<BuildOptions, 'verbose'>;

/**
 * Serves the run's shared build of `source` (see shared-build.ts: built once for every file that asks)
 * under its base and launches Chromium, once for the calling test file; both are closed after the
 * file's tests. Read the fields inside tests (they are set in beforeAll).
 */
export function useBuiltSite(source: SiteSource): BuiltSite {
  const shared = {} as BuiltSite;
  const base = typeof source === 'string' ? source : (source.base ?? '/');
  beforeAll(async () => {
    shared.built = await (typeof source === 'string' ? seedsBuild(source) : sharedBuild(source));
    if (shared.built.status !== 0) throw new Error(shared.built.output);
    shared.site = await serveStatic(shared.built.outDir, base);
    shared.browser = await launchBrowser();
    shared.url = (path) => new URL(path.replace(/^\//u, ''), shared.site.url).href;
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.site?.close();
  });
  return shared;
}
