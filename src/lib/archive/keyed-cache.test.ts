import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cacheEntries } from '../../../test/support/keyed-cache.ts';
import { cacheSegments, openKeyedCache } from './keyed-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'letopis-keyed-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const open = (path: string) =>
  openKeyedCache(path, { format: 'test/1', scope: 'scope', schema: z.object({ n: z.number() }), what: 'A number' });

/** Fills the cache at `path` with entries 0 … count − 1 (keyed by their number) and saves it. */
function fill(path: string, count: number): void {
  const cache = open(path);
  for (let n = 0; n < count; n++) cache.set(cache.key(n), { n });
  cache.save();
}

/** Each segment file's identity (inode and modification time): a file written again is a new inode. */
const identities = (path: string) =>
  new Map(cacheSegments(path).map((file) => [file, `${statSync(file).ino}:${statSync(file).mtimeMs}`]));

describe('the keyed cache (performance)', () => {
  it('gives back what a previous build kept, and keeps only what this build used', () => {
    const path = join(work, 'kept');
    fill(path, 500);
    const again = open(path);
    expect(again.get(again.key(7))).toStrictEqual({ n: 7 });
    expect(again.get(again.key(500))).toBeUndefined();
    again.save();
    expect(Object.values(cacheEntries(path))).toStrictEqual([{ n: 7 }]);
    expect(cacheSegments(path)).toHaveLength(1);
  });

  it('writes only the segment of a new entry when every other entry is used again', () => {
    const path = join(work, 'one-new');
    fill(path, 2000);
    expect(cacheSegments(path).length).toBeGreaterThan(200);
    const before = identities(path);
    const cache = open(path);
    for (let n = 0; n < 2000; n++) expect(cache.get(cache.key(n))).toStrictEqual({ n });
    const added = cache.key(2000);
    cache.set(added, { n: 2000 });
    cache.save();
    const after = identities(path);
    const rewritten = [...after].filter(([file, id]) => before.get(file) !== id).map(([file]) => file);
    expect(rewritten).toStrictEqual([join(path, `${added.slice(0, 2)}.json`)]);
    expect(Object.keys(cacheEntries(path))).toHaveLength(2001);
  });

  it('is an empty cache past a broken or foreign segment, and removes the single file of the earlier layout', () => {
    const path = join(work, 'broken');
    fill(path, 50);
    for (const file of cacheSegments(path)) writeFileSync(file, '{ not json');
    writeFileSync(`${path}.json`, JSON.stringify({ format: 'test/1', entries: {} }));
    const cache = open(path);
    expect(cache.get(cache.key(3))).toBeUndefined();
    cache.set(cache.key(3), { n: 3 });
    cache.save();
    expect(existsSync(`${path}.json`)).toBe(false);
    const segment = join(path, `${cache.key(3).slice(0, 2)}.json`);
    expect(JSON.parse(readFileSync(segment, 'utf8'))).toStrictEqual({
      format: 'test/1',
      entries: { [cache.key(3)]: { n: 3 } },
    });
    expect(open(path).get(cache.key(3))).toStrictEqual({ n: 3 });
  });
});
