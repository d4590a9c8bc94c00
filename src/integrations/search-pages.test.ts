import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp.ts';
import { htmlFiles, separateIndexOnly } from './search-pages.ts';

const block = '<div data-index-only hidden><span data-pagefind-filter="person:people/rumas"></span></div>';
const article = (text: string) =>
  `<html><body><article data-pagefind-body><p>${text}</p>${block}</article></body></html>`;
const served = (text: string) => `<html><body><article data-pagefind-body><p>${text}</p></article></body></html>`;
const hub = '<html><body><main data-pagefind-body>Люди</main></body></html>';

function put(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
}
const read = (dir: string, rel: string) => readFileSync(join(dir, rel), 'utf8');

describe('separateIndexOnly', () => {
  it('serves each page without its search-only block and keeps the page as rendered for the index', () => {
    const out = tempDir('search-pages-out-');
    const pages = join(tempDir('search-pages-cache-'), 'pages');
    put(out, {
      'articles/2016/a/index.html': article('Первая'),
      'people/index.html': hub,
      'en/articles/2016/a/index.html': served('First'),
      'index.html': hub,
    });
    expect(separateIndexOnly(out, pages)).toEqual({ cut: 1, reused: 0 });
    expect(read(out, 'articles/2016/a/index.html')).toBe(served('Первая'));
    expect(read(pages, 'articles/2016/a/index.html')).toBe(article('Первая'));
    expect(htmlFiles(pages)).toEqual(['articles/2016/a/index.html', 'index.html', 'people/index.html']);
    expect(read(pages, 'people/index.html')).toBe(hub);
  });

  it('on a rebuild, keeps the full copy of a page left in place, replaces a page rendered again, drops a page gone', () => {
    const out = tempDir('search-pages-out-');
    const pages = join(tempDir('search-pages-cache-'), 'pages');
    put(out, {
      'articles/2016/a/index.html': article('Первая'),
      'articles/2016/b/index.html': article('Вторая'),
      'articles/2016/c/index.html': article('Третья'),
    });
    separateIndexOnly(out, pages);
    // The rebuild: a is reused (left as cut), b is rendered again with a new text, c is gone, d is new and
    // has no block (a page that stopped carrying one: its old full copy must not be indexed).
    put(out, { 'articles/2016/b/index.html': article('Вторая, исправленная') });
    put(out, { 'articles/2016/d/index.html': served('Четвёртая') });
    put(pages, { 'articles/2016/d/index.html': article('Четвёртая, старая') });
    rmSync(join(out, 'articles/2016/c'), { recursive: true });
    expect(separateIndexOnly(out, pages)).toEqual({ cut: 1, reused: 1 });
    expect(read(pages, 'articles/2016/a/index.html')).toBe(article('Первая'));
    expect(read(out, 'articles/2016/a/index.html')).toBe(served('Первая'));
    expect(read(pages, 'articles/2016/b/index.html')).toBe(article('Вторая, исправленная'));
    expect(read(out, 'articles/2016/b/index.html')).toBe(served('Вторая, исправленная'));
    expect(existsSync(join(pages, 'articles/2016/c/index.html'))).toBe(false);
    expect(read(pages, 'articles/2016/d/index.html')).toBe(served('Четвёртая'));
  });

  it('given the build start, reads only the pages written since and keeps the copies of the older ones', () => {
    const out = tempDir('search-pages-out-');
    const pages = join(tempDir('search-pages-cache-'), 'pages');
    put(out, { 'articles/2016/a/index.html': article('Первая'), 'articles/2016/b/index.html': article('Вторая') });
    separateIndexOnly(out, pages);
    // The rebuild: a is reused (older than the start), b rendered again; c is older and has no copy.
    const past = new Date(Date.now() - 60_000);
    put(out, { 'articles/2016/c/index.html': hub });
    for (const rel of ['articles/2016/a/index.html', 'articles/2016/c/index.html'])
      utimesSync(join(out, rel), past, past);
    const since = BigInt(Date.now() - 30_000) * 1_000_000n;
    put(out, { 'articles/2016/b/index.html': article('Вторая, исправленная') });
    expect(separateIndexOnly(out, pages, since)).toEqual({ cut: 1, reused: 1 });
    expect(read(pages, 'articles/2016/a/index.html')).toBe(article('Первая'));
    expect(read(out, 'articles/2016/b/index.html')).toBe(served('Вторая, исправленная'));
    expect(read(pages, 'articles/2016/b/index.html')).toBe(article('Вторая, исправленная'));
    expect(read(pages, 'articles/2016/c/index.html')).toBe(hub);
  });

  it('lists the pages, not entering the folders it is told to skip', () => {
    const out = tempDir('search-pages-out-');
    put(out, { 'index.html': hub, 'en/index.html': hub, 'pagefind/x.html': hub, 'people/en/index.html': hub });
    expect(htmlFiles(out, new Set(['en', 'pagefind']))).toEqual(['index.html', 'people/en/index.html']);
  });

  it('names the page whose block it cannot cut', () => {
    const out = tempDir('search-pages-out-');
    put(out, { 'articles/x/index.html': '<div data-index-only hidden><div>вложенный</div></div>' });
    expect(() => separateIndexOnly(out, join(out, '..', 'pages-x'))).toThrow(/articles\/x\/index\.html/u);
  });
});
