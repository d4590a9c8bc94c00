/**
 * A hand-written Atom feed (RFC 4287). Pure: every date comes from the caller (the build date and the
 * articles' own dates), never from the clock, so the same input gives the same bytes.
 */

export interface AtomEntry {
  /** Permanent, absolute: the article's permalink URL. Also its `<id>`. */
  url: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string | undefined;
  author?: string | undefined;
  summary?: string | undefined;
  /** `xml:lang` of the entry's text. */
  language?: string | undefined;
  /** `<category term>`s. */
  categories?: readonly string[] | undefined;
}

export interface AtomFeed {
  /** Permanent, absolute: the archive's home URL. */
  id: string;
  title: string;
  subtitle?: string | undefined;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the site (`rel="alternate"`). */
  home: string;
  /** RFC 3339 date-time: the build date. */
  updated: string;
  language: string;
  /** The feed's author (entries without one inherit it, as RFC 4287 §4.1.1 requires). */
  author: string;
  generator?: string | undefined;
  entries: readonly AtomEntry[];
}

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 cannot hold. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

/** `2019`, `2019-10` or `2019-10-23` → the first moment of that period, `2019-10-01T00:00:00Z`. */
export function partialDateToRfc3339(value: string): string {
  const [y, m = '01', d = '01'] = value.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

/** A `Date` as RFC 3339 in UTC, without milliseconds: `2026-11-25T10:00:00Z`. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

export function renderAtom(feed: AtomFeed): string {
  const e = xmlEscape;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.language)}">`,
    `  <id>${e(feed.id)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${e(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.home)}"/>`,
    `  <updated>${e(feed.updated)}</updated>`,
    `  <author><name>${e(feed.author)}</name></author>`,
    ...(feed.generator ? [`  <generator>${e(feed.generator)}</generator>`] : []),
  ];
  for (const entry of feed.entries) {
    lines.push(
      `  <entry${entry.language ? ` xml:lang="${e(entry.language)}"` : ''}>`,
      `    <id>${e(entry.url)}</id>`,
      `    <title>${e(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.url)}"/>`,
      `    <updated>${e(entry.updated)}</updated>`,
      ...(entry.published ? [`    <published>${e(entry.published)}</published>`] : []),
      ...(entry.author ? [`    <author><name>${e(entry.author)}</name></author>`] : []),
      ...(entry.categories ?? []).map((c) => `    <category term="${e(c)}"/>`),
      ...(entry.summary ? [`    <summary>${e(entry.summary)}</summary>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
