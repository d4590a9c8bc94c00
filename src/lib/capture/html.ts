import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { dateFromUrl, findPublicationDate, type FoundDate } from './date/index.ts';
import { pageLanguages } from './page-languages.ts';
import { chooseHtmlTitle } from './html-title.ts';
import { decodeCapture, DecodeError, isUtf8, type DecodedText } from './decode.ts';
import type { Encoding } from './schema.ts';

/**
 * Saved HTML pages as captures: bytes → text (the charset the page declares), then the article's main
 * text found by Readability over linkedom, as "Title\n\nparagraph\n\nparagraph" for the text stages.
 */

/** One `<meta>` (or `<link rel="canonical">`) of the page, as written. */
export interface HtmlMetaTag {
  /** `name="…"`, `property="…"`, `itemprop="…"` or `link` for `<link rel="canonical">`. */
  attribute: 'name' | 'property' | 'itemprop' | 'link';
  /** The key, lower-cased: `og:title`, `citation_publication_date`, `canonical` … */
  key: string;
  /** The value (`content`, or `href` of a link), trimmed. */
  value: string;
}

export interface HtmlExtraction {
  /** The article's headline: the page's only `<h1>` unless it is the site's name, else what og:title, JSON-LD and `<title>` agree on ({@link chooseHtmlTitle}). */
  title?: string;
  /** The article's blocks of text in order; list items start with `- `. */
  paragraphs: string[];
  /** `title`, a blank line, then the paragraphs separated by blank lines: what the text stages read. */
  text: string;
  /** For each line of `text` (0-based), the 1-based line of the HTML source it was found on (best effort). */
  sourceLines: number[];
  /** Every `<meta>` the page has that describes the article (og:*, citation_*, article:*, dc.*, author, date …). */
  meta: HtmlMetaTag[];
  /** The author line Readability found on the page, if any. */
  byline?: string;
  /** `<html lang>`, if any. */
  lang?: string;
  /** Blocks of text on the page that the extraction left out (navigation, share buttons, comments …). */
  dropped: string[];
  /** The publication date the page states (its tags, JSON-LD, `<time>`, the date by the headline), else the one in its address. */
  date?: FoundDate;
}

/** File names read as saved HTML pages. */
export const HTML_FILE = /\.html?$/iu;

/** How far into the bytes a `<meta charset>` is looked for (the HTML standard's prescan length). */
const PRESCAN_BYTES = 1024;

/** The charset a page declares in its first bytes: `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/giu) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(tag);
    if (direct && (!/http-equiv/iu.test(tag) || /content-type/iu.test(tag))) return direct[1]!.toLowerCase();
  }
  return undefined;
}

/** Maps a charset label to an encoding letopis reads; `undefined` for one it does not. */
export function encodingForLabel(label: string): Encoding | 'utf-16' | undefined {
  const l = label.toLowerCase();
  if (['utf-8', 'utf8', 'unicode-1-1-utf-8'].includes(l)) return 'utf-8';
  if (['windows-1251', 'cp1251', 'x-cp1251', 'win-1251'].includes(l)) return 'windows-1251';
  if (['utf-16', 'utf-16le', 'utf-16be', 'unicode'].includes(l)) return 'utf-16';
  if (
    ['windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'x-cp1252'].includes(l)
  )
    return 'windows-1252';
  return undefined;
}

const hasNonAscii = (bytes: Uint8Array) => bytes.some((b) => b >= 0x80);

/**
 * Decodes a saved page: a BOM wins, then the declared charset, then the same sniffing as text captures.
 * A page declaring Windows-1251 whose bytes are valid UTF-8 was re-saved as UTF-8 by the browser: read as UTF-8.
 * Throws {@link DecodeError} for empty or binary files and for a charset no decoder knows.
 */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const bom =
    bytes.length >= 2 &&
    ((bytes[0] === 0xef && bytes[1] === 0xbb) ||
      (bytes[0] === 0xff && bytes[1] === 0xfe) ||
      (bytes[0] === 0xfe && bytes[1] === 0xff));
  const label = bom ? undefined : declaredCharset(bytes);
  const markup = { markup: true };
  if (label === undefined) return decodeCapture(bytes, markup);
  const encoding = encodingForLabel(label);
  if (encoding === undefined) {
    // Another charset (`gb2312`, `iso-8859-2`, `koi8-r` …): read as declared when iconv-lite knows it.
    if (!iconv.encodingExists(label)) {
      throw new DecodeError(
        `the page declares the charset "${label}", which no decoder letopis has knows`,
        `convert it first, e.g. iconv -f <its real charset> -t utf-8 page.html > page-utf8.html, and ingest the converted file`,
      );
    }
    if (hasNonAscii(bytes) && isUtf8(bytes)) return decodeCapture(bytes, markup);
    return declaredAs(bytes, label);
  }
  // A page that says UTF-16 in an ASCII-compatible <meta> is not UTF-16 (the HTML standard reads it as UTF-8).
  // A page that says Latin-1 is read by what its text looks like: Cyrillic pages often declare it by mistake.
  if (encoding !== 'windows-1251' || (hasNonAscii(bytes) && isUtf8(bytes))) return decodeCapture(bytes, markup);
  return declaredAs(bytes, 'windows-1251');
}

