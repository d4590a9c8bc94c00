import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { archiveVersion, buildDate, buildDay, BuildInfoError, FALLBACK_BUILD_DATE } from './build-info.ts';

const root = new URL('../../', import.meta.url).pathname;
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const noGit = () => mkdtempSync(join(tmpdir(), 'letopis-nogit-'));
const lastCommit = () =>
  execFileSync('git', ['log', '-1', '--format=%ct %h'], { cwd: root, encoding: 'utf8' }).trim().split(' ');

describe('buildDate', () => {
  it('is SOURCE_DATE_EPOCH when it is set', () => {
    expect(buildDate({ env: { SOURCE_DATE_EPOCH: '1571788800' }, cwd: root }).toISOString()).toBe(
      '2019-10-23T00:00:00.000Z',
    );
    expect(buildDate({ env: { SOURCE_DATE_EPOCH: '0' }, cwd: noGit() }).getTime()).toBe(0);
  });

  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds, saying what to do', () => {
    for (const bad of ['2019-10-23', '1.5', '-1', 'now']) {
      expect(() => buildDate({ env: { SOURCE_DATE_EPOCH: bad }, cwd: root })).toThrow(BuildInfoError);
    }
  });

  it('is the last commit’s date in a git work tree', () => {
    const [seconds] = lastCommit();
    expect(buildDate({ env: {}, cwd: root }).getTime()).toBe(Number(seconds) * 1000);
  });

  it('is the fixed fallback without git, whatever the clock says', () => {
    vi.useFakeTimers({ now: new Date('2031-05-05T12:00:00Z') });
    try {
      expect(buildDate({ env: {}, cwd: noGit() }).toISOString()).toBe(FALLBACK_BUILD_DATE.toISOString());
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('buildDay', () => {
  it('is the build date’s day in UTC, whatever the time zone', () => {
    expect(buildDay({ env: { SOURCE_DATE_EPOCH: String(Date.UTC(2019, 9, 23, 23, 30) / 1000) }, cwd: root })).toBe(
      '2019-10-23',
    );
  });
});

describe('archiveVersion', () => {
  it('is the package version and the short commit', () => {
    const [, short] = lastCommit();
    expect(archiveVersion({ cwd: root })).toBe(`${version}+${short}`);
  });

  it('is the package version alone outside git', () => {
    expect(archiveVersion({ cwd: noGit() })).toBe(version);
  });
});
