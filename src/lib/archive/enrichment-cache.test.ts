import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { archivePaths } from '../inputs/paths.ts';
import { readArchive } from './read-archive.ts';
import { cacheEntries, rewriteCache } from '../../../test/support/keyed-cache.ts';

const paths = archivePaths(join(import.meta.dirname, '../../..'), {});
const work = mkdtempSync(join(tmpdir(), 'letopis-enrichment-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the enrichment cache (performance)', () => {
  it('gives exactly the archive an uncached read gives, cold and warm', async () => {
    const file = join(work, 'cache');
    const plain = await readArchive(paths);
    const cold = await readArchive(paths, { enrichmentCache: file });
    expect(existsSync(file)).toBe(true);
    const warm = await readArchive(paths, { enrichmentCache: file });
    expect(plain.ok).toBe(true);
    expect(cold).toStrictEqual(plain);
    expect(warm).toStrictEqual(plain);
    // Byte for byte, keys in the same order: Astro's incremental build compares the stored articles as written.
    if (!cold.ok || !warm.ok) throw new Error("the project's archive does not read");
    expect(JSON.stringify(warm.archive.articles)).toBe(JSON.stringify(cold.archive.articles));
  });

  it('reuses a kept result (a planted one shows), and ignores a foreign or broken file', async () => {
    const file = join(work, 'planted');
    await readArchive(paths, { enrichmentCache: file });
    rewriteCache(file, (entries) => {
      for (const entry of Object.values(entries))
        (entry as { enrichment: { topics: unknown[] } }).enrichment.topics = [];
    });
    const planted = await readArchive(paths, { enrichmentCache: file });
    expect(planted.ok && planted.archive.articles.every((a) => a.topics.length === 0)).toBe(true);

    rewriteCache(file, () => '{ not json');
    const plain = await readArchive(paths);
    expect(await readArchive(paths, { enrichmentCache: file })).toStrictEqual(plain);
  });

  it('computes again an entry that does not match its schema, and reuses the others', async () => {
    const file = join(work, 'damaged');
    const plain = await readArchive(paths);
    await readArchive(paths, { enrichmentCache: file });
    const cleanEntries = cacheEntries(file);
    const cache = { entries: structuredClone(cleanEntries) };
    const keys = Object.keys(cache.entries);
    expect(keys.length).toBeGreaterThanOrEqual(5);
    const [wrongName, wrongEnrichment, noUnmatched, empty, kept] = keys as [string, string, string, string, string];
    type Entry = { enrichment: { topics: unknown[] }; unmatched?: unknown };
    const entry = (key: string) => cache.entries[key] as Entry;
    cache.entries[wrongName] = { ...entry(wrongName), names: [{ type: 'planet', text: 'Марс' }] };
    cache.entries[wrongEnrichment] = { ...entry(wrongEnrichment), enrichment: { mentions: 'none' } };
    delete entry(noUnmatched).unmatched;
    cache.entries[empty] = null;
    entry(kept).enrichment.topics = []; // still matches the schema: reused, so its empty topics show
    rewriteCache(file, (entries) => {
      for (const key of Object.keys(entries)) entries[key] = cache.entries[key];
    });

    const reading = await readArchive(paths, { enrichmentCache: file });
    if (!reading.ok || !plain.ok) throw new Error("the project's archive does not read");
    const changed = reading.archive.articles.filter((a, i) => !isDeepStrictEqual(a, plain.archive.articles[i]));
    expect(changed.map((a) => a.topics)).toStrictEqual([[]]);
    expect(reading.archive.unmatched).toStrictEqual(plain.archive.unmatched);
    // The damaged entries were computed again and written back as a clean read wrote them.
    const saved = cacheEntries(file);
    for (const key of [wrongName, wrongEnrichment, noUnmatched, empty])
      expect(saved[key]).toStrictEqual(cleanEntries[key]);
  });
});
