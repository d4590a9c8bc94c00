import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticles } from '../archive/build-articles.ts';
import { captureId } from '../capture/capture-id.ts';
import { displayPath, type ArchivePaths } from '../inputs/paths.ts';
import { CAPTURE_FILE } from '../capture/index.ts';
import { SIDECAR_FILE } from '../metadata/schema.ts';
import { loadDigestIndex, refreshDigestIndex, saveDigestIndex } from './digest-index.ts';
import { retiredArticleIds } from '../permanence/check.ts';
import { readPermanenceFiles } from '../permanence/files.ts';
import { readLockFiles } from '../permanence/lock-files.ts';
import type { PermalinkLock } from '../permalinks/lock.ts';
import { ProblemsError } from '../problems.ts';
import { addPlan, type ArchiveState, type IngestPlan } from './plan.ts';

/** The file system side of ingest: reading the archive as the build does, and writing one planned capture. */

/**
 * The lock, read as the build reads it (its problems stop ingest, listed, as they stop the build), and the
 * locked articles retired on purpose (withdrawn or redirected), whose captures may be gone from seeds/. A
 * problem in redirects.yaml or withdrawn.yaml is the build's and `--check`'s to report: ingest plans with the
 * entries that are valid.
 */
function lockAndRetired(paths: ArchivePaths): { lock: PermalinkLock; retired: Set<string> } {
  const read = readLockFiles(paths);
  if (read.problems.length > 0) throw new ProblemsError(read.problems);
  const { redirects, withdrawals } = readPermanenceFiles(paths);
  return { lock: read.lock, retired: retiredArticleIds(read.lock, redirects, withdrawals) };
}

/**
 * How many captures and sidecars the archive holds, from the folders' listings alone (no file is read):
 * what `--check` reports, whether or not the rest of the input can be read.
 */
export function countInputs(paths: ArchivePaths): { captures: number; sidecars: number } {
  return {
    captures: listDir(paths.seedsDir, CAPTURE_FILE).length,
    sidecars: listDir(paths.metadataDir, SIDECAR_FILE).length,
  };
}

/**
 * The archive's state for planning, read without reading every capture: the duplicate check takes each
 * capture's fingerprint from the digest index in the cache folder (digest-index.ts; refreshed for every file
 * that changed, and saved back), and permanent paths are worked out only for the captures not yet in the
 * lock, since a locked path never changes and every other path competes only with the locked ones.
 * Returns how many captures had to be read, for the report.
 */
export function readArchiveState(paths: ArchivePaths, indexFile: string): { state: ArchiveState; read: number } {
  const { lock, retired } = lockAndRetired(paths);
  const names = listDir(paths.seedsDir, CAPTURE_FILE);
  const refreshed = refreshDigestIndex(paths.seedsDir, names, loadDigestIndex(indexFile));
  if (refreshed.read > 0) saveDigestIndex(indexFile, refreshed.index);
  const seedsPath = displayPath(paths.root, paths.seedsDir);
  const metadataPath = displayPath(paths.root, paths.metadataDir);
  // The first capture of a text in name order is the one the build keeps (buildArticles): its twins get no path.
  const fingerprints = new Map<string, string>();
  const pending: string[] = [];
  for (const name of names) {
    const print = refreshed.index.get(name)?.print;
    if (print && fingerprints.has(print)) continue;
    if (print) fingerprints.set(print, `${seedsPath}/${name}`);
    if (lock.articles[captureId(name)] === undefined) pending.push(name);
  }
  const pendingIds = new Set(pending.map(captureId));
  const sidecarNames = listDir(paths.metadataDir, SIDECAR_FILE);
  const read = (dir: string, shown: string, name: string) => ({
    path: `${shown}/${name}`,
    bytes: readFileSync(join(dir, name)),
  });
  const captures = pending.map((name) => read(paths.seedsDir, seedsPath, name));
  const sidecars = sidecarNames
    .filter((name) => pendingIds.has(captureId(name)))
    .map((name) => read(paths.metadataDir, metadataPath, name));
  const lockPath = displayPath(paths.root, paths.lockFile);
  const present = new Set(names.map(captureId).filter((id) => !pendingIds.has(id)));
  const built = buildArticles({ captures, sidecars, lock, lockPath, retired, refused: present });
  return {
    state: {
      captureNames: names,
      sidecarIds: new Set(sidecarNames.map(captureId)),
      captures,
      sidecars,
      present,
      lock,
      lockPath,
      retired,
      seedsPath,
      metadataPath,
      fingerprints,
      permalinks: new Map([
        ...Object.entries(lock.articles),
        ...built.articles.map((a) => [a.id, a.permalink] as const),
      ]),
    },
    read: refreshed.read,
  };
}

/** The names in `dir` that match `pattern`, sorted; none when the folder does not exist. */
function listDir(dir: string, pattern: RegExp): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => pattern.test(name))
        .sort()
    : [];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes a planned capture (byte-identical, never over an existing file) and its sidecar, and adds the
 * capture to seeds/SHA256SUMS when the archive keeps one. Returns the archive's state with them in it.
 */
export function writePlan(paths: ArchivePaths, state: ArchiveState, plan: IngestPlan): ArchiveState {
  const name = plan.capture.path.split('/').pop()!;
  const captureFile = join(paths.seedsDir, name);
  const sidecarFile = join(paths.metadataDir, `${plan.id}.yaml`);
  mkdirSync(paths.seedsDir, { recursive: true });
  mkdirSync(paths.metadataDir, { recursive: true });
  writeFileSync(captureFile, plan.capture.bytes, { flag: 'wx' });
  try {
    if (sha256(readFileSync(captureFile)) !== plan.reading.sha256)
      throw new Error(`${displayPath(paths.root, captureFile)} was not written byte for byte`);
    writeFileSync(sidecarFile, plan.sidecar.bytes, { flag: 'wx' });
  } catch (error) {
    rmSync(captureFile, { force: true });
    throw error;
  }
  const sums = join(paths.seedsDir, 'SHA256SUMS');
  if (existsSync(sums)) {
    const text = readFileSync(sums, 'utf8');
    appendFileSync(sums, `${text === '' || text.endsWith('\n') ? '' : '\n'}${plan.reading.sha256}  ${name}\n`);
  }
  return addPlan(state, plan);
}
