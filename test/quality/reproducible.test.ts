/**
 * Two clean builds of the same source give byte-identical archives, even with another clock, time
 * zone, locale and folder; and a build reads its input without writing to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDate } from '../../src/lib/build-info.ts';
import { buildArchive, type BuildResult } from '../support/build.ts';
import { root } from '../support/seeds.ts';
import { hashTree, listFiles, snapshotTree } from '../support/tree.ts';
import { copyProjectInput } from '../support/temp.ts';

/** A private copy of the project's seeds and content (registry, sidecars, lock) for one build. */
const copyOfInput = (name: string) => copyProjectInput(`${name}-input-`);

/** Where two files first differ, with a little context, for the failure message. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (x: Buffer) => JSON.stringify(x.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `byte ${i}:\n    ${around(a)}\n    ${around(b)}`;
}

const shiftedClock = join(root, 'test/support/shifted-clock.mjs');
const DAY = 86_400_000;

describe('two clean builds of the same commit', () => {
  let first: BuildResult;
  let second: BuildResult;
  let input: { seeds: string; content: string };
  let before: Record<string, string>;

  beforeAll(() => {
    const firstInput = copyOfInput('repro-a');
    first = buildArchive('repro-a', {
      env: { LETOPIS_SEEDS: firstInput.seeds, LETOPIS_CONTENT: firstInput.content, SOURCE_DATE_EPOCH: '', TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    });
    if (first.status !== 0) throw new Error(first.output);

    input = copyOfInput('repro-b');
    before = { ...snapshotTree(input.seeds), ...snapshotTree(input.content) };
    // The second build runs 400 days later by its clock, on the other side of the date line, in
    // another locale, with the build date given as SOURCE_DATE_EPOCH instead of read from git.
    second = buildArchive('repro-b', {
      env: {
        LETOPIS_SEEDS: input.seeds,
        LETOPIS_CONTENT: input.content,
        SOURCE_DATE_EPOCH: String(buildDate({ env: {}, cwd: root }).getTime() / 1000),
        TZ: 'Pacific/Kiritimati',
        LANG: 'ru_RU.UTF-8',
        LC_ALL: 'ru_RU.UTF-8',
        LETOPIS_TEST_CLOCK_SHIFT_MS: String(400 * DAY + 12_345),
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${shiftedClock}`.trim(),
      },
    });
    if (second.status !== 0) throw new Error(second.output);
  });

  it('produce byte-identical dist/ folders, every file compared', () => {
    const a = hashTree(first.outDir);
    const b = hashTree(second.outDir);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    const differing = Object.keys(a).filter((file) => a[file] !== b[file]);
    const explained = differing
      .slice(0, 5)
      .map((file) => `${file} ${firstDifference(readFileSync(join(first.outDir, file)), readFileSync(join(second.outDir, file)))}`);
    expect(explained, `${differing.length} of ${Object.keys(a).length} files differ`).toEqual([]);
    // The comparison covers the whole archive: pages, assets and the search index alike.
    expect(Object.keys(a).length).toBe(listFiles(first.outDir).length);
    expect(Object.keys(a).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(5);
  });

  it('do not write to seeds/ or content/ (captures, sidecars, registry, lock): same bytes, same mtimes', () => {
    const after = { ...snapshotTree(input.seeds), ...snapshotTree(input.content) };
    expect(after).toEqual(before);
    expect(Object.keys(before).some((f) => f.endsWith('.txt'))).toBe(true);
    expect(Object.keys(before)).toContain('permalinks.json');
  });
});
