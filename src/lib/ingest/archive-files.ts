import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticles, fingerprint, type ArchiveInput } from '../archive/build-articles.ts';
import type { ArchivePaths } from '../inputs/paths.ts';
import { displayPath, readDir, readLock } from '../archive/read-input.ts';
import { CAPTURE_FILE, captureKindOf, readCapture } from '../capture/index.ts';
import { retiredIds } from '../permanence/files.ts';
import { addPlan, type ArchiveState, type IngestPlan } from './plan.ts';

/** The file system side of ingest: reading the archive as the build does, and writing one planned capture. */

/** The input of `buildArticles`, read exactly as the build reads it (src/lib/archive/read-archive.ts). */
export function readArchiveInput(paths: ArchivePaths): ArchiveInput & { lockPath: string } {
  return {
    captures: readDir(paths.seedsDir, CAPTURE_FILE, paths.root),
    sidecars: readDir(paths.metadataDir, /\.ya?ml$/iu, paths.root),
    lock: readLock(paths),
    lockPath: displayPath(paths.root, paths.lockFile),
    retired: retiredIds(paths),
  };
}

/** The archive's state for planning: its input, every capture's text fingerprint, and the paths the build would give now. */
export function readArchiveState(paths: ArchivePaths): ArchiveState {
  const input = readArchiveInput(paths);
  const fingerprints = new Map<string, string>();
  for (const capture of input.captures) {
    try {
      const print = fingerprint(readCapture(capture.bytes, captureKindOf(capture.path)));
      if (!fingerprints.has(print)) fingerprints.set(print, capture.path);
    } catch {
      // An unreadable capture is the build's problem (--check lists it), not a twin of anything.
    }
  }
  const built = buildArticles(input);
  return {
    ...input,
    seedsPath: displayPath(paths.root, paths.seedsDir),
    metadataPath: displayPath(paths.root, paths.metadataDir),
    fingerprints,
    permalinks: new Map(built.articles.map((a) => [a.id, a.permalink])),
  };
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