/** Decodes as declared, then lets decodeCapture check the text (empty, binary) and normalise line endings. */
function declaredAs(bytes: Uint8Array, encoding: Encoding): DecodedText {
  const text = iconv.decode(Buffer.from(bytes), encoding);
  return { ...decodeCapture(new TextEncoder().encode(text), { markup: true }), encoding, bom: false };
}

/** Meta keys that describe an article. */
const ARTICLE_META =
  /^(?:og:|article:|citation_|dc\.|dcterms\.|twitter:)|^(?:author|date|description|keywords|pubdate|publish-date|publication_date|datepublished|sailthru\.date)$/u;

/** Reads the page's `<meta>` tags and canonical link, in document order. */
export function readMetaTags(document: Document): HtmlMetaTag[] {
  const tags: HtmlMetaTag[] = [];
  for (const element of document.querySelectorAll('meta, link[rel~="canonical"]')) {
    if (element.tagName.toLowerCase() === 'link') {
      const href = element.getAttribute('href')?.trim();
      if (href) tags.push({ attribute: 'link', key: 'canonical', value: href });
      continue;
    }
    const value = element.getAttribute('content')?.trim();
    if (!value) continue;
    for (const attribute of ['property', 'name', 'itemprop'] as const) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && ARTICLE_META.test(key)) {
        tags.push({ attribute, key, value });
        break;
      }
    }
  }
  return tags;
}

/** Elements whose text is one block of the article. */
const BLOCK = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'figcaption',
  'dd',
  'dt',
  'td',
  'th',
  'div',
  'section',
  'article',
  'ul',
  'ol',
  'dl',
  'table',
  'tbody',
  'thead',
  'tr',
  'figure',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'form',
  'details',
  'summary',
  'address',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'input',
  'textarea',
  'select',
  'iframe',
]);
const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Splits an element's text into blocks: one per leaf block element, stray inline text between blocks as its own. */
export function textBlocks(root: NodeLike): string[] {
  const out: string[] = [];
  const hasBlock = (node: NodeLike): boolean =>
    Array.from(node.childNodes).some((c) => c.nodeType === 1 && (BLOCK.has(c.nodeName.toLowerCase()) || hasBlock(c)));
  const inlineText = (node: NodeLike): string => {
    if (node.nodeType === 3) return node.textContent ?? '';
    if (node.nodeType !== 1) return '';
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return '';
    if (name === 'br') return ' ';
    return Array.from(node.childNodes).map(inlineText).join('');
  };
  const walk = (node: NodeLike) => {
    let inline = '';
    const flush = () => {
      const text = collapse(inline);
      if (text) out.push(text);
      inline = '';
    };
    for (const child of Array.from(node.childNodes)) {
      const name = child.nodeName.toLowerCase();
      if (child.nodeType === 1 && SKIP.has(name)) continue;
      if (child.nodeType !== 1 || (!BLOCK.has(name) && !hasBlock(child))) {
        inline += inlineText(child);
        continue;
      }
      flush();
      if (hasBlock(child)) walk(child);
      else {
        const text = collapse(inlineText(child));
        if (text) out.push(name === 'li' ? `- ${text}` : text);
      }
    }
    flush();
  };
  walk(root);
  return out;
}

/**
 * Finds the 1-based source line of each block, searching forward from the previous one: the block's
 * opening words, else its first long word found (tags and entities can split a phrase in the source).
 */
