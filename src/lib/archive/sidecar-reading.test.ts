import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archivePaths } from '../inputs/paths.ts';
import { readArchive } from './read-archive.ts';
import { readMetadata } from './read-metadata.ts';
import { sidecarReader } from './sidecar-reading.ts';
import { cacheEntries } from '../../../test/support/keyed-cache.ts';

const root = join(import.meta.dirname, '../../..');
const paths = archivePaths(root, {});
const work = mkdtempSync(join(tmpdir(), 'letopis-sidecar-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sidecar = 'outlet: Российская газета\nauthor: Иван Петров\nurl: https://rg.ru/2019/03/01/a.html\n';

describe('the sidecar cache (performance)', () => {
  it('gives exactly the archive an uncached read gives, cold and warm', async () => {
    const file = join(work, 'sidecars');
    const plain = await readArchive(paths);
    const cold = await readArchive(paths, { sidecarCache: file });
    const warm = await readArchive(paths, { sidecarCache: file });
    if (!plain.ok || !cold.ok || !warm.ok) throw new Error("the project's archive does not read");
    expect(cold).toStrictEqual(plain);
    expect(warm).toStrictEqual(plain);
    expect(JSON.stringify(warm.archive.articles)).toBe(JSON.stringify(plain.archive.articles));
  });

  it('keeps the metadata of a sidecar that reads, and reads one with a problem again each time', () => {
    const file = join(work, 'kept');
    const first = sidecarReader(file);
    expect(first.read('a.yaml', sidecar)).toStrictEqual(readMetadata('a.yaml', sidecar));
    expect(readMetadata('a.yaml', sidecar).problems).toEqual([]);
    const wrong = 'outlet: x\ncolour: red\n';
    expect(first.read('b.yaml', wrong).problems).toHaveLength(1);
    first.save();
    expect(Object.keys(cacheEntries(file))).toHaveLength(1);
    const again = sidecarReader(file);
    expect(again.read('a.yaml', sidecar)).toStrictEqual(readMetadata('a.yaml', sidecar));
    expect(again.read('b.yaml', wrong)).toStrictEqual(readMetadata('b.yaml', wrong));
  });
});
