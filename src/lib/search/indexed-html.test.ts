import { describe, expect, it } from 'vitest';
import { indexedHtml } from './indexed-html.ts';

/** A built page as the article template lays it out: head, header, the body element, panels, footer. */
function page({ before = '', inside = '', after = '' } = {}): string {
  return [
    '<!DOCTYPE html><html lang="ru" data-theme="auto"><head><meta charset="utf-8"><title>Статья — Летопись</title>',
    '<link rel="stylesheet" href="/_astro/article.css"></head><body>',
    `<header><nav data-pagefind-ignore="all">Архив Темы</nav>${before}</header><main>`,
    `<article data-pagefind-body><h1 id="title">Заголовок</h1><p id="p-1">Текст статьи.</p>${inside}</article>`,
    `<aside class="article-panel" data-pagefind-ignore="all">Упомянуты</aside>${after}</main>`,
    '<footer>Летопись</footer></body></html>',
  ].join('');
}

describe('indexedHtml', () => {
  it('leaves out a page without a body element', () => {
    expect(indexedHtml('<!DOCTYPE html><html lang="ru"><body><h1>Лукашенко</h1></body></html>')).toBeUndefined();
  });

  it('keeps the language, the title and the body element of a page of known shape', () => {
    const html = page({ inside: '<div hidden data-pagefind-filter="year:2024"></div>' });
    expect(indexedHtml(html)).toBe(
      '<!DOCTYPE html><html lang="ru" data-theme="auto"><head><title>Статья — Летопись</title></head><body>' +
        '<article data-pagefind-body><h1 id="title">Заголовок</h1><p id="p-1">Текст статьи.</p>' +
        '<div hidden data-pagefind-filter="year:2024"></div></article></body></html>',
    );
  });

  it.each([
    ['a filter outside the body element', { after: '<span data-pagefind-filter="year:2024"></span>' }],
    ['metadata outside it', { before: '<meta data-pagefind-meta="image[content]" content="/a.jpg">' }],
    ['a sort key outside it', { after: '<span data-pagefind-sort="date:2024-01-01"></span>' }],
    ['an h1 outside it (Pagefind’s default title)', { before: '<h1>Летопись</h1>' }],
    ['an image outside it (Pagefind’s default image)', { after: '<img src="/a.jpg" alt="">' }],
    ['an article inside the body element', { inside: '<article>Цитата</article>' }],
  ])('gives the whole page when Pagefind could read more of it: %s', (_, parts) => {
    const html = page(parts);
    expect(indexedHtml(html)).toBe(html);
  });

  it('gives the whole page when the body element is not an article, or there are two', () => {
    const section = page().replace('<article data-pagefind-body>', '<section data-pagefind-body>');
    expect(indexedHtml(section)).toBe(section);
    const two = page({ after: '<div data-pagefind-body>Ещё</div>' });
    expect(indexedHtml(two)).toBe(two);
  });

  it('is not fooled by the attribute’s name in the text', () => {
    const html = page({ inside: '<p>Атрибут data-pagefind-body отмечает текст.</p>' });
    expect(indexedHtml(html)).toBe(html);
  });
});
