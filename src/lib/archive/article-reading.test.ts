import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archivePaths } from '../inputs/paths.ts';
import { articleReader, readForArticle } from './article-reading.ts';
import { readArchive } from './read-archive.ts';
import { cacheEntries, rewriteCache } from '../../../test/support/keyed-cache.ts';

const root = join(import.meta.dirname, '../../..');
const paths = archivePaths(root, {});
const work = mkdtempSync(join(tmpdir(), 'letopis-reading-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Reading = { paragraphs: Array<{ text: string }> };
const capture = new TextEncoder().encode('Заголовок новости\n\nПервый абзац статьи о заседании совета.\n');

describe('the reading cache (performance)', () => {
  it('gives exactly the archive an uncached read gives, cold and warm, key order included', async () => {
    const file = join(work, 'readings');
    const plain = await readArchive(paths);
    const cold = await readArchive(paths, { readingCache: file });
    const warm = await readArchive(paths, { readingCache: file });
    if (!plain.ok || !cold.ok || !warm.ok) throw new Error("the project's archive does not read");
    expect(Object.keys(cacheEntries(file))).toHaveLength(plain.archive.articles.length);
    expect(cold).toStrictEqual(plain);
    expect(warm).toStrictEqual(plain);
    expect(JSON.stringify(warm.archive.articles)).toBe(JSON.stringify(plain.archive.articles));
  });

  it('gives a kept reading back (a planted one shows) until the bytes change', () => {
    const file = join(work, 'planted');
    const first = articleReader(file);
    expect(first.read(capture, 'text', {})).toStrictEqual(readForArticle(capture, 'text', {}));
    first.save();
    rewriteCache(file, (entries) => {
      for (const entry of Object.values(entries)) (entry as Reading).paragraphs[0]!.text = 'посажено';
    });
    expect(articleReader(file).read(capture, 'text', {}).paragraphs[0]!.text).toBe('посажено');
    // Other bytes, or the same bytes with other hints, are read again.
    const edited = new TextEncoder().encode(
      'Заголовок новости\n\nПервый абзац статьи о заседании совета, исправлено.\n',
    );
    expect(articleReader(file).read(edited, 'text', {}).paragraphs[0]!.text).toContain('исправлено');
    expect(articleReader(file).read(capture, 'text', { url: 'https://example.org/a' }).paragraphs[0]!.text).not.toBe(
      'посажено',
    );
  });

  it('reads again past a broken, foreign or damaged file, and never stops for it', () => {
    const file = join(work, 'broken');
    const plain = readForArticle(capture, 'text', {});
    for (const text of ['{ not json', '{"format":"other","entries":{}}']) {
      const reader = articleReader(file);
      reader.read(capture, 'text', {});
      reader.save();
      rewriteCache(file, () => text);
      expect(articleReader(file).read(capture, 'text', {})).toStrictEqual(plain);
    }
    const reader = articleReader(file);
    reader.read(capture, 'text', {});
    reader.save();
    rewriteCache(file, (entries) => {
      for (const key of Object.keys(entries)) entries[key] = { paragraphs: 'none' };
    });
    expect(articleReader(file).read(capture, 'text', {})).toStrictEqual(plain);
  });
});
