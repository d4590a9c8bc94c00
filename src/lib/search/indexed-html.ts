/**
 * What Pagefind is given of a built page (performance, #20).
 *
 * Pagefind indexes only what is inside the page's `data-pagefind-body` element; the rest of an article
 * page (head, header, the article panel, the cite panel, the capture as captured: about 60 % of its
 * bytes) it parses only to skip. A page whose shape is known is handed to Pagefind as its `<html>` start
 * tag (the language), its `<title>` and its body element alone; Pagefind's record of it is the same
 * (checked by `src/integrations/pagefind.test.ts` and, on every generated page, by comparing the
 * bundles' page fragments). Anything Pagefind might read outside the body element keeps the whole page:
 * a second body element, `data-pagefind-*` attributes other than `-ignore` (filters, metadata, sort
 * keys), an `<h1>` (its default title) or an `<img>` (its default image).
 */

const BODY = 'data-pagefind-body';

/** Pagefind attributes that matter outside the body element: all but `data-pagefind-ignore`. */
const READ_OUTSIDE = /data-pagefind-(?!ignore\b)|<h1[\s>]|<img[\s>]/iu;

/** The body element, when it is an `<article>` with no `<article>` inside: [start, end) in `html`. */
function articleBody(html: string, at: number): [number, number] | undefined {
  const start = html.lastIndexOf('<article', at);
  if (start === -1 || html.slice(start, at).includes('>')) return undefined;
  const close = html.indexOf('</article>', at);
  if (close === -1) return undefined;
  const nested = html.indexOf('<article', start + 1);
  if (nested !== -1 && nested < close) return undefined;
  return [start, close + '</article>'.length];
}

/**
 * The HTML to give Pagefind for a built page: undefined when the page has no `data-pagefind-body` (it is
 * not indexed), the body element in a minimal document when the page's shape allows, else the page.
 */
export function indexedHtml(html: string): string | undefined {
  const at = html.indexOf(BODY);
  if (at === -1) return undefined;
  if (html.indexOf(BODY, at + BODY.length) !== -1) return html;
  const body = articleBody(html, at);
  const open = /<html\b[^>]*>/iu.exec(html);
  if (!body || !open || open.index > body[0]) return html;
  const outside = html.slice(0, body[0]) + html.slice(body[1]);
  if (READ_OUTSIDE.test(outside)) return html;
  const title = /<title>[^<]*<\/title>/iu.exec(outside)?.[0] ?? '';
  return `<!DOCTYPE html>${open[0]}<head>${title}</head><body>${html.slice(body[0], body[1])}</body></html>`;
}
