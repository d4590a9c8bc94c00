import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp.ts';
import { bundleFiles, PagefindIndexError } from './pagefind.ts';

/** A Pagefind bundle as a build into a kept output folder leaves it: the new files beside the old. */
function bundle(pageCount: number) {
  const outDir = tempDir('bundle-');
  const dir = join(outDir, 'pagefind');
  const files: Record<string, Uint8Array | string> = {
    'pagefind-entry.json': JSON.stringify({
      version: '1.6.0',
      languages: { ru: { hash: 'ru_new', wasm: 'ru', page_count: pageCount } },
    }),
    // What the metadata names: pages (fragments), index chunks, filter chunks.
    'pagefind.ru_new.pf_meta': gzipSync(
      Buffer.concat([
        Buffer.from('pagefind_dcd'),
        encode([
          '1.6.0',
          [
            ['ru_p1', 4, ''],
            ['ru_p2', 9, ''],
          ],
          [['a', 'я', 'ru_i1']],
          [['kind', 'ru_f1']],
          [],
          [],
        ]),
      ]),
    ),
    'pagefind.ru_old.pf_meta': 'old metadata',
    'pagefind.js': 'script',
    'wasm.ru.pagefind': 'wasm',
    'wasm.unknown.pagefind': 'wasm',
    'wasm.en.pagefind': 'a language the archive no longer has',
    'fragment/ru_p1.pf_fragment': 'page 1',
    'fragment/ru_p2.pf_fragment': 'page 2',
    'fragment/ru_gone.pf_fragment': 'a page as it was',
    'index/ru_i1.pf_index': 'chunk',
    'index/ru_i0.pf_index': 'old chunk',
    'filter/ru_f1.pf_filter': 'filter',
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return { outDir, dir };
}

describe('bundleFiles', () => {
  it('tells the new bundle’s files from the old ones beside them', () => {
    const { outDir, dir } = bundle(2);
    expect([...bundleFiles(outDir)].map((f) => f.slice(dir.length + 1)).sort()).toEqual([
      'filter/ru_f1.pf_filter',
      'fragment/ru_p1.pf_fragment',
      'fragment/ru_p2.pf_fragment',
      'index/ru_i1.pf_index',
      'pagefind-entry.json',
      'pagefind.js',
      'pagefind.ru_new.pf_meta',
      'wasm.ru.pagefind',
      'wasm.unknown.pagefind',
    ]);
  });

  it('stops rather than prune by a reading that does not add up (a fragment per indexed page)', () => {
    const { outDir } = bundle(3);
    expect(() => bundleFiles(outDir)).toThrow(PagefindIndexError);
    expect(() => bundleFiles(outDir)).toThrow(/2 page fragments in use for 3 indexed pages/u);
  });
});
