import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems.ts';
import type { InputFile } from './build-articles.ts';
import { displayPath, type ArchivePaths } from '../inputs/paths.ts';
import { checkSeeds, notACapture, type SeedEntry } from '../inputs/seeds.ts';
import { registryKinds } from './registry-paths.ts';

/** The files of one folder whose names match, sorted, with their bytes. */
export function readDir(dir: string, pattern: RegExp, root: string): InputFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ path: displayPath(root, join(dir, name)), bytes: readFileSync(join(dir, name)) }));
}

/**
 * Lists `seeds/` without following links and checks every entry (seeds.ts): the captures that pass,
 * every problem, the ids of captures refused (so they are not also reported as gone), and the names of
 * the regular files named as captures (`captureFiles`, sorted: what the build publishes when none is refused).
 */
export function readSeeds(
  paths: ArchivePaths,
  recorded: ReadonlyMap<string, string>,
  retired: ReadonlySet<string> = new Set(),
): { captures: InputFile[]; problems: Problem[]; refused: string[]; captureFiles: string[] } {
  if (!existsSync(paths.seedsDir)) return { captures: [], problems: [], refused: [], captureFiles: [] };
  const dir = displayPath(paths.root, paths.seedsDir);
  const problems: Problem[] = [];
  const entries: SeedEntry[] = [];
  for (const name of readdirSync(paths.seedsDir).sort()) {
    const file = join(paths.seedsDir, name);
    try {
      const stat = lstatSync(file);
      const kind = stat.isSymbolicLink()
        ? 'symlink'
        : stat.isDirectory()
          ? 'directory'
          : stat.isFile()
            ? 'file'
            : 'other';
      entries.push({ name, kind, ...(kind === 'file' && { bytes: readFileSync(file) }) });
    } catch (error) {
      problems.push({
        file: `${dir}/${name}`,
        message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        fix: 'make it readable (chmod u+r) or remove it from seeds/',
      });
    }
  }
  const checked = checkSeeds({ dir, entries, recorded, retired });
  const passed = new Set(checked.captures.map((c) => c.name));
  const refused = entries
    .filter((e) => !passed.has(e.name) && notACapture(e.name) === undefined)
    .map((e) => e.name.replace(/\.[^.]+$/u, ''));
  return {
    captures: checked.captures.map((c) => ({ path: `${dir}/${c.name}`, bytes: c.bytes })),
    problems: [...problems, ...checked.problems],
    refused,
    captureFiles: entries.filter((e) => e.kind === 'file' && notACapture(e.name) === undefined).map((e) => e.name),
  };
}

/** A cheap fingerprint of every input file (name, size, modification time): what a memoised load is keyed by. */
export function inputStamp(paths: ArchivePaths): string {
  const dirs = [
    paths.seedsDir,
    paths.contentDir,
    ...['articles', ...registryKinds].map((d) => join(paths.contentDir, d)),
  ];
  return dirs
    .flatMap((dir) => (existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : []))
    .filter((file) => file !== paths.lockFile && !/[/\\](?:anchors\.json|permalinks\.sha256)$/u.test(file))
    .sort()
    .map((file) => {
      const stat = statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('\n');
}
