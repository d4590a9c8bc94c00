/**
 * The part of a page only the search index reads: Pagefind's filters, metadata and sort key and the hidden
 * alias names (SearchIndexData.astro), about 1.4 KB gzipped on an article page with many mentions, more
 * than a tenth of its weight. The page is rendered with it, inside `<div data-index-only hidden>`;
 * Pagefind indexes that full page, and the page served to readers is written without the block
 * (src/integrations/search-pages.ts). Pure functions here: finding the block and taking it out.
 */

/** The attribute that marks the block: the first attribute of its `<div>`, as the page renders it. */
export const INDEX_ONLY_ATTRIBUTE = 'data-index-only';

const OPEN = `<div ${INDEX_ONLY_ATTRIBUTE}`;
const CLOSE = '</div>';

/** Thrown when a page's index-only block cannot be told apart (a nested `<div>`, no end). */
export class IndexOnlyBlockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexOnlyBlockError';
  }
}

/**
 * The page as served (without its index-only block), or undefined when the page has no such block.
 * The block holds no `<div>` of its own, so it ends at the first `</div>` after it begins; a page with
 * two blocks, or a block with a `<div>` inside, is refused rather than cut at the wrong place.
 */
export function withoutIndexOnly(html: string): string | undefined {
  const start = html.indexOf(OPEN);
  if (start < 0) return undefined;
  const end = html.indexOf(CLOSE, start);
  if (end < 0) throw new IndexOnlyBlockError(`the index-only block at character ${start} has no ${CLOSE}`);
  if (html.slice(start + OPEN.length, end).includes('<div')) {
    throw new IndexOnlyBlockError(`the index-only block at character ${start} has a <div> inside it`);
  }
  const served = html.slice(0, start) + html.slice(end + CLOSE.length);
  if (served.includes(OPEN)) throw new IndexOnlyBlockError('the page has more than one index-only block');
  return served;
}
