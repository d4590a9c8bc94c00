/** English notes shared by the machine-readable formats (BibTeX `note`, RIS `N1`, CSL `note`). */
import { publishedParts } from './dates.ts';
import { clean } from './text.ts';
import type { CitationRecord } from './types.ts';

/** "Archived copy: Летопись, https://…, captured 2026-03-12, SHA-256 ab12…" — what and where the copy is. */
export function archivedCopyNote(record: CitationRecord): string {
  const parts = [`Archived copy: ${clean(record.archive.name)}`.trim(), clean(record.archive.permalink)];
  const captured = clean(record.archive.captured);
  if (captured) parts.push(`captured ${captured}`);
  const sha = clean(record.archive.captureSha256);
  if (sha) parts.push(`SHA-256 ${sha}`);
  return parts.filter(Boolean).join(', ');
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

/** All notes as one paragraph: the archived-copy note as a sentence, then the caveats. */
export function combinedNote(record: CitationRecord): string {
  return [`${archivedCopyNote(record)}.`, ...caveatNotes(record)].join(' ');
}
