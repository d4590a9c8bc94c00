/**
 * Inputs far beyond the seeds: a 5 MB capture and an article of 2,000 paragraphs build, every paragraph
 * gets its anchor, and the time and peak memory are printed. Memory is bounded; time is not asserted (it
 * depends on the machine's load: this failed at 80 s on a busy 2-core machine); `npm run bench:hot-paths`
 * times the library's steps on inputs of the same size, to catch a quadratic one.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../support/env.ts';
import { largeCapture, manyParagraphs, writeSeeds } from '../support/large-captures.ts';
import { root } from '../support/seeds.ts';
import { tempDir } from '../support/temp.ts';

const MB = 1024 * 1024;

describe('large captures', () => {
  // Its own time limit: a build of 5 MB takes minutes when the machine is busy with other files' builds.
  it('build: a 5 MB capture and an article of 2,000 paragraphs, within 3 GB', { timeout: 300_000 }, () => {
    const work = tempDir('large-');
    const seeds = writeSeeds(work, [largeCapture(5 * MB), manyParagraphs(2000)]);
    const outDir = join(work, 'dist');
    const run = spawnSync(process.execPath, [join(root, 'test/support/measured-build.mjs'), root], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * MB,
      env: buildEnv({
        LETOPIS_SEEDS: seeds,
        LETOPIS_CONTENT: join(work, 'content'),
        LETOPIS_OUT_DIR: outDir,
        LETOPIS_CACHE_DIR: join(work, 'cache'),
        LETOPIS_BASE: '/',
      }),
    });
    expect(run.status, run.stderr).toBe(0);
    const usage = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { ms: number; cpuMs: number; maxRssMB: number };

    const paths = Object.values(
      JSON.parse(readFileSync(join(work, 'content/permalinks.json'), 'utf8')).articles as Record<string, string>,
    );
    expect(paths).toHaveLength(2);
    const pages = paths.map((path) => join(outDir, path, 'index.html'));
    const ids = pages.map((file) =>
      [...readFileSync(file, 'utf8').matchAll(/ id="p-(\d+)"/gu)].map((m) => Number(m[1])),
    );
    const many = ids.find((list) => list.length === 2000);
    expect(many, `paragraph counts: ${ids.map((l) => l.length).join(', ')}`).toEqual(
      Array.from({ length: 2000 }, (_, i) => i + 1),
    );
    const big = pages[ids.findIndex((list) => list !== many)]!;
    const lastParagraph = largeCapture(5 * MB)
      .trimEnd()
      .split('\n')
      .at(-1)!;
    const body = parseHTML(readFileSync(big, 'utf8')).document.querySelector('.article-body')!.textContent!;
    expect(body).toContain(lastParagraph);

    console.log(
      `large captures: built in ${(usage.ms / 1000).toFixed(1)} s (CPU ${(usage.cpuMs / 1000).toFixed(1)} s), peak RSS ${usage.maxRssMB} MB; ` +
        `pages ${pages.map((p) => `${(statSync(p).size / MB).toFixed(1)} MB`).join(' + ')}`,
    );
    expect(usage.maxRssMB).toBeLessThan(3072);
  });
});
