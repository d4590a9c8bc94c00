/**
 * Paragraph anchors are part of the permanence contract: `#p-N` of a published article is cited in
 * the wild. `content/anchors.json` records, per published article, the sha256 of its capture and a
 * short digest of each paragraph as the reader cut it. A later build whose reader would renumber or
 * alter those paragraphs stops, naming the article and the paragraphs, unless `content/renumbered.yaml`
 * records the decision (a new entry for the article, dated after the last one applied).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isoDay } from '../metadata/schema.ts';
import type { Problem } from '../problems.ts';

/** What is recorded of one published article. */
export const anchorEntry = z.strictObject({
  /** SHA-256 of the capture's bytes as published. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/u, 'must be 64 lowercase hex digits'),
  /** One digest per paragraph, in order: paragraph N is `#p-N`. */
  paragraphs: z.array(z.string().regex(/^[0-9a-f]{8}$/u, 'must be 8 lowercase hex digits')),
  /** The date of the last `content/renumbered.yaml` decision applied to this article. */
  renumbered: isoDay.optional(),
});
export type AnchorEntry = z.infer<typeof anchorEntry>;

/** `content/anchors.json`: capture id → its record. */
export const anchorRecord = z.record(z.string().regex(/^[^/\\\s]+$/u), anchorEntry);
export type AnchorRecord = z.infer<typeof anchorRecord>;

/** One recorded decision to let an article's paragraphs change (`content/renumbered.yaml`). */
export const renumbering = z.strictObject({
  /** The capture id of the article. */
  id: z.string().regex(/^[^/\\\s]+$/u, 'must be a capture id: the capture file name without its extension'),
  /** Why the paragraphs may change, e.g. the capture reader's fix that splits them differently. */
  reason: z.string().min(1),
  /** The day of the decision, `YYYY-MM-DD`: it applies once, to the build after it. */
  date: isoDay,
});
export type Renumbering = z.infer<typeof renumbering>;
export const renumberingList = z.array(renumbering);

/** The short digest of one paragraph's text (NFC, spacing kept: a change of text is a change). */
export const paragraphDigest = (text: string) =>
  createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 8);

export interface AnchorArticle {
  id: string;
  sha256: string;
  paragraphs: ReadonlyArray<{ text: string }>;
}

/** Describes how two lists of paragraph digests differ: `paragraphs 3, 4 changed; 12 paragraphs instead of 11`. */
export function describeChange(before: readonly string[], after: readonly string[]): string {
  const changed: number[] = [];
  for (let i = 0; i < Math.min(before.length, after.length); i++) if (before[i] !== after[i]) changed.push(i + 1);
  const parts: string[] = [];
  if (changed.length > 0)
    parts.push(
      `${changed.length === 1 ? 'paragraph' : 'paragraphs'} ${changed.length > 12 ? `${changed.slice(0, 12).join(', ')} … (${changed.length} in all)` : changed.join(', ')} changed`,
    );
  if (before.length !== after.length) parts.push(`${after.length} paragraphs instead of ${before.length}`);
  return parts.join('; ');
}

export interface AnchorCheck {
  /** The record for this build's articles (kept entries of articles not built stay as they were). */
  record: AnchorRecord;
  problems: Problem[];
}

/**
 * Compares this build's articles with the record. A published article whose paragraphs differ is a
 * problem unless a decision dated after the last applied one exists; the record is updated for it.
 */
export function checkAnchors(
  articles: readonly AnchorArticle[],
  record: AnchorRecord,
  decisions: ReadonlyArray<Renumbering & { line?: number }>,
  files: { record: string; decisions: string },
): AnchorCheck {
  const problems: Problem[] = [];
  const next: AnchorRecord = { ...record };
  for (const article of articles) {
    const digests = article.paragraphs.map((p) => paragraphDigest(p.text));
    const before = record[article.id];
    if (!before) {
      next[article.id] = { sha256: article.sha256, paragraphs: digests };
      continue;
    }
    const same = before.paragraphs.length === digests.length && before.paragraphs.every((d, i) => d === digests[i]);
    if (same) continue;
    const decision = decisions
      .filter((d) => d.id === article.id && (before.renumbered === undefined || d.date > before.renumbered))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
    if (decision) {
      next[article.id] = { sha256: before.sha256, paragraphs: digests, renumbered: decision.date };
      continue;
    }
    problems.push({
      file: files.record,
      message: `the paragraphs of the published article "${article.id}" would change (${describeChange(before.paragraphs, digests)}): its #p-N anchors are cited and must not move silently`,
      fix: `if the capture reader changed, restore its earlier behaviour for this text; if the change is wanted, record the decision in ${files.decisions} (- id: ${article.id}, reason: …, date: YYYY-MM-DD) and build again`,
    });
  }
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { record: sorted, problems };
}
