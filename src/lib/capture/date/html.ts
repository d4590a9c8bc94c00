import { isValidPartialDate } from '../../metadata/schema.ts';
import { completeDatesIn, isDateline, isUpdateLine } from './other-languages.ts';
import { scriptDates } from './script-data.ts';
import { datesInLine } from './text.ts';

/**
 * Where a saved page states its publication date, tried in this order: the meta tags publishers write,
 * JSON-LD `datePublished`, elements marked as the publication date (`itemprop`, `<time pubdate>`), the
 * page's `<time datetime>` in the article, the date printed near the headline (in the page's languages), and
 * last the publication timestamp in the page's script data.
 */

/** A date a page states, with where. */
export interface HtmlDate {
  /** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when the tag says no more). */
  value: string;
  /** Where it was found, as an editor would find it again: `<meta property="article:published_time">`. */
  where: string;
  /** The value as the page wrote it. */
  raw: string;
}

/** Meta keys that hold the publication date (never the modification date), most trusted first. */
export const PUBLISHED_META_KEYS = [
  'article:published_time',
  'article:published',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'published_time',
  'published-date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'mediator_published_time',
  'date.published',
  'date',
  'og:pubdate',
  'displaydate',
  'dc.date.available',
];

/**
 * A machine-written date: `2023-05-12`, `2023-05-12T14:35:00+03:00` (the day as stated, not moved to UTC),
 * `2023/05/12`, `20230512`, `2023-05`, `12.05.2023`, or a date in words ("May 12, 2023", or a complete day in
 * one of `languages`: "07 أكتوبر 2020"). Undefined when it is not a real date.
 */
export function parseStatedDate(value: string, languages: readonly string[] = []): string | undefined {
  const v = value.trim();
  const iso = /^((?:19|20)\d{2})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T\s].*)?$/u.exec(v);
  if (iso) {
    const date = [iso[1], iso[2], iso[3]]
      .filter((p): p is string => p !== undefined)
      .map((p, i) => (i === 0 ? p : p.padStart(2, '0')))
      .join('-');
    return isValidPartialDate(date) ? date : undefined;
  }
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T?\d{0,6}.*)?$/u.exec(v);
  if (compact) {
    const date = `${compact[1]}-${compact[2]}-${compact[3]}`;
    return isValidPartialDate(date) ? date : undefined;
  }
  const head = v.slice(0, 80);
  return datesInLine(head).find((d) => d.hasYear)?.value ?? completeDatesIn(head, languages)[0]?.value;
}

/** Classes and ids of page parts that hold other stories' dates, or the day the page was viewed ("today", a clock), not this one's. */
const ELSEWHERE =
  /related|recommend|popular|comment|sidebar|aside|footer|widget|teaser|more-|other|readmore|also|trending|latest|feed|promo|banner|nav|menu|calendar|archive|card|list-item|tags|today|clock|current-?date/iu;

interface ElementLike {
  tagName: string;
  parentElement: ElementLike | null;
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** Classes and ids of the article's own information line ("nav meta", "post-info", "byline"): a styling word beside them ("nav") does not make it another story's. */
const ARTICLE_INFO =
  /(?<![\p{L}-])(?:meta|(?:post|entry|article|story|news)[-_]?(?:meta|info|date|time)|byline|dateline)(?![\p{L}])/iu;

const isElsewhere = (element: ElementLike) => {
  for (let e: ElementLike | null = element; e; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    if (tag === 'aside' || tag === 'footer' || tag === 'nav') return true;
    if (tag === 'article' || tag === 'main' || tag === 'body') return false;
    const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (ELSEWHERE.test(names) && !ARTICLE_INFO.test(names)) return true;
  }
  return false;
};

const describeMeta = (element: ElementLike) => {
  for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
    const key = element.getAttribute(attribute);
    if (key) return `<meta ${attribute}="${key}">`;
  }
  return '<meta>';
};

/** JSON-LD objects of the page (arrays and `@graph` flattened), in document order. */
function jsonLdObjects(document: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const object = node as Record<string, unknown>;
    out.push(object);
    if (object['@graph']) visit(object['@graph'], depth + 1);
    if (object.mainEntity) visit(object.mainEntity, depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // A block that is not valid JSON (a stray control character, a trailing comma) still says its dates plainly.
      const broken: Record<string, unknown> = { '@type': 'broken JSON-LD' };
      for (const m of source.matchAll(/"(datePublished|dateCreated)"\s*:\s*"([^"]{4,40})"/gu)) broken[m[1]!] ??= m[2];
      if (Object.keys(broken).length > 1) out.push(broken);
    }
  }
  return out;
}

const ARTICLE_TYPES = /article|posting|report|news|webpage|creativework/iu;

/**
 * The publication dates a saved page states, best first. `headline` is the article's title, for the visible
 * date near it; `languages` (ISO 639-1), those of the page, for dates written in words other than Russian,
 * Belarusian and English.
 */
