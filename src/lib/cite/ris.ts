/**
 * RIS record (`TY  - NEWS`) for reference managers (Zotero, EndNote, Mendeley).
 *
 * Lines are "TAG  - value" and end with CR LF, as the RIS specification (Research Information Systems / RefMan)
 * prescribes; Zotero and others also accept LF. The record ends with the `ER  - ` line itself, with no line break after
 * it, so `renderRis(record).endsWith('ER  - ')`; when joining several records put CR LF between them.
 *
 * Tags: TY NEWS; TI title ([bracketed] when supplied); TT the editor's English translation of it, when given; AU one per author "Family, Given"; T2 outlet (publication);
 * PY year; DA "YYYY/MM/DD/" with empty parts for unknown month/day and "inferred" in the free-text part for an inferred
 * date; UR the archive's permanent copy (what the reader accessed; `#p-N` for a paragraph) with Y2 its access date
 * "YYYY/MM/DD" — Zotero reads UR as the item's URL and Y2 as "Accessed"; LA ISO 639-1 code; DB archive name; AN capture
 * id; N1 notes: the paragraph cited, "Original publication: <address>" (RIS has no labelled second URL: L1/L2 become
 * attachments in Zotero), the archived copy, inferred date, supplied title. All values are single-line.
 */
import { publishedParts } from './dates.ts';
import { invertedFull, parseAuthors } from './names.ts';
import { archivedCopyNote, caveatNotes, originalNote, paragraphNote } from './notes.ts';
import { bracketSupplied, clean } from './text.ts';
import type { CitationRecord } from './types.ts';

/** RIS line terminator (CR LF). */
export const RIS_EOL = '\r\n';

/** One RIS line without its terminator: two-letter tag, two spaces, hyphen, space, value. */
export function risLine(tag: string, value: string): string {
  return `${tag}  - ${value}`;
}

/** `YYYY/MM/DD/other`, leaving unknown parts empty: "2019/10//", "2017///inferred". */
export function risDate(record: CitationRecord): string | undefined {
  const parts = publishedParts(record.published);
  if (!parts) return undefined;
  const mm = parts.month === undefined ? '' : String(parts.month).padStart(2, '0');
  const dd = parts.day === undefined ? '' : String(parts.day).padStart(2, '0');
  const other = record.published?.evidence === 'inferred' ? 'inferred' : '';
  return `${String(parts.year).padStart(4, '0')}/${mm}/${dd}/${other}`;
}

/** The access date `YYYY-MM-DD` as RIS writes dates, `YYYY/MM/DD` (empty without one: no `Y2`). */
function risAccessDate(accessed: string | undefined): string {
  return clean(accessed).replace(/-/g, '/');
}

/** The RIS record as a string, CR LF line ends, ending with `ER  - `. */
export function renderRis(record: CitationRecord): string {
  const lines: string[] = [risLine('TY', 'NEWS')];
  const title = clean(record.title);
  lines.push(risLine('TI', bracketSupplied(title, record.titleSupplied)));
  const translated = clean(record.titleTranslated);
  if (translated) lines.push(risLine('TT', translated));
  for (const name of parseAuthors(record.authors)) lines.push(risLine('AU', invertedFull(name)));
  const outlet = clean(record.outlet);
  if (outlet) lines.push(risLine('T2', outlet));
  const parts = publishedParts(record.published);
  if (parts) lines.push(risLine('PY', String(parts.year).padStart(4, '0')));
  const da = risDate(record);
  if (da) lines.push(risLine('DA', da));
  const permalink = clean(record.archive.permalink);
  lines.push(risLine('UR', permalink));
  const accessed = risAccessDate(record.accessed);
  if (accessed) lines.push(risLine('Y2', accessed));
  lines.push(risLine('LA', record.language));
  const archive = clean(record.archive.name);
  if (archive) lines.push(risLine('DB', archive));
  const id = clean(record.id);
  if (id) lines.push(risLine('AN', id));
  for (const note of paragraphNote(record)) lines.push(risLine('N1', note));
  lines.push(risLine('N1', originalNote(record)));
  lines.push(risLine('N1', archivedCopyNote(record)));
  for (const note of caveatNotes(record)) lines.push(risLine('N1', note));
  lines.push(risLine('ER', ''));
  return lines.join(RIS_EOL);
}
