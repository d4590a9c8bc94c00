/**
 * `npm run build` (scripts/build.mjs) replaces dist/ only with a finished build: a build that fails or
 * is killed half-way leaves the previous archive exactly as it was.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEnv } from '../support/env.ts';
import { root } from '../support/seeds.ts';
import { snapshotTree } from '../support/tree.ts';
import { tempDir } from '../support/temp.ts';

const script = join(root, 'scripts/build.mjs');
let work: string;
let dist: string;

/** A fixture's seeds and a private copy of its content (the build may add to its lock). */
function input(fixture: string) {
  const content = join(work, `${fixture}-content`);
  const source = join(root, 'test/fixtures', fixture, 'content');
  if (existsSync(source)) cpSync(source, content, { recursive: true });
  else mkdirSync(content, { recursive: true });
  return { LETOPIS_SEEDS: join(root, 'test/fixtures', fixture, 'seeds'), LETOPIS_CONTENT: content };
}

function env(fixture: string) {
  return buildEnv({
    ...input(fixture),
    LETOPIS_OUT_DIR: dist,
    LETOPIS_CACHE_DIR: join(work, `cache-${fixture}`),
    LETOPIS_BASE: '/',
  });
}

const npmRunBuild = (fixture: string) =>
  spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', env: env(fixture) });

/** What sits next to dist/ besides it: a temporary build folder left behind would show here. */
const siblings = () =>
  readdirSync(work).filter((name) => name !== 'dist' && !name.endsWith('-content') && !name.startsWith('cache-'));

beforeEach(() => {
  work = tempDir('swap-');
  dist = join(work, 'dist');
  mkdirSync(join(dist, 'articles/old'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>previous build</title>');
  writeFileSync(
    join(dist, 'articles/old/index.html'),
    '<!doctype html><title>an article of the previous build</title>',
  );
});

describe('npm run build', () => {
  it('leaves the previous dist/ untouched when the input has problems', () => {
    const before = snapshotTree(dist);
    const result = npmRunBuild('bad-input');
    expect(result.status).not.toBe(0);
    // Every problem is listed with its file (and line) and its fix, and no stack trace.
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toMatch(/found 8 problems/u);
    for (const file of [
      '001_empty.txt',
      '002_whitespace.txt',
      '003_binary.txt',
      '005_duplicate.txt',
      '006_bad-date.yaml:3',
      '007_unknown-key.yaml:2',
      '008_missing-field.yaml',
      '009_orphan.yaml',
    ])
      expect(output).toContain(file);
    expect(output).toContain('→ ');
    expect(output).not.toMatch(/Stack trace|    at /u);
    expect(snapshotTree(dist)).toEqual(before);
    expect(siblings()).toEqual([]);
  });

  it('leaves the previous dist/ untouched when the build is killed half-way; the next build cleans up and replaces dist/ as a whole', async () => {
    const before = snapshotTree(dist);
    const child = spawn(process.execPath, [script], { cwd: root, env: env('unsafe'), detached: true, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const building = join(work, `.dist.building-${child.pid}`);
    // Kill the build (script and astro alike, as a power cut or the OOM killer would) once it is writing pages.
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (existsSync(join(building, '_astro')) || existsSync(join(building, 'index.html'))) {
          clearInterval(poll);
          process.kill(-child.pid!, 'SIGKILL');
          resolve();
        } else if (Date.now() - started > 60_000 || child.exitCode !== null) {
          clearInterval(poll);
          reject(new Error('the build finished or stalled before it could be interrupted'));
        }
      }, 5);
    });
    await exited;
    expect(snapshotTree(dist)).toEqual(before);

    // The next build finishes and replaces dist/ as a whole: nothing of the previous build is left.
    const next = npmRunBuild('unsafe');
    expect(next.status, next.stderr).toBe(0);
    expect(existsSync(join(dist, 'articles/old/index.html'))).toBe(false);
    expect(snapshotTree(dist)['index.html']).toBeDefined();
    expect(readdirSync(join(dist, 'articles')).length).toBeGreaterThan(0);
    expect(siblings()).toEqual([]);
  });
});
