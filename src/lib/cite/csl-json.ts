/**
 * CSL-JSON for the article: one `article-newspaper` item, serialised as a one-item array (the shape of a CSL-JSON
 * bibliography file, which Zotero, pandoc and citeproc import), pretty-printed with a fixed key order.
 *
 * - `issued.date-parts` is cut to the known precision; an inferred date adds `"circa": true` (CSL's uncertain-date flag).
 * - `URL` is the original address and is left out when unknown; `accessed` is the access date.
 * - The archived copy: `archive` = archive name, `archive_location` = permalink (CSL has no archive-URL variable, and
 *   this is the copy's location in the archive).
 * - `note` carries the capture date, checksum, and words on an inferred date or supplied title.
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
  URL?: string;
  archive?: string;
  archive_location: string;
  language: string;
  note: string;
}

/** The CSL-JSON item as an object (for callers that feed citeproc directly); key order is fixed. */
export function toCslItem(record: CitationRecord): CslItem {
  const title = clean(record.title);
  const authors = parseAuthors(record.authors).map(
    (n): CslName => (n.kind === 'person' ? { family: n.family, given: n.given } : { literal: n.literal }),
  );
  const outlet = clean(record.outlet);
  const issued = publishedParts(record.published);
  const accessed = parseDate(clean(record.accessed), 'day');
  const source = clean(record.sourceUrl);
  const archive = clean(record.archive.name);
  return {
    id: clean(record.id),
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
    ...(source ? { URL: source } : {}),
    ...(archive ? { archive } : {}),
    archive_location: clean(record.archive.permalink),
    language: record.language,
    note: combinedNote(record),
  };
}

/** The CSL-JSON file content: `[item]`, two-space indented, with a trailing newline. */
export function renderCslJson(record: CitationRecord): string {
  return `${JSON.stringify([toCslItem(record)], null, 2)}\n`;
}
