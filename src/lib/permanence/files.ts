/**
 * Reads the permanence list files, `content/redirects.yaml`, `content/withdrawn.yaml` and
 * `content/renumbered.yaml`: each entry with its line, every problem with its file, line and fix. The
 * archive reader (read-archive.ts) reads them once per build, checks them against the lock and `seeds/`
 * (`check.ts`) and hands them on; nothing else in a build reads them again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, type ArchivePaths } from '../inputs/paths.ts';
import type { Renumbering } from '../permalinks/anchors.ts';
import type { Problem } from '../problems.ts';
import { readRedirects, readRenumberings, readWithdrawals, type Located } from './read.ts';
import type { Redirect, Withdrawal } from './schema.ts';

/** What the permanence list files say. */
export interface PermanenceFiles {
  redirects: Array<Located<Redirect>>;
  withdrawals: Array<Located<Withdrawal>>;
  /** Recorded decisions to let a published article's paragraphs change (`content/renumbered.yaml`). */
  renumberings: Array<Located<Renumbering>>;
  /** The files as messages name them (relative to the project). */
  redirectsFile: string;
  withdrawnFile: string;
  renumberedFile: string;
}

/**
 * The three files as they are now (a missing file is an empty list), with the problems of each: a file
 * that cannot be read as YAML, an entry its schema refuses. The valid entries are kept beside the
 * problems, so the checks between entries still run and one build lists every problem.
 */
export function readPermanenceFiles(paths: ArchivePaths): PermanenceFiles & { problems: Problem[] } {
  const file = (name: string) => join(paths.contentDir, name);
  const shown = (name: string) => displayPath(paths.root, file(name));
  const read = <T>(name: string, reader: (shownFile: string, text: string) => { entries: T[]; problems: Problem[] }) =>
    existsSync(file(name)) ? reader(shown(name), readFileSync(file(name), 'utf8')) : { entries: [], problems: [] };
  const redirects = read('redirects.yaml', readRedirects);
  const withdrawals = read('withdrawn.yaml', readWithdrawals);
  const renumberings = read('renumbered.yaml', readRenumberings);
  return {
    redirects: redirects.entries,
    withdrawals: withdrawals.entries,
    renumberings: renumberings.entries,
    redirectsFile: shown('redirects.yaml'),
    withdrawnFile: shown('withdrawn.yaml'),
    renumberedFile: shown('renumbered.yaml'),
    problems: [...redirects.problems, ...withdrawals.problems, ...renumberings.problems],
  };
}
