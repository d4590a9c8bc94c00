import { describe, expect, it } from 'vitest';
import { PRECACHE_BUDGET, precacheList } from './offline.ts';

const files = [
  '_astro/search.abc.js',
  'articles/2019/x/index.html',
  'pagefind/fragment/ru_1.pf_fragment',
  'pagefind/index/ru_1.pf_index',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-ui.js',
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
  it('caches the search pages with their facet names, the offline pages, the site’s scripts and the whole index of a small archive', () => {
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
});
