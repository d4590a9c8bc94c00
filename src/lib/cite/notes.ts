/**
 * English notes shared by the machine-readable formats (BibTeX `note`, RIS `N1`, CSL `note`).
 *
 * What the reader accessed is the archive's permanent copy: every format puts its address in the URL field
 * (`url`, `UR`, `URL`) with the access date. The original publication's address is a separate, labelled note,
 * "Original publication: https://…", because none of the three formats has a second URL field that Zotero,
 * biber or a CSL processor would read as "the original" (a second URL would be printed as the accessed one).
 */
import { publishedParts } from './dates.ts';
import { clean } from './text.ts';
import type { CitationRecord } from './types.ts';

/** "Original publication: https://…", or that its address is unknown. */
export function originalNote(record: CitationRecord): string {
  const source = clean(record.sourceUrl);
  return source ? `Original publication: ${source}` : 'Original publication: address unknown';
}

/** "Archived copy: Летопись, captured 2026-03-12, SHA-256 ab12…" — which copy was read, and how to check it. */
export function archivedCopyNote(record: CitationRecord): string {
  const parts = [`Archived copy: ${clean(record.archive.name)}`.trim()];
  const captured = clean(record.archive.captured);
  parts.push(captured ? `captured ${captured}` : 'capture date unknown');
  const sha = clean(record.archive.captureSha256);
  if (sha) parts.push(`SHA-256 ${sha}`);
  return parts.filter(Boolean).join(', ');
}

/** "Paragraph 2." when one paragraph is cited. */
export function paragraphNote(record: CitationRecord): string[] {
  return record.paragraph ? [`Paragraph ${record.paragraph}.`] : [];
}

/** Warnings a reader must not lose: an inferred publication date, an editor-supplied title. */
export function caveatNotes(record: CitationRecord): string[] {
  const notes: string[] = [];
  if (record.published?.evidence === 'inferred' && publishedParts(record.published)) {
    notes.push('Publication date inferred, not stated by the outlet.');
  }
  if (record.titleSupplied) notes.push('Title supplied by the archive.');
  return notes;
}

/** All notes as one paragraph: the paragraph cited, the original's address, the archived copy, then the caveats. */
export function combinedNote(record: CitationRecord): string {
  return [
    ...paragraphNote(record),
    `${originalNote(record)}.`,
    `${archivedCopyNote(record)}.`,
    ...caveatNotes(record),
  ].join(' ');
}
