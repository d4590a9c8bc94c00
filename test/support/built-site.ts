import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { buildArchive, type BuildOptions, type BuildResult } from './build.ts';
import { serveStatic, type StaticSite } from './serve.ts';

/** A built archive served on 127.0.0.1 and a browser to read it with, shared by one test file. */
export interface BuiltSite {
  browser: Browser;
  site: StaticSite;
  built: BuildResult;
  /** The absolute URL of an archive path (with the base). */
  url: (path: string) => string;
}

/**
 * Builds the archive once for the calling test file, serves it under its base and launches Chromium;
 * everything is closed after the file's tests. Read the fields inside tests (they are set in beforeAll).
 */
export function useBuiltSite(name: string, options: BuildOptions = {}): BuiltSite {
  const shared = {} as BuiltSite;
  beforeAll(async () => {
    shared.built = buildArchive(name, options);
    if (shared.built.status !== 0) throw new Error(shared.built.output);
    shared.site = await serveStatic(shared.built.outDir, options.base ?? '/');
    shared.browser = await launchBrowser();
    shared.url = (path) => new URL(path.replace(/^\//u, ''), shared.site.url).href;
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.site?.close();
  });
  return shared;
}
