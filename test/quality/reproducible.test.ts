/**
 * Two clean builds of the same source give byte-identical archives, even with another clock, time
 * zone, locale and folder; and a build reads its input without writing to it. The source is the
 * project's seeds plus test/fixtures/collation: Latin and Cyrillic titles on one day, in one month and
 * undated ("Zeta …", "Яковлев …", "alpha …", "Борис …", "Ёлка …", "елка …"), whose order a machine's
 * LANG would change (C puts Latin first, ru_RU Cyrillic) if any sort followed it.
 */
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDate } from '../../src/lib/build-info.ts';
import { compareText } from '../../src/lib/collate.ts';
import { buildArchive, type BuildResult } from '../support/build.ts';
import { root } from '../support/seeds.ts';
import { hashTree, listFiles, snapshotTree } from '../support/tree.ts';
import { copyProjectInput } from '../support/temp.ts';
import type { AnchorRecord } from '../../src/lib/permalinks/anchors.ts';
import type { PermalinkLock } from '../../src/lib/permalinks/lock.ts';
import { lockFileTexts } from '../../src/lib/permanence/lock-files.ts';

const collation = join(root, 'test/fixtures/collation');

/** A private copy of the project's seeds and content (registry, sidecars, lock) for one build, with the collation fixture's articles added. */
function copyOfInput(name: string) {
  const input = copyProjectInput(`${name}-input-`);
  for (const file of readdirSync(join(collation, 'seeds')).filter((f) => f.endsWith('.txt')))
    cpSync(join(collation, 'seeds', file), join(input.seeds, file));
  appendFileSync(join(input.seeds, 'SHA256SUMS'), readFileSync(join(collation, 'seeds/SHA256SUMS')));
  cpSync(join(collation, 'content/articles'), join(input.content, 'articles'), { recursive: true });
  // Their paths are locked, as if published before: a build has nothing to add to the lock.
  const lockFile = join(input.content, 'permalinks.json');
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { articles: Record<string, string> };
  const fixtureLock = JSON.parse(readFileSync(join(collation, 'content/permalinks.json'), 'utf8')) as {
    articles: Record<string, string>;
  };
  const merged = {
    ...lock,
    articles: Object.fromEntries(
      Object.entries({ ...lock.articles, ...fixtureLock.articles }).sort(([a], [b]) => compareText()(a, b)),
    ),
  };
  // Written as a build writes them, digests included (content/permalinks.sha256), so the edit is not taken for a hand edit.
  const anchors = JSON.parse(readFileSync(join(input.content, 'anchors.json'), 'utf8')) as AnchorRecord;
  for (const [file, text] of Object.entries(lockFileTexts(merged as PermalinkLock, anchors)))
    writeFileSync(join(input.content, file), text);
  return input;
}

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

  beforeAll(async () => {
    const firstInput = copyOfInput('repro-a');
    first = await buildArchive('repro-a', {
      env: {
        LETOPIS_SEEDS: firstInput.seeds,
        LETOPIS_CONTENT: firstInput.content,
        SOURCE_DATE_EPOCH: '',
        TZ: 'UTC',
        LANG: 'C.UTF-8',
        LC_ALL: 'C.UTF-8',
      },
    });
    if (first.status !== 0) throw new Error(first.output);

    // The second copy starts where the first build left its input: the fixture's paragraph digests and
    // year pages recorded in the lock files, so a build of it has nothing left to record.
    input = copyOfInput('repro-b');
    cpSync(firstInput.content, input.content, { recursive: true });
    before = { ...snapshotTree(input.seeds), ...snapshotTree(input.content) };
    // The second build runs 400 days later by its clock, on the other side of the date line, in
    // another locale, with the build date given as SOURCE_DATE_EPOCH instead of read from git.
    second = await buildArchive('repro-b', {
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
      .map(
        (file) =>
          `${file} ${firstDifference(readFileSync(join(first.outDir, file)), readFileSync(join(second.outDir, file)))}`,
      );
    expect(explained, `${differing.length} of ${Object.keys(a).length} files differ`).toEqual([]);
    // The fixture's articles are in it, in the archive's order (en collation: Latin before Cyrillic on one day).
    const timeline = readFileSync(join(first.outDir, 'timeline/index.html'), 'utf8');
    const at = (title: string) => timeline.lastIndexOf(title); // the list, after the chart
    for (const title of [
      'Zeta Technologies',
      'Яковлев рассказал',
      'alpha-версия портала',
      'Борис Титов',
      'Ёлка в Парке',
      'Elka conference',
      'елка и ёлка',
    ])
      expect(at(title), title).toBeGreaterThan(0);
    expect(at('alpha-версия портала')).toBeLessThan(at('Zeta Technologies'));
    expect(at('Zeta Technologies')).toBeLessThan(at('Борис Титов'));
    expect(at('Борис Титов')).toBeLessThan(at('Яковлев рассказал'));
    expect(at('Elka conference')).toBeLessThan(at('елка и ёлка'));
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
