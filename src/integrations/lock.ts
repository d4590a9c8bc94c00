/**
 * The permanence record is written only after a whole build succeeded (`letopis:lock`, the last
 * integration, after Pagefind and the output finisher):
 * - the articles loader leaves the next lock and anchor record in Astro's cache folder (pending);
 * - at the end, every path of the lock must be a page of the built site, else the build stops naming
 *   the path and the fix (a redirect or a tombstone); the other pages of the site (year pages, index
 *   pages) join the lock under `pages`;
 * - then `content/permalinks.json`, `content/anchors.json` and `content/permalinks.sha256` are written
 *   (only when their text changes). A failed build leaves them as they were.
 * Under `npm run build`, LETOPIS_LOCK_STAGE names a folder: the changed files are left there, and
 * scripts/build.mjs puts them into content/ only once the new archive has replaced the old one.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { archivePaths } from '../lib/inputs/paths.ts';
import { displayPath } from '../lib/archive/read-input.ts';
import type { AnchorRecord } from '../lib/permalinks/anchors.ts';
import type { PermalinkLock } from '../lib/permalinks/lock.ts';
import { lockBuiltPages } from '../lib/permanence/built-lock.ts';
import { builtRedirectProblems } from './captures.ts';
import { readPermanence } from '../lib/permanence/files.ts';
import { changedLockFiles, readLockFiles, writeLockFiles } from '../lib/permanence/lock-files.ts';
import { ProblemsError, type Problem } from '../lib/problems.ts';

const PENDING_FILE = 'letopis-pending-lock.json';

interface Pending {
  lock: PermalinkLock;
  anchors: AnchorRecord;
}

/** Called by the loader: the lock and anchor record this build will write if it succeeds. */
export function writePendingLock(cacheDir: string, pending: Pending): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, PENDING_FILE), JSON.stringify(pending));
}

/** The lock this build will write if it succeeds, as the loader left it in `cacheDir` (undefined before the loader ran). */
export function readPendingLock(cacheDir: string): PermalinkLock | undefined {
  const file = join(cacheDir, PENDING_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Pending).lock : undefined;
}

/** Every page (`…/index.html`) of the built site, as site paths: `/`, `/articles/2019/` … */
export function builtPages(outDir: string): Set<string> {
  const pages = new Set<string>();
  const walk = (dir: string, path: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}${entry.name}/`);
      else if (entry.name === 'index.html') pages.add(path);
    }
  };
  if (existsSync(outDir)) walk(outDir, '/');
  return pages;
}

function fail(problems: Problem[]): never {
  const failure = new AstroError(
    new ProblemsError(problems).message,
    'Fix each file listed above, then build again. The lock was left as it was.',
  );
  failure.stack = '';
  throw failure;
}

export default function lock(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'letopis:lock',
    hooks: {
      'astro:config:setup': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        rmSync(join(cacheDir, PENDING_FILE), { force: true }); // a failed build's pending lock is never written
      },
      'astro:build:done': ({ dir, logger }) => {
        const paths = archivePaths();
        const pendingFile = join(cacheDir, PENDING_FILE);
        let pending: Pending;
        if (existsSync(pendingFile)) pending = JSON.parse(readFileSync(pendingFile, 'utf8')) as Pending;
        else {
          const read = readLockFiles(paths);
          if (read.problems.length > 0) fail(read.problems);
          pending = { lock: read.lock, anchors: read.anchors };
        }
        const permanence = readPermanence(paths);
        const retired = new Set(permanence.redirects.map((r) => r.from));
        for (const w of permanence.withdrawals) {
          const path = pending.lock.articles[w.id];
          if (path) retired.add(path).add(`/en${path}`);
        }
        const outDir = fileURLToPath(dir);
        const lockFile = displayPath(paths.root, paths.lockFile);
        const result = lockBuiltPages(pending.lock, builtPages(outDir), retired, lockFile);
        // Every problem of the built site at once: redirects and locked paths together.
        const problems = [...builtRedirectProblems(outDir, permanence), ...result.problems];
        if (problems.length > 0) fail(problems);
        let written: string[];
        try {
          const stage = process.env.LETOPIS_LOCK_STAGE;
          if (stage) {
            mkdirSync(stage, { recursive: true });
            const changed = changedLockFiles(paths, result.lock, pending.anchors);
            for (const [name, text] of Object.entries(changed)) writeFileSync(join(stage, name), text);
            written = Object.keys(changed).map((name) => displayPath(paths.root, join(paths.contentDir, name)));
          } else written = writeLockFiles(paths, result.lock, pending.anchors);
        } catch (error) {
          const failure = new AstroError((error as Error).message, 'The built site was not published.');
          failure.stack = '';
          throw failure;
        }
        rmSync(pendingFile, { force: true });
        if (written.length > 0)
          logger.info(
            `recorded the published paths and anchors in ${written.join(', ')}: commit ${written.length === 1 ? 'it' : 'them'}`,
          );
        if (result.added.length > 0)
          logger.info(`${result.added.length} pages recorded in the lock for the first time`);
      },
    },
  };
}
