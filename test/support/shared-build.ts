/**
 * Builds that test files share: each distinct input (fixture, base path, environment) is built once per
 * `vitest run`, by whichever test file asks first; every other file, in this worker or another, reads the
 * same `dist/`. Use `seedsBuild('/')` or `seedsBuild(SUB_PATH)` for the project's own seeds, or
 * `sharedBuild({ fixture })` for a fixture; use `buildArchive` (build.ts) only for a build the test changes
 * or whose own environment is what it tests (an incremental rebuild, a reproducibility pair, a bad input).
 *
 * A shared build is read-only: never write into its `outDir` or `contentDir`. The cache lives under
 * test/.tmp/shared/<digest>, keyed by the options and the bytes of the fixture's `seeds/` and `content/`,
 * and is emptied with test/.tmp by the global setup at the start of every run.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildArchive, buildResult, type BuildOptions, type BuildResult } from './build.ts';
import { root } from './seeds.ts';
import { hashTree, sha256 } from './tree.ts';

/** The sub-path the seeds are built under by the tests that need one. */
export const SUB_PATH = '/letopis/';
/** The public origin of every seeds build: the project's default (`astro.config.mjs`). */
export const SITE = 'https://letopis.example.org';
/** The sub-path build's `SOURCE_DATE_EPOCH`: 2025-11-25, so citation dates are known. */
export const SUB_PATH_EPOCH = '1764028800';

/** How long a file waits for another worker's build of the same input before it gives up. */
const WAIT_MS = 280_000;

const inFlight = new Map<string, Promise<BuildResult>>();

/** The digest a shared build is kept under: the options and every byte of the input. */
function digestOf(options: BuildOptions): string {
  const source = options.fixture ? join(root, 'test/fixtures', options.fixture) : root;
  const input = ['seeds', 'content'].map((dir) => (existsSync(join(source, dir)) ? hashTree(join(source, dir)) : null));
  const env = Object.entries(options.env ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(JSON.stringify({ fixture: options.fixture ?? null, base: options.base ?? '/', env, input })).slice(
    0,
    16,
  );
}

/**
 * The build of `options` for this run: built now if no test file has asked for it yet, else the one
 * already built (or being built by another worker, which this waits for). A failed build is shared too:
 * check `status` as with `buildArchive`.
 */
export function sharedBuild(options: Omit<BuildOptions, 'verbose'> = {}): Promise<BuildResult> {
  const key = digestOf(options);
  let build = inFlight.get(key);
  if (!build) {
    build = buildOnce(key, options);
    inFlight.set(key, build);
  }
  return build;
}

/** The project's seeds built at `/` (default environment) or under SUB_PATH (with SUB_PATH_EPOCH). */
export function seedsBuild(base: '/' | typeof SUB_PATH): Promise<BuildResult> {
  return sharedBuild(base === '/' ? {} : { base, env: { SOURCE_DATE_EPOCH: SUB_PATH_EPOCH } });
}

async function buildOnce(key: string, options: BuildOptions): Promise<BuildResult> {
  const shared = join(root, 'test/.tmp/shared');
  const dir = join(shared, key);
  const resultFile = join(dir, 'result.json');
  mkdirSync(shared, { recursive: true });
  let owner: boolean;
  try {
    mkdirSync(dir); // atomic: the one file that creates the folder builds, the others wait for result.json
    owner = true;
  } catch {
    owner = false;
  }
  if (owner) {
    let done: Parameters<typeof buildResult>[0];
    try {
      const built = await buildArchive(`shared-${key}`, options);
      done = { status: built.status, output: built.output, outDir: built.outDir, contentDir: built.contentDir };
    } catch (error) {
      done = { status: 1, output: `the shared build failed to start: ${String(error)}`, outDir: '', contentDir: '' };
    }
    writeFileSync(`${resultFile}.part`, JSON.stringify(done));
    renameSync(`${resultFile}.part`, resultFile);
    return buildResult(done);
  }
  const until = Date.now() + WAIT_MS;
  while (!existsSync(resultFile)) {
    if (Date.now() > until)
      throw new Error(`waited ${WAIT_MS / 1000} s for the shared build in ${dir}; did its test file crash? Run again.`);
    await sleep(250);
  }
  return buildResult(JSON.parse(readFileSync(resultFile, 'utf8')));
}
