/**
 * CSL-JSON for the article: one `article-newspaper` item, serialised as a one-item array (the shape of a CSL-JSON
 * bibliography file, which Zotero, pandoc and citeproc import), pretty-printed with a fixed key order.
 *
 * - `issued.date-parts` is cut to the known precision; an inferred date adds `"circa": true` (CSL's uncertain-date flag).
 * - `URL` and `accessed` are what the reader accessed: the archive's permanent copy and the access date (citeproc prints
 *   them as "Retrieved … from" / "URL … (дата обращения …)"; Zotero imports them as URL and Accessed).
 * - `archive` = the archive's name, `archive_location` = the capture id (the copy's place in the archive).
 * - `note` starts with "Original publication: <address>" (CSL has no variable for a second URL), then the capture
 *   date, checksum, and words on an inferred date or supplied title.
 * - A paragraph citation: `URL` ends with `#p-N`, the id with `-pN`, and the item carries `locator` = N with
 *   `label` = "paragraph", as a CSL cite-item does (citeproc and citation-js read them when the item is cited).
 */
import { parseDate, partsToArray, publishedParts } from './dates.ts';
import { parseAuthors } from './names.ts';
import { combinedNote } from './notes.ts';
import { bracketSupplied, clean } from './text.ts';
import type { CitationRecord } from './types.ts';

/** A CSL name: a person split into family/given, or a literal (corporate) name. */
export type CslName = { family: string; given: string } | { literal: string };

/** A CSL date variable. */
export interface CslDate {
  'date-parts': number[][];
  circa?: true;
}

/** The CSL-JSON item this module produces; keys are listed in output order. */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL: string;
  archive?: string;
  archive_location: string;
  language: string;
  note: string;
  locator?: string;
  label?: 'paragraph';
}

/** The CSL-JSON item as an object (for callers that feed citeproc directly); key order is fixed. */
export function toCslItem(record: CitationRecord): CslItem {
  const title = clean(record.title);
  const authors = parseAuthors(record.authors).map((n): CslName =>
    n.kind === 'person' ? { family: n.family, given: n.given } : { literal: n.literal },
  );
  const outlet = clean(record.outlet);
  const issued = publishedParts(record.published);
  const accessed = parseDate(clean(record.accessed), 'day');
  const archive = clean(record.archive.name);
  return {
    id: `${clean(record.id)}${record.paragraph ? `-p${record.paragraph}` : ''}`,
    type: 'article-newspaper',
    title: bracketSupplied(title, record.titleSupplied),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(outlet ? { 'container-title': outlet } : {}),
    ...(issued
      ? {
          issued: {
            'date-parts': [partsToArray(issued)],
            ...(record.published?.evidence === 'inferred' ? { circa: true as const } : {}),
          },
        }
      : {}),
    ...(accessed ? { accessed: { 'date-parts': [partsToArray(accessed)] } } : {}),
    URL: clean(record.archive.permalink),
    ...(archive ? { archive } : {}),
    archive_location: clean(record.id),
    language: record.language,
    note: combinedNote(record),
    ...(record.paragraph ? { locator: String(record.paragraph), label: 'paragraph' as const } : {}),
  };
}

/** The CSL-JSON file content: `[item]`, two-space indented, with a trailing newline. */
export function renderCslJson(record: CitationRecord): string {
  return `${JSON.stringify([toCslItem(record)], null, 2)}\n`;
}
