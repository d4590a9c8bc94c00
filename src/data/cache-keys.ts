import { createHash } from 'node:crypto';
import { archiveVersion, buildDay } from '../lib/build-info.ts';

/**
 * performance: the `cacheKey` of a page for Astro's incremental build (`experimental.incrementalBuild`
 * in astro.config.mjs). A page whose key and whose code (Astro hashes the page's module graph, the
 * config and the lockfile) are the same as in the previous build is copied from that build instead of
 * rendered. So the key must cover every datum the page shows: the content digests of the entries it
 * shows (an article's digest covers the registry and the base path too, see articles-loader.ts), plus
 * what every page shows: the build day and the archive version in the footer, the access date of a
 * citation. test/quality/incremental.test.ts checks a rebuild against a clean build, byte for byte.
 */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify([buildDay(), archiveVersion(), ...parts]))
    .digest('base64url');
}
