import type { ArchivePaths } from '../inputs/paths.ts';
import { readArchive } from '../archive/read-archive.ts';
import type { Problem } from '../problems.ts';
import { countInputs } from './archive-files.ts';

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
 * merges every capture and sidecar with `buildArticles`, so every problem (a broken lock among them) is listed
 * in one go. The counts come from the folders' listings, not from a reading of their own. Writes nothing.
 */
export async function checkArchive(paths: ArchivePaths): Promise<CheckResult> {
  const reading = await readArchive(paths);
  return {
    problems: reading.ok ? [] : reading.problems,
    ...countInputs(paths),
    added: reading.ok ? reading.added : [],
  };
}
