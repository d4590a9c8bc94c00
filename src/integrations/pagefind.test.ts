import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp.ts';
import { excludeSelectors, indexSite, pagePaths } from './pagefind.ts';
import { bundleFiles, readManifest } from './search-shards.ts';

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

/** Every page fragment of a bundle, of every shard (Pagefind's record of one page: URL, text, metadata, filters, anchors). */
function fragments(bundle: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(bundle, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.pf_fragment'))
      found[entry.name] = readFileSync(join(entry.parentPath, entry.name), 'base64');
  }
  return found;
}

/** Every file of the output's search bundle, by its path in it, with its bytes. */
function bundleBytes(outDir: string): Record<string, string> {
  return Object.fromEntries(
    [...bundleFiles(outDir)].sort().map((f) => [relative(outDir, f), readFileSync(f, 'base64')]),
  );
}

/** Shards for a site of a few pages: the older year apart from the newest, as in a large archive. */
const split = { minOlder: 1 };

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
    expect(await indexSite(outDir, { shards: split })).toEqual({
      pages: 4,
      languages: ['en', 'ru'],
      indexed: 2,
      shards: 2,
    });
    expect(readManifest(outDir).map((s) => s.dir)).toEqual(['articles-2023', 'recent']);
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
    expect(await indexSite(outDir)).toEqual({ pages: 1, languages: ['ru'], indexed: 1, shards: 1 });
    expect(Object.keys(fragments(join(outDir, 'pagefind')))).toHaveLength(1);
  });

  it('indexes again only the shards whose pages changed, and writes what a clean build writes', async () => {
    const outDir = site();
    const cache = tempDir('cache-');
    await indexSite(outDir, { cacheDir: cache, shards: split });
    const first = bundleBytes(outDir);
    expect(await indexSite(outDir, { cacheDir: cache, shards: split })).toMatchObject({ indexed: 0, shards: 2 });
    expect(bundleBytes(outDir)).toEqual(first);

    const changed = join(outDir, 'articles/2024/plan/index.html');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('план цифровизации', 'план ремонта'));
    expect(await indexSite(outDir, { cacheDir: cache, shards: split })).toMatchObject({ indexed: 1, shards: 2 });
    const rebuilt = bundleBytes(outDir);
    expect(rebuilt).not.toEqual(first);
    const clean = site();
    writeFileSync(join(clean, 'articles/2024/plan/index.html'), readFileSync(changed));
    await indexSite(clean, { cacheDir: tempDir('clean-cache-'), shards: split });
    expect(bundleBytes(clean)).toEqual(rebuilt);
    // The WebAssembly only where a search page starts Pagefind: each language's first shard.
    expect(Object.keys(rebuilt).filter((f) => f.includes('wasm.'))).toEqual([
      'pagefind/articles-2023/wasm.ru.pagefind',
      'pagefind/recent/wasm.en.pagefind',
    ]);
    // Only the bundles of this build's shards are kept.
    expect(existsSync(join(cache, 'letopis-search-shards'))).toBe(true);
    expect(readdirSync(join(cache, 'letopis-search-shards'))).toHaveLength(2);
  });
});
