/**
 * Reads `content/redirects.yaml`, `content/withdrawn.yaml` and the permalink lock from disk for the
 * integration, the loader and the pages. The checks themselves are pure (`check.ts`).
 */
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { archivePaths, type ArchivePaths } from '../archive/paths.ts';
import type { PermalinkLock } from '../permalinks/lock.ts';
import type { Renumbering } from '../permalinks/anchors.ts';
import type { Problem } from '../problems.ts';
import { notACapture } from '../archive/seeds.ts';
import { readLockOnly } from './lock-files.ts';
import { captureId } from './captures.ts';
import { checkPermanence, retiredArticleIds } from './check.ts';
import { readRedirects, readRenumberings, readWithdrawals, type Located } from './read.ts';
import type { Redirect, Withdrawal } from './schema.ts';

export interface Permanence {
  redirects: Array<Located<Redirect>>;
  withdrawals: Array<Located<Withdrawal>>;
  /** Recorded decisions to let a published article's paragraphs change (`content/renumbered.yaml`). */
  renumberings: Array<Located<Renumbering>>;
  lock: PermalinkLock;
  /** Files in `seeds/` that are captures, sorted. */
  captureFiles: string[];
  redirectsFile: string;
  withdrawnFile: string;
  renumberedFile: string;
  /** Problems in the two files and between them, the lock and seeds/. */
  problems: Problem[];
}

const display = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
};

export function readPermanence(paths: ArchivePaths = archivePaths()): Permanence {
  const redirectsPath = join(paths.contentDir, 'redirects.yaml');
  const withdrawnPath = join(paths.contentDir, 'withdrawn.yaml');
  const redirectsFile = display(paths.root, redirectsPath);
  const withdrawnFile = display(paths.root, withdrawnPath);
  const redirects = existsSync(redirectsPath) ? readRedirects(redirectsFile, readFileSync(redirectsPath, 'utf8')) : { entries: [], problems: [] };
  const withdrawals = existsSync(withdrawnPath) ? readWithdrawals(withdrawnFile, readFileSync(withdrawnPath, 'utf8')) : { entries: [], problems: [] };
  const renumberedPath = join(paths.contentDir, 'renumbered.yaml');
  const renumberedFile = display(paths.root, renumberedPath);
  const renumberings = existsSync(renumberedPath) ? readRenumberings(renumberedFile, readFileSync(renumberedPath, 'utf8')) : { entries: [], problems: [] };
  // A broken or hand-edited lock is reported by the archive reader (read-archive.ts) with its fix.
  const lock = readLockOnly(paths);
  // Only regular files named as captures: anything else in seeds/ is reported by the archive reader.
  const captureFiles = existsSync(paths.seedsDir)
    ? readdirSync(paths.seedsDir)
        .filter((f) => notACapture(f) === undefined && lstatSync(join(paths.seedsDir, f)).isFile())
        .sort()
    : [];
  // The checks between entries run on every valid entry, so every problem is listed in one build.
  const problems = [...redirects.problems, ...withdrawals.problems, ...renumberings.problems];
  {
    problems.push(
      ...checkPermanence({
        redirects: redirects.entries,
        withdrawals: withdrawals.entries,
        lock,
        captureIds: new Set(captureFiles.map(captureId)),
        redirectsFile,
        withdrawnFile,
      }),
    );
  }
  return { redirects: redirects.entries, withdrawals: withdrawals.entries, renumberings: renumberings.entries, lock, captureFiles, redirectsFile, withdrawnFile, renumberedFile, problems };
}

/** Ids of the withdrawn articles (their pages are tombstones). */
export function withdrawnIds(paths: ArchivePaths = archivePaths()): Set<string> {
  return new Set(readPermanence(paths).withdrawals.map((w) => w.id));
}

/** Article ids in the lock that may be gone from seeds/ because they were withdrawn or redirected (for `buildArticles`). */
export function retiredIds(paths: ArchivePaths = archivePaths()): Set<string> {
  const p = readPermanence(paths);
  return retiredArticleIds(p.lock, p.redirects, p.withdrawals);
}
