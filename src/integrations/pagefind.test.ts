import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp.ts';
import { bundleFiles, excludeSelectors, indexSite, pagePaths, PagefindIndexError } from './pagefind.ts';

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

/** A built site in miniature: pages laid out as the templates lay them out, with what Pagefind reads. */
function site(): string {
  const outDir = tempDir('site-');
  const article = (lang: string, title: string, text: string, extra = '') =>
    [
      `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title} — Летопись</title></head><body>`,
      '<header><nav data-pagefind-ignore="all">Архив Темы Люди</nav></header><main>',
      `<article data-pagefind-body><h1>${title}</h1><div class="meta">Издание: Зеркало</div>`,
      `<div hidden data-pagefind-sort="date[data-date]" data-date="2024-05-0${title.length % 9}">`,
      '<span data-pagefind-filter="kind[data-value]" data-value="article"></span>',
      '<span data-pagefind-filter="person[data-value]" data-value="people/lukashenko"></span>',
      `<span data-pagefind-meta="date_ru[data-value]" data-value="1 мая 2024"></span></div>`,
      `<p id="p-1">${text}<span class="paragraph-tools" data-pagefind-ignore>¶</span></p>`,
      '<p id="search-terms" data-pagefind-weight="2" hidden><span id="search-terms-p1-w0-n1">Лукашенко · Lukashenko</span></p>',
      `</article><aside data-pagefind-ignore="all">Упомянуты: Лукашенко</aside>${extra}</main><footer>Летопись</footer></body></html>`,
    ].join('');
  const pages: Record<string, string> = {
    'index.html':
      '<!DOCTYPE html><html lang="ru"><head><title>Летопись</title></head><body><h1>Архив</h1></body></html>',
    'articles/2024/plan/index.html': article('ru', 'План', 'Лукашенко обсудил план цифровизации.'),
    'articles/2024/heat/index.html': article('en', 'Heat plan', 'The city promised a heat plan.'),
    'articles/2023/trees/index.html': article('ru', 'Деревья', 'Деревья посадили.', '<img src="/a.jpg" alt="">'),
    'people/lukashenko/index.html': article('ru', 'Лукашенко', 'Президент.').replace(
      '<article data-pagefind-body>',
      '<article data-pagefind-body data-pagefind-filter="kind:person">',
    ),
    'people/lukashenko/2024/index.html':
      '<!DOCTYPE html><html lang="ru"><body><h1>2024</h1><p>Список</p></body></html>',
    'en/articles/2024/plan/index.html':
      '<!DOCTYPE html><html lang="en"><body><article><h1>Plan</h1></article></body></html>',
  };
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(outDir, path, '..'), { recursive: true });
    writeFileSync(join(outDir, path), html);
  }
  return outDir;
}

/** Every page fragment of a bundle (Pagefind's record of one page: URL, text, metadata, filters, anchors). */
function fragments(bundle: string): Record<string, string> {
  const dir = join(bundle, 'fragment');
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'base64')]));
}

describe('indexSite', () => {
  it('reads every page but the English-interface copies, in an order that does not depend on the file system', () => {
    expect(pagePaths(site())).toEqual([
      'articles/2023/trees/index.html',
      'articles/2024/heat/index.html',
      'articles/2024/plan/index.html',
      'index.html',
      'people/lukashenko/2024/index.html',
      'people/lukashenko/index.html',
    ]);
  });

  it('gives Pagefind the same record of every page as its own reading of the whole pages', async () => {
    const outDir = site();
    expect(await indexSite(outDir)).toEqual({ pages: 4, languages: ['en', 'ru'] });
    const whole = join(tempDir('whole-'), 'pagefind');
    try {
      const { index } = await pagefind.createIndex({ excludeSelectors });
      await index!.addDirectory({ path: outDir, glob: '{*.html,articles/**/*.html,people/**/*.html}' });
      await index!.writeFiles({ outputPath: whole });
    } finally {
      await pagefind.close();
    }
    const ours = fragments(join(outDir, 'pagefind'));
    expect(Object.keys(ours)).toHaveLength(4);
    expect(ours).toEqual(fragments(whole));
    expect(bundleFiles(outDir).size).toBeGreaterThan(4);
  });

  it('indexes every page’s body, as Pagefind does, when no page marks one (an archive with nothing in it yet)', async () => {
    const outDir = tempDir('empty-');
    writeFileSync(
      join(outDir, 'index.html'),
      '<!DOCTYPE html><html lang="ru"><body><h1>Архив</h1><p>Пусто.</p></body></html>',
    );
    expect(await indexSite(outDir)).toEqual({ pages: 1, languages: ['ru'] });
    expect(Object.keys(fragments(join(outDir, 'pagefind')))).toHaveLength(1);
  });
});
