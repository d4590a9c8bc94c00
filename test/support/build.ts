import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { root } from './seeds.ts';
import { tempDir } from './temp.ts';
import { buildEnv } from './env.ts';

export interface BuildOptions {
  /** A fixture folder under test/fixtures with `seeds/` and `content/`; default: the project's own. */
  fixture?: string;
  /** The site's base path, e.g. `/letopis/`. */
  base?: string;
  /** Extra environment. */
  env?: Record<string, string>;
  /** Keep Astro's log of every page (e.g. which were reused from the incremental cache). */
  verbose?: boolean;
}

export interface BuildResult {
  status: number;
  output: string;
  outDir: string;
  /** The copy of `content/` the build read (and wrote its lock to). */
  contentDir: string;
  read: (path: string) => string;
  exists: (path: string) => boolean;
  page: (path: string) => Document;
}

const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * Runs a real `astro build` into a temporary folder. The content folder is copied first, so the
 * build's lock file writes never touch the project's own `content/`.
 */
export function buildArchive(name: string, options: BuildOptions = {}): BuildResult {
  const work = tempDir(`${name}-`);
  const source = options.fixture ? join(root, 'test/fixtures', options.fixture) : root;
  // A test may name its own content and output folders (LETOPIS_CONTENT, LETOPIS_OUT_DIR in `env`).
  const contentDir = options.env?.LETOPIS_CONTENT ?? join(work, 'content');
  const contentSource = join(source, 'content');
  if (!options.env?.LETOPIS_CONTENT) {
    if (existsSync(contentSource)) cpSync(contentSource, contentDir, { recursive: true });
    else mkdirSync(contentDir, { recursive: true });
  }
  const outDir = options.env?.LETOPIS_OUT_DIR ?? join(work, 'dist');
  const result = spawnSync(process.execPath, [astroBin, 'build', ...(options.verbose ? [] : ['--silent'])], {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv({
      LETOPIS_SEEDS: join(source, 'seeds'),
      LETOPIS_CONTENT: contentDir,
      LETOPIS_OUT_DIR: outDir,
      LETOPIS_CACHE_DIR: join(work, 'cache'),
      LETOPIS_BASE: options.base ?? '/',
      // The test builds' public address (the project's own archive.yaml has none yet); a test may give its own, or '' for the identity's.
      LETOPIS_SITE: 'https://letopis.example.org',
      ...options.env,
    }),
  });
  return buildResult({ status: result.status ?? 1, output: `${result.stdout}${result.stderr}`, outDir, contentDir });
}

/** The readers of a finished build (also used for a shared build another test file ran, see shared-build.ts). */
export function buildResult(done: Pick<BuildResult, 'status' | 'output' | 'outDir' | 'contentDir'>): BuildResult {
  const file = (path: string) => join(done.outDir, path.replace(/^\//u, ''), path.endsWith('/') ? 'index.html' : '');
  return {
    ...done,
    read: (path) => readFileSync(file(path), 'utf8'),
    exists: (path) => existsSync(file(path)),
    page: (path) => parseHTML(readFileSync(file(path), 'utf8')).document as unknown as Document,
  };
}
