/**
 * Runs code as a build of another commit or another day would: what build-info.ts reads (SOURCE_DATE_EPOCH, the
 * last commit of the working directory) set to something else, and put back after.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/** A new git work tree with one commit made on `day` (`YYYY-MM-DD`): its own hash, its own date. */
function commitOn(day: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'letopis-commit-'));
  const date = `${day}T12:00:00Z`;
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
  git('init', '-q');
  git('-c', 'user.name=letopis', '-c', 'user.email=letopis@example.org', 'commit', '-q', '--allow-empty', '-m', day);
  return dir;
}

/**
 * What `compute` gives in a build made from a commit of `day` (the version and the build day are the commit's),
 * or, with `epoch`, in a build given that SOURCE_DATE_EPOCH.
 */
export function inBuild<T>(build: { commitDay: string } | { epoch: number }, compute: () => T): T {
  const cwd = process.cwd();
  vi.stubEnv('SOURCE_DATE_EPOCH', 'epoch' in build ? String(build.epoch) : '');
  if ('commitDay' in build) process.chdir(commitOn(build.commitDay));
  try {
    return compute();
  } finally {
    process.chdir(cwd);
    vi.unstubAllEnvs();
  }
}
