import type { ArchivePaths } from '../inputs/paths.ts';
import { readArchive } from '../archive/read-archive.ts';
import { readPermanence } from '../permanence/files.ts';
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
 * Validates the archive's input as the build does, without building: the permanence files (redirects,
 * withdrawals) as the captures integration checks them, then {@link readArchive}, which the content loaders
 * use and which merges every capture and sidecar with `buildArticles`. Writes nothing.
 */
export async function checkArchive(paths: ArchivePaths): Promise<CheckResult> {
  const input = readArchiveInput(paths);
  const problems = [...readPermanence(paths).problems];
  const reading = await readArchive(paths);
  const seen = new Set(problems.map((p) => `${p.file}\n${p.line}\n${p.message}`));
  if (!reading.ok) problems.push(...reading.problems.filter((p) => !seen.has(`${p.file}\n${p.line}\n${p.message}`)));
  return {
    problems,
    captures: input.captures.length,
    sidecars: input.sidecars.length,
    added: reading.ok ? reading.added : [],
  };
}
