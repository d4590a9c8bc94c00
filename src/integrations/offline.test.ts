import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp.ts';
import { buildId, listFiles, PRECACHE_BUDGET, precacheList, stampServiceWorker } from './offline.ts';

const files = [
  '_astro/search.abc.js',
  'articles/2019/x/index.html',
  'pagefind/fragment/ru_1.pf_fragment',
  'pagefind/index/ru_1.pf_index',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind.js',
  'pagefind/wasm.ru.pagefind',
  'pagefind/wasm.de.pagefind',
  'search/index.html',
  'search/facet-names.json',
  'en/search/facet-names.json',
  'offline/index.html',
  'en/offline/index.html',
  'about/index.html',
];

describe('precacheList', () => {
  it('caches the search pages with their facet names, the offline pages, the site’s scripts and the whole index of a small archive, not Pagefind’s UI or its worker', () => {
    expect(precacheList(files, ['ru'], () => 1000)).toEqual([
      '_astro/search.abc.js',
      'pagefind/fragment/ru_1.pf_fragment',
      'pagefind/index/ru_1.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/wasm.ru.pagefind',
      'search/',
      'search/facet-names.json',
      'en/search/facet-names.json',
      'offline/',
      'en/offline/',
    ]);
  });

  it('leaves a large archive’s chunks and fragments to be cached as they are used', () => {
    const cached = precacheList(files, ['ru'], (f) =>
      f.includes('fragment') ? PRECACHE_BUDGET.fragment + 1 : f.includes('/index/') ? PRECACHE_BUDGET.index + 1 : 1000,
    );
    expect(cached).not.toContain('pagefind/fragment/ru_1.pf_fragment');
    expect(cached).not.toContain('pagefind/index/ru_1.pf_index');
    expect(cached).toContain('pagefind/pagefind.js');
  });

  it('caches every shard’s entry, metadata and WebAssembly, and their chunks within the budget', () => {
    const sharded = [
      'pagefind/pagefind.js',
      'pagefind/shards.json',
      'pagefind/articles-2019/pagefind-entry.json',
      'pagefind/articles-2019/pagefind.ru_1.pf_meta',
      'pagefind/articles-2019/wasm.ru.pagefind',
      'pagefind/articles-2019/wasm.unknown.pagefind',
      'pagefind/articles-2019/index/ru_1.pf_index',
      'pagefind/articles-2019/fragment/ru_1.pf_fragment',
      'pagefind/hubs/pagefind-entry.json',
      'pagefind/hubs/filter/ru_2.pf_filter',
      'pagefind/hubs/index/ru_2.pf_index',
    ];
    expect(precacheList(sharded, ['ru'], () => 1000)).toEqual(sharded.filter((f) => !f.includes('unknown')));
    const large = precacheList(sharded, ['ru'], (f) => (f.includes('/index/') ? PRECACHE_BUDGET.index : 1000));
    expect(large.filter((f) => f.includes('/index/'))).toEqual([]);
    expect(large).toContain('pagefind/hubs/filter/ru_2.pf_filter');
  });
});

describe('the build id', () => {
  /** An output folder with a worker template, a page and Pagefind's entry. */
  function site() {
    const root = tempDir('offline-');
    const outDir = join(root, 'dist');
    const files: Record<string, string> = {
      'sw.js': "const BUILD_ID = '__LETOPIS_BUILD_ID__';\nconst PRECACHE = /* __LETOPIS_PRECACHE__ */ [];\n",
      'articles/x/index.html': '<p>one</p>',
      'pagefind/shards.json': JSON.stringify({
        shards: [{ dir: 'hubs', languages: { ru: { page_count: 1, wasm: 'ru' } } }],
      }),
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(outDir, file, '..'), { recursive: true });
      writeFileSync(join(outDir, file), text);
    }
    return { outDir, cache: join(root, 'cache', 'digests.json'), template: files['sw.js']! };
  }

  it('is the same with a cache of the files’ digests as without, and changes with any file’s content', () => {
    const { outDir, cache, template } = site();
    // as a rebuild does (output.ts): the template copied again, the last id removed
    const rebuild = () => {
      writeFileSync(join(outDir, 'sw.js'), template);
      rmSync(join(outDir, 'pagefind/build-id.json'), { force: true });
    };
    const plain = buildId(outDir, listFiles(outDir));
    expect(stampServiceWorker(outDir, cache)).toBe(plain);
    rebuild();
    expect(stampServiceWorker(outDir, cache)).toBe(plain);

    rebuild();
    writeFileSync(join(outDir, 'articles/x/index.html'), '<p>two</p>');
    const changed = buildId(outDir, listFiles(outDir));
    expect(changed).not.toBe(plain);
    expect(stampServiceWorker(outDir, cache)).toBe(changed);
  });
});