export function htmlDates(document: Document, headline?: string, languages: readonly string[] = []): HtmlDate[] {
  const found: HtmlDate[] = [];
  const push = (raw: string | null | undefined, where: string) => {
    if (!raw) return;
    const value = parseStatedDate(raw, languages);
    if (value) found.push({ value, where, raw: raw.trim() });
  };

  const metas = [...document.querySelectorAll('meta')];
  for (const key of PUBLISHED_META_KEYS) {
    for (const meta of metas) {
      const names = ['property', 'name', 'itemprop'].map((a) => meta.getAttribute(a)?.trim().toLowerCase());
      if (names.includes(key)) push(meta.getAttribute('content'), describeMeta(meta));
    }
  }

  const objects = jsonLdObjects(document);
  const typed = (o: Record<string, unknown>) => ARTICLE_TYPES.test(String(o['@type'] ?? ''));
  for (const object of [...objects.filter(typed), ...objects.filter((o) => !typed(o))]) {
    for (const key of ['datePublished', 'dateCreated', 'uploadDate']) {
      const value = object[key];
      if (typeof value === 'string')
        push(value, `JSON-LD ${key}${object['@type'] ? ` (${String(object['@type'])})` : ''}`);
    }
  }

  const marked = [
    ...document.querySelectorAll(
      '[itemprop="datePublished"], [itemprop="dateCreated"], time[pubdate], [property="article:published_time"], .published, .pubdate, .entry-date',
    ),
  ];
  for (const element of marked) {
    if (element.tagName.toLowerCase() === 'meta') continue;
    const value =
      element.getAttribute('datetime') ??
      element.getAttribute('content') ??
      element.getAttribute('title') ??
      element.textContent;
    const label =
      element.getAttribute('itemprop') ??
      (element.getAttribute('pubdate') !== null ? 'pubdate' : element.getAttribute('class')?.split(/\s+/u)[0]);
    push(value, `<${element.tagName.toLowerCase()} ${label ? `${label}` : ''}>`.replace(' >', '>'));
  }

  for (const element of [...document.querySelectorAll('time[datetime]')]) {
    const context = `${element.getAttribute('class') ?? ''} ${element.parentElement?.getAttribute('class') ?? ''} ${element.parentElement?.textContent?.slice(0, 60) ?? ''}`;
    if (isElsewhere(element) || /updat|modif|обновл|изменен|абноўл/iu.test(context)) continue;
    push(element.getAttribute('datetime'), `<time datetime>`);
    break;
  }

  const visible = visibleDateNearHeadline(document, headline, languages);
  if (visible) found.push(visible);
  found.push(...scriptDates(document));
  return found;
}

/** Blocks whose text is short enough to be a dateline ("12 мая 2023, 14:35", "Опубликовано: 12.05.2023"). */
const DATELINE_LENGTH = 120;
/** How many text blocks after the headline (and before it) are searched. */
const AFTER_HEADLINE = 10;
const BEFORE_HEADLINE = 3;

/** A piece of text a reader sees as one line: a leaf element's text, or the text a container holds between its children. */
interface TextPiece {
  element: Element;
  text: string;
}

/** The text `element` holds itself, outside its child elements ("2020-03-04 16:52:59" beside a `<span>` of the author). */
const ownText = (element: Element) =>
  [...element.childNodes]
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join(' ');

/** The text pieces of `root`'s subtree in document order (a container's own text before its children's), at most `limit`. */
function pieces(root: Element, limit: number, out: TextPiece[]): void {
  const stack: Element[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const element = stack.pop()!;
    const children = element.children;
    if (children.length === 0 || element.tagName.toLowerCase() === 'time') {
      out.push({ element, text: element.textContent ?? '' });
      continue;
    }
    const own = ownText(element);
    if (own.trim()) out.push({ element, text: own });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Up to `limit` text pieces after `from` in document order (or before it, nearest first, when `backwards`). */
function nearbyPieces(from: Element, limit: number, backwards: boolean): TextPiece[] {
  const out: TextPiece[] = [];
  let current: Element | null = from;
  while (current && out.length < limit) {
    let next: Element | null = backwards ? current.previousElementSibling : current.nextElementSibling;
    while (!next && current.parentElement) {
      current = current.parentElement;
      if (current.tagName.toLowerCase() === 'body') return out;
      next = backwards ? current.previousElementSibling : current.nextElementSibling;
    }
    if (!next) break;
    const found: TextPiece[] = [];
    pieces(next, limit, found);
    out.push(...(backwards ? found.reverse() : found).slice(0, limit - out.length));
    current = next;
  }
  return out;
}

/**
 * The date printed in the blocks just around the headline: what a reader sees under it. Russian, Belarusian
 * and English forms are read by `datesInLine`; a complete day in words of one of `languages` by chrono-node.
 */
function visibleDateNearHeadline(
  document: Document,
  headline: string | undefined,
  languages: readonly string[],
): HtmlDate | undefined {
  const heading = [...document.querySelectorAll('h1, h2, h3, [itemprop="headline"]')].find(
    (h) => !headline || (h.textContent ?? '').replace(/\s+/gu, ' ').trim() === headline,
  );
  if (!heading) return undefined;
  const near = [
    ...nearbyPieces(heading, AFTER_HEADLINE * 3, false),
    ...nearbyPieces(heading, BEFORE_HEADLINE * 3, true),
  ];
  for (const piece of near) {
    const text = piece.text.replace(/\s+/gu, ' ').trim();
    if (!text || text.length > DATELINE_LENGTH || isElsewhere(piece.element)) continue;
    const value =
      datesInLine(text).find((d) => d.hasYear && d.role !== 'updated')?.value ??
      (isUpdateLine(text) ? undefined : completeDatesIn(text, languages).find((d) => isDateline(text, d))?.value);
    if (value) return { value, where: 'дата рядом с заголовком', raw: text };
  }
  return undefined;
}
