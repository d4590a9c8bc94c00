import type { HtmlMetaTag } from '../capture/index.ts';
import { isValidPartialDate } from '../metadata/schema.ts';

/** A value with where it came from: `<meta property="og:site_name">`, `--outlet` … */
export interface Sourced {
  value: string;
  /** How an editor would find it again. */
  source: string;
  /** The value as the page wrote it, when it was rewritten (a date, an author's name). */
  raw?: string;
}

/** What a saved page's own tags say about the article, each value with the tag it came from. */
export interface PageMetadata {
  url?: Sourced;
  outlet?: Sourced;
  author?: Sourced;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: Sourced;
}

/** Keys tried in order, for each field. */
const URL_KEYS = ['citation_public_url', 'citation_abstract_html_url', 'og:url', 'canonical', 'dc.identifier'];
const OUTLET_KEYS = ['og:site_name', 'citation_journal_title', 'citation_publisher', 'dc.publisher'];
const DATE_KEYS = [
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'article:published_time',
  'og:published_time',
  'datepublished',
  'dc.date',
  'dcterms.created',
  'date',
  'pubdate',
  'publication_date',
  'publish-date',
  'sailthru.date',
];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'twitter:creator'];

const describe = (tag: HtmlMetaTag) =>
  tag.attribute === 'link' ? '<link rel="canonical">' : `<meta ${tag.attribute}="${tag.key}">`;
const isWebAddress = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * A date as pages write it: `2023/05/12`, `2023-05-12T14:35:00+03:00` (the day as stated, not moved to UTC),
 * `2023-05`, `2023`, `12.05.2023`. Returns `YYYY[-MM[-DD]]`, or undefined when it is not a real date.
 */
export function parseMetaDate(value: string): string | undefined {
  const v = value.trim();
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T\s].*)?$/u.exec(v);
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[T\s,].*)?$/u.exec(v);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  const date = parts
    .filter((p): p is string => p !== undefined)
    .map((p, i) => (i === 0 ? p : p.padStart(2, '0')))
    .join('-');
  return date && isValidPartialDate(date) ? date : undefined;
}

/** `Петрова, Анна` (the citation_author form) → `Анна Петрова`; any other name unchanged. */
export const personName = (value: string) => {
  const parts = value.split(',').map((p) => p.trim());
  return parts.length === 2 && parts.every(Boolean) ? `${parts[1]} ${parts[0]}` : value.trim();
};

/** Picks the article's address, outlet, author and date from a page's `<meta>` tags (and Readability's byline as a last resort for the author). */
export function metadataFromPage(tags: HtmlMetaTag[], byline?: string): PageMetadata {
  const first = (keys: string[], accept: (v: string) => boolean = () => true) => {
    for (const key of keys) {
      const tag = tags.find((t) => t.key === key && accept(t.value));
      if (tag) return tag;
    }
    return undefined;
  };
  const result: PageMetadata = {};
  const url = first(URL_KEYS, isWebAddress);
  if (url) result.url = { value: url.value, source: describe(url) };
  const outlet = first(OUTLET_KEYS);
  if (outlet) result.outlet = { value: outlet.value, source: describe(outlet) };
  const date = first(DATE_KEYS, (v) => parseMetaDate(v) !== undefined);
  if (date) result.date = { value: parseMetaDate(date.value)!, source: describe(date), raw: date.value };

  const citationAuthors = tags.filter((t) => t.key === 'citation_author');
  const author = first(AUTHOR_KEYS, (v) => !isWebAddress(v) && !v.startsWith('@'));
  if (citationAuthors.length > 0) {
    const raw = citationAuthors.map((t) => t.value).join('; ');
    result.author = {
      value: citationAuthors.map((t) => personName(t.value)).join(', '),
      source: describe(citationAuthors[0]!),
      raw,
    };
  } else if (author) {
    result.author = { value: author.value, source: describe(author) };
  } else if (byline) {
    result.author = { value: byline, source: "the page's byline" };
  }
  return result;
}
