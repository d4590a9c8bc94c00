import { describe, expect, it } from 'vitest';
import { IndexOnlyBlockError, withoutIndexOnly } from './index-only.ts';

describe('withoutIndexOnly', () => {
  const page = (block: string) =>
    `<html><body><article data-pagefind-body><div class="article-body"><p id="p-1">Текст</p></div>${block}<p class="print-only">адрес</p></article></body></html>`;

  it('takes the index-only block out of a page and leaves the rest byte for byte', () => {
    const block =
      '<div data-index-only hidden data-pagefind-sort="date:2016-09-10"><span data-pagefind-filter="person:people/rumas"></span>' +
      '<p id="search-terms" data-pagefind-weight="2" lang="" hidden><span id="search-terms-p1-w0-n2">Сергей Румас · Sergei Rumas</span></p></div>';
    expect(withoutIndexOnly(page(block))).toBe(page(''));
  });

  it('says a page without the block has none', () => {
    expect(withoutIndexOnly(page(''))).toBeUndefined();
    expect(withoutIndexOnly(page('<div hidden>другое</div>'))).toBeUndefined();
  });

  it('refuses a block it could cut at the wrong place', () => {
    expect(() => withoutIndexOnly(page('<div data-index-only hidden><div>вложенный</div></div>'))).toThrow(
      IndexOnlyBlockError,
    );
    expect(() => withoutIndexOnly(page('<div data-index-only hidden>'))).toThrow(/has a <div> inside|no <\/div>/u);
    expect(() =>
      withoutIndexOnly(page('<div data-index-only hidden></div><div data-index-only hidden></div>')),
    ).toThrow(/more than one/u);
  });
});
