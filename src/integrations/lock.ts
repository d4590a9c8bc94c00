/**
 * The permanence record is written only after a whole build succeeded (`letopis:lock`, the last
 * integration, after Pagefind and the output finisher):
 * - the archive reader works out the next lock and anchor record, and the loaders hand them on with the rest
 *   of their reading (`loadedArchive`, src/loaders/load-archive.ts);
 * - at the end, every path of the lock must be a page of the built site, else the build stops naming
 *   the path and the fix (a redirect or a tombstone); the other pages of the site (year pages, index
 *   pages) join the lock under `pages`;
 * - a provisional page no longer proposed stands as a redirect or a tombstone (src/lib/permanence/provisional.ts):
 *   its pages are retired paths, and the build says how many were retired this time;
 * - then `content/permalinks.json`, `content/anchors.json`, `content/provisional.json` (once the archive has
 *   published a provisional page) and `content/permalinks.sha256` are written (only when their text changes).
 *   A failed build leaves them as they were.
 * Under `npm run build`, LETOPIS_LOCK_STAGE names a folder: the changed files are left there, and
 * scripts/build.mjs puts them into content/ only once the new archive has replaced the old one.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { archivePaths, displayPath } from '../lib/inputs/paths.ts';
import { lockBuiltPages } from '../lib/permanence/built-lock.ts';
import { builtRedirectProblems } from './captures.ts';
import { changedLockFiles, writeLockFiles } from '../lib/permanence/lock-files.ts';
import { ProblemsError, type Problem } from '../lib/problems.ts';
import { loadedArchive } from '../loaders/load-archive.ts';
import { PROVISIONAL_FILE, retiredSummary } from '../lib/permanence/provisional.ts';

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
  return {
    name: 'letopis:lock',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const paths = archivePaths();
        // The lock and anchor record this build records, and the permanence files, as its loaders read them.
        const { lock, anchors, provisional, permanence } = loadedArchive('letopis:lock');
        const retired = new Set(permanence.redirects.map((r) => r.from));
        for (const w of permanence.withdrawals) {
          const path = lock.articles[w.id];
          if (path) retired.add(path).add(`/en${path}`);
        }
        for (const r of permanence.retiredProvisional) for (const page of r.pages) retired.add(page);
        const outDir = fileURLToPath(dir);
        const lockFile = displayPath(paths.root, paths.lockFile);
        const result = lockBuiltPages(lock, builtPages(outDir), retired, lockFile);
        // Every problem of the built site at once: redirects and locked paths together.
        const problems = [...builtRedirectProblems(outDir, permanence), ...result.problems];
        if (problems.length > 0) fail(problems);
        let written: string[];
        try {
          const stage = process.env.LETOPIS_LOCK_STAGE;
          if (stage) {
            mkdirSync(stage, { recursive: true });
            const changed = changedLockFiles(paths, result.lock, anchors, provisional);
            for (const [name, text] of Object.entries(changed)) writeFileSync(join(stage, name), text);
            written = Object.keys(changed).map((name) => displayPath(paths.root, join(paths.contentDir, name)));
          } else written = writeLockFiles(paths, result.lock, anchors, provisional);
        } catch (error) {
          const failure = new AstroError((error as Error).message, 'The built site was not published.');
          failure.stack = '';
          throw failure;
        }
        if (written.length > 0)
          logger.info(
            `recorded the published paths and anchors in ${written.join(', ')}: commit ${written.length === 1 ? 'it' : 'them'}`,
          );
        if (result.added.length > 0)
          logger.info(`${result.added.length} pages recorded in the lock for the first time`);
        const summary = retiredSummary(permanence.provisionalBefore, permanence.retiredProvisional);
        if (summary)
          logger.info(`${summary}; recorded in ${displayPath(paths.root, join(paths.contentDir, PROVISIONAL_FILE))}`);
      },
    },
  };
}
