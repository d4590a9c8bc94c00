import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archivePaths } from '../inputs/paths.ts';
import { readArchive } from './read-archive.ts';

const paths = archivePaths(join(import.meta.dirname, '../../..'), {});
const work = mkdtempSync(join(tmpdir(), 'letopis-enrichment-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the enrichment cache (performance)', () => {
  it('gives exactly the archive an uncached read gives, cold and warm', async () => {
    const file = join(work, 'cache.json');
    const plain = await readArchive(paths);
    const cold = await readArchive(paths, { enrichmentCache: file });
    expect(existsSync(file)).toBe(true);
    const warm = await readArchive(paths, { enrichmentCache: file });
    expect(plain.ok).toBe(true);
    expect(cold).toStrictEqual(plain);
    expect(warm).toStrictEqual(plain);
  });

  it('reuses a kept result (a planted one shows), and ignores a foreign or broken file', async () => {
    const file = join(work, 'planted.json');
    await readArchive(paths, { enrichmentCache: file });
    const cache = JSON.parse(readFileSync(file, 'utf8')) as {
      entries: Record<string, { enrichment: { topics: unknown[] } }>;
    };
    for (const entry of Object.values(cache.entries)) entry.enrichment.topics = [];
    writeFileSync(file, JSON.stringify(cache));
    const planted = await readArchive(paths, { enrichmentCache: file });
    expect(planted.ok && planted.archive.articles.every((a) => a.topics.length === 0)).toBe(true);

    writeFileSync(file, '{ not json');
    const plain = await readArchive(paths);
    expect(await readArchive(paths, { enrichmentCache: file })).toStrictEqual(plain);
  });
});
