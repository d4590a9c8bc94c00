/**
 * Reads `content/redirects.yaml`, `content/withdrawn.yaml` and the permalink lock from disk for the
 * integration, the loader and the pages. The checks themselves are pure (`check.ts`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { archivePaths, type ArchivePaths } from '../archive/paths.ts';
import { emptyLock, permalinkLock, type PermalinkLock } from '../permalinks/lock.ts';
import type { Problem } from '../problems.ts';
import { CAPTURE_FILE } from '../capture/index.ts';
import { captureId } from './captures.ts';
import { checkPermanence, retiredArticleIds } from './check.ts';
import { readRedirects, readWithdrawals, type Located } from './read.ts';
import type { Redirect, Withdrawal } from './schema.ts';

export interface Permanence {
  redirects: Array<Located<Redirect>>;
  withdrawals: Array<Located<Withdrawal>>;
  lock: PermalinkLock;
  /** Files in `seeds/` that are captures, sorted. */
  captureFiles: string[];
  redirectsFile: string;
  withdrawnFile: string;
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
  let lock = emptyLock();
  try {
    if (existsSync(paths.lockFile)) lock = permalinkLock.parse(JSON.parse(readFileSync(paths.lockFile, 'utf8')));
  } catch {
    // The articles loader reports a broken lock with its fix.
  }
  const captureFiles = existsSync(paths.seedsDir) ? readdirSync(paths.seedsDir).filter((f) => CAPTURE_FILE.test(f)).sort() : [];
  const problems = [...redirects.problems, ...withdrawals.problems];
  if (problems.length === 0) {
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
  return { redirects: redirects.entries, withdrawals: withdrawals.entries, lock, captureFiles, redirectsFile, withdrawnFile, problems };
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
