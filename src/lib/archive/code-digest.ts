/**
 * A digest of the code a cached result was computed with, for the caches of reading the archive
 * (enrichment-cache.ts, reading-cache.ts): a result is reused only under the same code, so a change to
 * the code never leaves a stale result behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root, where package.json is (this file is src/lib/archive/code-digest.ts). */
const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * A digest of the source files at `paths` (relative to the project's root; a folder counts every `.ts` file
 * under it, tests aside) and of the installed packages as the lockfile pins them (package.json where there
 * is no lockfile): a library's new version may read or enrich differently. Undefined when a source cannot
 * be read (then nothing is cached).
 */
export function codeDigest(paths: readonly string[]): string | undefined {
  try {
    const hash = createHash('sha256');
    const files = paths.flatMap((path) =>
      statSync(join(root, path)).isDirectory()
        ? (readdirSync(join(root, path), { recursive: true }) as string[])
            .map((f) => `${path}/${f.replaceAll('\\', '/')}`)
            .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        : [path],
    );
    const lockfile = existsSync(join(root, 'package-lock.json')) ? 'package-lock.json' : 'package.json';
    for (const name of [...files.sort(), lockfile])
      hash
        .update(`${name}\0`)
        .update(readFileSync(join(root, name)))
        .update('\0');
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}
