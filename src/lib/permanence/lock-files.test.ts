import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { archivePaths } from '../inputs/paths.ts';
import { emptyLock } from '../permalinks/lock.ts';
import { readLockFiles, writeFailure, writeLockFiles } from './lock-files.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const git = (...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' });
const lock = { ...emptyLock(), articles: { a: '/articles/2019/a/' }, pages: { '/articles/2019/': '/articles/2019/' } };

describe('the permanence files on disk', () => {
  it('writes the lock, the anchor record and their digests, and reads them back without problems', () => {
    dir = mkdtempSync(join(tmpdir(), 'lock-files-'));
    mkdirSync(join(dir, 'content'));
    const paths = archivePaths(dir, {});
    expect(writeLockFiles(paths, lock, { a: { sha256: 'f'.repeat(64), paragraphs: ['0123abcd'] } })).toEqual([
      'content/permalinks.json',
      'content/anchors.json',
      'content/permalinks.sha256',
    ]);
    expect(writeLockFiles(paths, lock, { a: { sha256: 'f'.repeat(64), paragraphs: ['0123abcd'] } })).toEqual([]);
    const read = readLockFiles(paths);
    expect(read.problems).toEqual([]);
    expect(read.lock).toEqual(lock);
    expect(spawnSync('sha256sum', ['-c', 'permalinks.sha256'], { cwd: join(dir, 'content') }).status).toBe(0);
  });

  it('inside git, notices a committed path dropped from the lock even when the digest file is gone too', () => {
    dir = mkdtempSync(join(tmpdir(), 'lock-git-'));
    mkdirSync(join(dir, 'content'));
    const paths = archivePaths(dir, {});
    writeLockFiles(paths, lock, {});
    expect(git('init', '-q').status).toBe(0);
    expect(git('add', '-A').status).toBe(0);
    expect(git('commit', '-qm', 'lock').status).toBe(0);
    expect(readLockFiles(paths, { git: true }).problems).toEqual([]);
    writeFileSync(
      paths.lockFile,
      readFileSync(paths.lockFile, 'utf8').replace('"a": "/articles/2019/a/"', '"b": "/articles/2019/a/"'),
    );
    rmSync(join(dir, 'content/permalinks.sha256'));
    const problems = readLockFiles(paths, { git: true }).problems;
    expect(problems.map((p) => p.message)).toEqual([
      'articles "a" (published at /articles/2019/a/, as the lock committed in HEAD says) is no longer in the lock',
    ]);
    expect(problems[0]!.fix).toContain('git checkout HEAD -- content/permalinks.json');
    // Outside git (or when asked not to), the digest is the only guard.
    expect(readLockFiles(paths).problems).toEqual([]);
  });

  it('writes content/provisional.json once a provisional page was published, under the same digests', () => {
    dir = mkdtempSync(join(tmpdir(), 'lock-provisional-'));
    mkdirSync(join(dir, 'content'));
    const paths = archivePaths(dir, {});
    // An archive that never published a provisional page has no record file.
    writeLockFiles(paths, lock, {});
    expect(existsSync(join(dir, 'content/provisional.json'))).toBe(false);
    const record = {
      'people/ivan-petrov': {
        type: 'person' as const,
        key: 'vn ptrv',
        names: { ru: 'Иван Петров' },
        status: 'live' as const,
      },
    };
    expect(writeLockFiles(paths, lock, {}, record)).toEqual(['content/provisional.json', 'content/permalinks.sha256']);
    const read = readLockFiles(paths);
    expect(read.problems).toEqual([]);
    expect(read.provisional).toEqual(record);
    expect(spawnSync('sha256sum', ['-c', 'permalinks.sha256'], { cwd: join(dir, 'content') }).status).toBe(0);
    // A hand edit (a provisional path turned into one the build may retire by itself) is noticed.
    writeFileSync(join(dir, 'content/provisional.json'), '{}\n');
    expect(readLockFiles(paths).problems.map((p) => p.file)).toEqual(['content/provisional.json']);
    // Once written, the file stays, even when its last entry was accepted into the registry.
    rmSync(join(dir, 'content/permalinks.sha256'));
    writeLockFiles(paths, lock, {}, {});
    expect(readFileSync(join(dir, 'content/provisional.json'), 'utf8')).toBe('{}\n');
  });

  it('says why a write failed: read-only folder, full disk', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(writeFailure('content/permalinks.json', error('EROFS')).message).toMatch(
      /^content\/permalinks\.json cannot be written \(EROFS: .*Make it writable/u,
    );
    expect(writeFailure('content/permalinks.json', error('ENOSPC')).message).toMatch(
      /^the disk is full at content\/permalinks\.json \(ENOSPC\)\. Free some space/u,
    );
  });
});
