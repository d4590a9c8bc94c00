import { fork, spawn, type ChildProcess } from 'node:child_process';
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
const serverScript = join(root, 'test/support/build-server.mjs');

/**
 * Variables a Node process reads only when it starts (the time zone, the locale, Node's own options): a build
 * whose environment sets one of them runs as its own `astro build` process, not in the build server.
 */
const PROCESS_ENV = /^(?:NODE_OPTIONS|TZ|LANG|LANGUAGE|LC_\w+)$/u;
/**
 * Builds a build server runs before it is replaced by a fresh one: it keeps some of every build's memory
 * (about 1.5 GB after 15 builds of the seeds), and two workers each with a server share the machine's memory.
 */
const BUILDS_PER_SERVER = 12;

/** How a build ended: its exit status and everything it printed. */
interface Outcome {
  status: number;
  output: string;
}

let server: { process: ChildProcess; builds: number } | undefined;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 0;

/** This worker's build server (build-server.mjs), started on first use and replaced after BUILDS_PER_SERVER builds. */
function buildServer(): ChildProcess {
  if (server && server.builds >= BUILDS_PER_SERVER) {
    server.process.disconnect();
    server = undefined;
  }
  if (!server) {
    const child = fork(serverScript, [], {
      cwd: root,
      env: buildEnv(),
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    // Idle, the server does not keep the worker alive; it exits when the worker does ('disconnect').
    child.unref();
    child.channel?.unref();
    server = { process: child, builds: 0 };
  }
  server.builds++;
  return server.process;
}

/** One build in the build server; builds of one worker run one after another. */
function serverBuild(env: Record<string, string | undefined>, verbose: boolean): Promise<Outcome> {
  const run = queue.then(
    () =>
      new Promise<Outcome>((resolve, reject) => {
        const child = buildServer();
        const id = nextId++;
        const onMessage = (reply: Outcome & { id: number }) => {
          if (reply.id !== id) return;
          done();
          resolve(reply);
        };
        const onExit = (code: number | null) => {
          done();
          server = undefined;
          reject(new Error(`the build server exited (${code}) during a build`));
        };
        const done = () => {
          child.off('message', onMessage).off('exit', onExit);
          child.channel?.unref();
        };
        child.channel?.ref();
        child.on('message', onMessage).on('exit', onExit);
        child.send({ id, env, verbose });
      }),
  );
  queue = run.catch(() => undefined);
  return run;
}

/** One build as its own `astro build` process, for an environment the build server cannot take on (PROCESS_ENV). */
function processBuild(env: Record<string, string | undefined>, verbose: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astroBin, 'build', ...(verbose ? [] : ['--silent'])], { cwd: root, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

/**
 * Runs a real `astro build` into a temporary folder: in this worker's build server (build-server.mjs), or as its
 * own process when its environment needs one (PROCESS_ENV). The content folder is copied first, so the build's
 * lock file writes never touch the project's own `content/`.
 */
export async function buildArchive(name: string, options: BuildOptions = {}): Promise<BuildResult> {
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
  const env = buildEnv({
    LETOPIS_SEEDS: join(source, 'seeds'),
    LETOPIS_CONTENT: contentDir,
    LETOPIS_OUT_DIR: outDir,
    LETOPIS_CACHE_DIR: join(work, 'cache'),
    LETOPIS_BASE: options.base ?? '/',
    // The test builds' public address (the project's own archive.yaml has none yet); a test may give its own, or '' for the identity's.
    LETOPIS_SITE: 'https://letopis.example.org',
    // A build server's process outlives its builds; Astro's usage reports would only queue up in it.
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  });
  const inProcess = !Object.keys(options.env ?? {}).some((key) => PROCESS_ENV.test(key));
  const verbose = options.verbose ?? false;
  const { status, output } = await (inProcess ? serverBuild(env, verbose) : processBuild(env, verbose));
  return buildResult({ status, output, outDir, contentDir });
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
