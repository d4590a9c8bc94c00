import type { ArchivePaths } from '../inputs/paths.ts';
import { readArchive } from '../archive/read-archive.ts';
import type { Problem } from '../problems.ts';
import { readArchiveInput } from './archive-files.ts';

export interface CheckResult {
  problems: Problem[];
  captures: number;
  sidecars: number;
  /** Pages that would get a permanent URL for the first time in the next build. */
  added: Array<{ id: string; path: string }>;
}

/**
 * Validates the archive's input as the build does, without building: {@link readArchive}, which the content
 * loaders use, reads every input (the lock, the permanence files, seeds/, the sidecars, the registry) and
 * merges every capture and sidecar with `buildArticles`. Writes nothing.
 */
export async function checkArchive(paths: ArchivePaths): Promise<CheckResult> {
  const input = readArchiveInput(paths);
  const reading = await readArchive(paths);
  return {
    problems: reading.ok ? [] : reading.problems,
    captures: input.captures.length,
    sidecars: input.sidecars.length,
    added: reading.ok ? reading.added : [],
  };
}
