import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { archivePaths } from '../inputs/paths.ts';
import { readPermanenceFiles } from './files.ts';

describe('readPermanenceFiles', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const redirect = (from: string) => `- from: ${from}\n  to: /cite/\n`;

  it('reads the files as they are at each call: a change within one process is seen', () => {
    dir = mkdtempSync(join(tmpdir(), 'permanence-'));
    const paths = archivePaths(dir, {});
    mkdirSync(paths.contentDir, { recursive: true });
    const file = join(paths.contentDir, 'redirects.yaml');

    expect(readPermanenceFiles(paths)).toMatchObject({
      redirects: [],
      withdrawals: [],
      renumberings: [],
      problems: [],
    });
    // Same length, other path: a reading keyed by size or a coarse time would miss it.
    writeFileSync(file, redirect('/old/aaa/'));
    expect(readPermanenceFiles(paths).redirects).toEqual([{ from: '/old/aaa/', to: '/cite/', line: 1 }]);
    writeFileSync(file, redirect('/old/bbb/'));
    expect(readPermanenceFiles(paths).redirects.map((r) => r.from)).toEqual(['/old/bbb/']);

    // An empty file is a file: no entries, as when it is missing, and no problem.
    writeFileSync(file, '');
    expect(readPermanenceFiles(paths)).toMatchObject({ redirects: [], problems: [] });
  });

  it('keeps the valid entries beside the problems, each naming its file and line', () => {
    dir = mkdtempSync(join(tmpdir(), 'permanence-'));
    const paths = archivePaths(dir, {});
    mkdirSync(paths.contentDir, { recursive: true });
    writeFileSync(
      join(paths.contentDir, 'redirects.yaml'),
      `${redirect('/old/aaa/')}- from: not-a-path\n  to: /cite/\n`,
    );
    writeFileSync(join(paths.contentDir, 'withdrawn.yaml'), 'id: [unclosed\n');

    const read = readPermanenceFiles(paths);
    expect(read.redirects.map((r) => r.from)).toEqual(['/old/aaa/']);
    expect(read.problems.map((p) => [p.file, p.line])).toEqual([
      ['content/redirects.yaml', 3],
      ['content/withdrawn.yaml', 2],
    ]);
    expect(read.problems.every((p) => p.fix !== '')).toBe(true);
  });
});
