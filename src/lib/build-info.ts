/**
 * What a build says about itself: the date it stands for and the archive version. Both come from
 * the source (the environment or the commit), never from the clock, so two builds of the same
 * commit are byte-identical (https://reproducible-builds.org/docs/source-date-epoch/).
 */
import { execFileSync } from 'node:child_process';
import pkg from '../../package.json' with { type: 'json' };

/** Used when neither `SOURCE_DATE_EPOCH` nor git says when the source was made. */
export const FALLBACK_BUILD_DATE = new Date('2000-01-01T00:00:00Z');

export interface BuildInfoOptions {
  /** Default: `process.env`. */
  env?: Record<string, string | undefined>;
  /** The git work tree asked for the commit; default: `process.cwd()`. */
  cwd?: string;
}

/** Thrown when `SOURCE_DATE_EPOCH` is set but is not a whole number of seconds. */
export class BuildInfoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildInfoError';
  }
}

const gitCache = new Map<string, string | undefined>();

/** One line of `git log -1` in `cwd`, or undefined when git or the repository is missing. */
function gitLog(format: string, cwd: string): string | undefined {
  const key = `${cwd}\0${format}`;
  if (!gitCache.has(key)) {
    let value: string | undefined;
    try {
      value =
        execFileSync('git', ['log', '-1', `--format=${format}`], {
          cwd,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }).trim() || undefined;
    } catch {
      value = undefined;
    }
    gitCache.set(key, value);
  }
  return gitCache.get(key);
}

/**
 * The date the build stands for: `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when set, else the
 * last commit's date, else {@link FALLBACK_BUILD_DATE}. Never the current time.
 */
export function buildDate({ env = process.env, cwd = process.cwd() }: BuildInfoOptions = {}): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/u.test(epoch)) {
      throw new BuildInfoError(
        `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not "${epoch}". Unset it to use the last commit's date.`,
      );
    }
    return new Date(Number(epoch) * 1000);
  }
  const committed = gitLog('%ct', cwd);
  if (committed && /^\d+$/u.test(committed)) return new Date(Number(committed) * 1000);
  return new Date(FALLBACK_BUILD_DATE);
}

/** The build date as an ISO day in UTC, `2026-11-25` (e.g. the access date of a citation made from this build). */
export function buildDay(options: BuildInfoOptions = {}): string {
  return buildDate(options).toISOString().slice(0, 10);
}

/** The commit the build was made from, abbreviated (`5f9ee8a`), or undefined outside a git work tree. */
export function buildCommit({ cwd = process.cwd() }: BuildInfoOptions = {}): string | undefined {
  const commit = gitLog('%h', cwd);
  return commit && /^[0-9a-f]{4,40}$/u.test(commit) ? commit : undefined;
}

/** The archive version: package.json's version and the short commit, `0.1.0+5f9ee8a` (just `0.1.0` without git). */
export function archiveVersion(options: BuildInfoOptions = {}): string {
  const commit = buildCommit(options);
  return commit ? `${pkg.version}+${commit}` : pkg.version;
}