export function locateLines(source: string, blocks: string[]): number[] {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const body = source.search(/<body\b/iu);
  let from = Math.max(body, 0);
  return blocks.map((block) => {
    const text = block.replace(/^- /u, '');
    const words = text
      .split(/[^\p{L}\p{N}-]+/u)
      .filter((w) => w.length >= 4)
      .slice(0, 8);
    const probes = [text.slice(0, 40), text.slice(0, 20), ...words];
    for (const probe of probes) {
      const at = probe ? source.indexOf(probe, from) : -1;
      if (at >= 0) {
        from = at;
        return lineOf(at);
      }
    }
    return lineOf(from);
  });
}

const MONTHS_AND_DAYS =
  /(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік|травен|чэрвен|ліпен|жнівен|верасн|кастрычнік|лістапад|снежан|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|mon|tue|wed|thu|fri|sat|sun|сегодня|вчера|today|yesterday|updated|обновлено|года?|г)\p{L}*\.?/giu;

/** A line that is only a date and time ("17.09.2021", "12 мая 2023, 14:35"): the page's dateline, not article text. */
export const isDateline = (text: string) =>
  text.length <= 60 && /\d/u.test(text) && /^[\d\s.,:/|–—-]*$/u.test(text.replace(MONTHS_AND_DAYS, ''));

/** How many blocks at the top of the extracted text may be the page's header above a copy of the headline. */
const HEADER_BLOCKS = 5;

/**
 * Extracts the article from a saved page: Readability over linkedom for the main text, the page's only
 * `<h1>` (else Readability's title) for the headline, and the page's article `<meta>` tags. `address` is
 * the article's address when the editor gives it (`--url`).
 * Throws {@link DecodeError} when the page holds no article text.
 */
export function extractHtml(source: string, address?: string): HtmlExtraction {
  const parse = (): Document => parseHTML(source).document;
  const document = parse();
  const meta = readMetaTags(document);
  const lang = document.documentElement?.getAttribute('lang')?.trim() || undefined;
  const pageBlocks = document.body ? textBlocks(document.body) : [];

  // Readability changes the document it reads: give it a fresh one.
  const article = new Readability(parse()).parse();
  const content = article?.content
    ? parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document
    : undefined;
  const title = chooseHtmlTitle(document, collapse(article?.title ?? '') || undefined);
  const byline = collapse(article?.byline ?? '');
  // Above the first paragraph of text, the headline again, a dateline or the author's line belong to the page.
  const blocks = content?.body ? textBlocks(content.body) : [];
  // The headline printed again near the top of the extracted text: what is above it is the page's header (site name, date line).
  const headlineCopy = title === undefined ? -1 : blocks.slice(0, HEADER_BLOCKS).indexOf(title);
  const firstProse = blocks.findIndex((b, i) => i > headlineCopy && b !== title && !isDateline(b) && b !== byline);
  const paragraphs = firstProse < 0 ? [] : blocks.slice(firstProse);
  if (paragraphs.length === 0) {
    throw new DecodeError(
      'no article text was found in the HTML page',
      'check that the page was saved after the article had loaded (File → Save Page As…, "Web Page, complete" or "HTML only"), or save the article text as .txt',
    );
  }
  const lines = title === undefined ? paragraphs : [title, ...paragraphs];
  const located = locateLines(source, lines);
  const sourceLines = lines.flatMap((_, i) => (i === 0 ? [located[0]!] : [located[i - 1]!, located[i]!]));
  const kept = new Set(lines.map((l) => collapse(l.replace(/^- /u, ''))));
  const dropped = pageBlocks.filter((b) => !kept.has(collapse(b.replace(/^- /u, ''))));
  // The editor's address first, then the page's own: the first that holds a date is the one read for it.
  const addresses = [
    address,
    ...meta.filter((t) => t.key === 'og:url' || t.key === 'canonical').map((t) => t.value),
  ].filter((a): a is string => a !== undefined);
  const url = addresses.find((a) => dateFromUrl(a)) ?? addresses[0];
  const date = findPublicationDate({
    document,
    ...(title !== undefined && { title }),
    ...(url && { url }),
    ...(lang && { language: lang.slice(0, 2) }),
    languages: pageLanguages(document, paragraphs.join('\n')),
  });
  return {
    ...(title !== undefined && { title }),
    paragraphs,
    text: lines.join('\n\n'),
    sourceLines,
    meta,
    ...(byline && { byline }),
    ...(lang && { lang }),
    dropped,
    ...(date && { date }),
  };
}
