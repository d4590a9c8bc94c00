/**
 * Reads `content/redirects.yaml`, `content/withdrawn.yaml` and the permalink lock from disk for the
 * integration, the loader and the pages. The checks themselves are pure (`check.ts`).
 */
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { archivePaths, type ArchivePaths } from '../inputs/paths.ts';
import type { PermalinkLock } from '../permalinks/lock.ts';
import type { Renumbering } from '../permalinks/anchors.ts';
import type { Problem } from '../problems.ts';
import { notACapture } from '../inputs/seeds.ts';
import { parseLockOnly } from './lock-files.ts';
import { captureId } from '../capture/capture-id.ts';
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

/**
 * The last reading per set of paths, with the inputs it was made from. Kept on `globalThis`: a build loads
 * this module more than once (the config, the integrations, the prerender bundle), one process each time.
 */
const readings = ((globalThis as { [key: symbol]: unknown })[Symbol.for('letopis.permanence.readings')] ??=
  new Map()) as Map<string, { inputs: readonly string[]; permanence: Permanence }>;

const textOf = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

/**
 * The permanence files, the lock and the captures in `seeds/`, checked against each other. The files are
 * read on every call (reading is cheap beside parsing and checking them) but parsed and checked once per
 * process for the same paths and contents: a build asks from several integrations and pages. The value
 * is shared between callers: read it, never change it.
 */
export function readPermanence(paths: ArchivePaths = archivePaths()): Permanence {
  const texts = {
    redirects: textOf(join(paths.contentDir, 'redirects.yaml')),
    withdrawn: textOf(join(paths.contentDir, 'withdrawn.yaml')),
    renumbered: textOf(join(paths.contentDir, 'renumbered.yaml')),
    lock: textOf(paths.lockFile),
  };
  // Only regular files named as captures: anything else in seeds/ is reported by the archive reader.
  const captureFiles = existsSync(paths.seedsDir)
    ? readdirSync(paths.seedsDir)
        .filter((f) => notACapture(f) === undefined && lstatSync(join(paths.seedsDir, f)).isFile())
        .sort()
    : [];
  const pathsKey = JSON.stringify(paths);
  // A missing file and an empty one differ: `\0` stands for no file.
  const inputs = [...Object.values(texts).map((text) => text ?? '\0'), captureFiles.join('\n')];
  const cached = readings.get(pathsKey);
  if (cached && cached.inputs.every((input, i) => input === inputs[i])) return cached.permanence;
  const permanence = checkedPermanence(paths, texts, captureFiles);
  readings.set(pathsKey, { inputs, permanence });
  return permanence;
}

function checkedPermanence(
  paths: ArchivePaths,
  texts: Record<'redirects' | 'withdrawn' | 'renumbered' | 'lock', string | undefined>,
  captureFiles: string[],
): Permanence {
  const redirectsFile = display(paths.root, join(paths.contentDir, 'redirects.yaml'));
  const withdrawnFile = display(paths.root, join(paths.contentDir, 'withdrawn.yaml'));
  const renumberedFile = display(paths.root, join(paths.contentDir, 'renumbered.yaml'));
  const none = () => ({ entries: [], problems: [] });
  const redirects = texts.redirects !== undefined ? readRedirects(redirectsFile, texts.redirects) : none();
  const withdrawals = texts.withdrawn !== undefined ? readWithdrawals(withdrawnFile, texts.withdrawn) : none();
  const renumberings = texts.renumbered !== undefined ? readRenumberings(renumberedFile, texts.renumbered) : none();
  // A broken or hand-edited lock is reported by the archive reader (read-archive.ts) with its fix.
  const lock = parseLockOnly(paths, texts.lock);
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
  return {
    redirects: redirects.entries,
    withdrawals: withdrawals.entries,
    renumberings: renumberings.entries,
    lock,
    captureFiles,
    redirectsFile,
    withdrawnFile,
    renumberedFile,
    problems,
  };
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
