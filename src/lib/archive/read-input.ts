import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { InputFile } from './build-articles.ts';
import type { ArchivePaths } from './paths.ts';
import { emptyLock, permalinkLock, type PermalinkLock } from '../permalinks/lock.ts';

/** A path as an editor would type it: relative to the project when inside it. */
export function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** The files of one folder whose names match, sorted, with their bytes. */
export function readDir(dir: string, pattern: RegExp, root: string): InputFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ path: displayPath(root, join(dir, name)), bytes: readFileSync(join(dir, name)) }));
}

export function readLock(paths: ArchivePaths): PermalinkLock {
  if (!existsSync(paths.lockFile)) return emptyLock();
  const shown = displayPath(paths.root, paths.lockFile);
  try {
    return permalinkLock.parse(JSON.parse(readFileSync(paths.lockFile, 'utf8')));
  } catch (error) {
    throw new Error(`${shown} is not a valid permalink lock. Restore it from git (git checkout -- ${shown}); never edit published paths by hand.`, { cause: error });
  }
}

export function writeLock(paths: ArchivePaths, lock: PermalinkLock): void {
  writeFileSync(paths.lockFile, `${JSON.stringify(lock, null, 2)}\n`);
}

/** A cheap fingerprint of every input file (name, size, modification time): what a memoised load is keyed by. */
export function inputStamp(paths: ArchivePaths): string {
  const dirs = [paths.seedsDir, paths.contentDir, ...['articles', 'people', 'organizations', 'events', 'places', 'topics'].map((d) => join(paths.contentDir, d))];
  return dirs
    .flatMap((dir) => (existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : []))
    .filter((file) => file !== paths.lockFile)
    .sort()
    .map((file) => {
      const stat = statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('\n');
}
