import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { archivePaths } from '../inputs/paths.ts';
import { readPermanence } from './files.ts';

describe('readPermanence', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const redirect = (from: string) => `- from: ${from}\n  to: /cite/\n`;

  it('reads the files again when they change within one process, and gives the same answer while they do not', () => {
    dir = mkdtempSync(join(tmpdir(), 'permanence-'));
    const paths = archivePaths(dir, {});
    mkdirSync(paths.contentDir, { recursive: true });
    const file = join(paths.contentDir, 'redirects.yaml');

    expect(readPermanence(paths).redirects).toEqual([]);
    // Same length, other path: a reading keyed by size or a coarse time would miss it.
    writeFileSync(file, redirect('/old/aaa/'));
    expect(readPermanence(paths).redirects.map((r) => r.from)).toEqual(['/old/aaa/']);
    writeFileSync(file, redirect('/old/bbb/'));
    const first = readPermanence(paths);
    expect(first.redirects.map((r) => r.from)).toEqual(['/old/bbb/']);
    expect(readPermanence(paths)).toEqual(first);

    // An empty file is a file: no entries, as when it is missing, and no problem.
    writeFileSync(file, '');
    expect(readPermanence(paths).redirects).toEqual([]);
    rmSync(file);
    expect(readPermanence(paths).problems).toEqual([]);

    // A capture added to seeds/ is seen at once.
    mkdirSync(paths.seedsDir, { recursive: true });
    const before = readPermanence(paths).captureFiles;
    writeFileSync(join(paths.seedsDir, '000_0123456789abcdef.txt'), 'Title\n\nText.\n');
    expect(readPermanence(paths).captureFiles).toEqual([...before, '000_0123456789abcdef.txt']);
  });
});
