/**
 * Schemas of what reading a capture yields and every article keeps (src/lib/archive/article.ts): its
 * paragraphs, the blocks cleaning removed and why, how its bytes were written. The capture stages use the
 * types inferred from them, so the `articles` collection's schema and the library cannot drift apart.
 */
import { z } from 'zod';

/** What a paragraph is, for presentation: body text, an item of a list, or a photo caption. */
export const paragraphKind = z.enum(['paragraph', 'list-item', 'caption']);
export type ParagraphKind = z.infer<typeof paragraphKind>;

/** One paragraph of article text, numbered as on the page (`#p-1` …). */
export const paragraph = z.object({
  /** 1-based number; the paragraph's anchor is `p-${n}`. */
  n: z.number().int().positive(),
  /** Plain text, exactly as captured (list markers aside). */
  text: z.string(),
  /** What the paragraph is (body text, list item, caption). */
  kind: paragraphKind,
  /** 1-based line of the capture where the paragraph starts. */
  line: z.number().int().positive(),
});
export type Paragraph = z.infer<typeof paragraph>;

/** Why a block was removed, in both interface languages. */
export const removalReason = z.object({
  /** In Russian. */
  ru: z.string(),
  /** In English. */
  en: z.string(),
});
export type RemovalReason = z.infer<typeof removalReason>;

/** A run of lines the cleaner removed, with the rule that removed it. */
export const removedBlock = z.object({
  /** First 1-based line number. */
  from: z.number().int().positive(),
  /** Last 1-based line number. */
  to: z.number().int().positive(),
  /** The removed lines, joined with newlines, exactly as captured. */
  text: z.string(),
  /** The id of the rule that removed them (src/lib/capture/rules.ts, boilerplate.ts). */
  rule: z.string(),
  /** Why, as the article page says it. */
  reason: removalReason,
});
export type RemovedBlock = z.infer<typeof removedBlock>;

/**
 * How a capture was decoded: `utf-8`, `utf-16le`, `utf-16be`, `windows-1251` or `windows-1252` for a text
 * capture; a saved page may also declare another charset iconv-lite reads (`gb2312`, `koi8-r` …), kept
 * as its declared label.
 */
export const encoding = z.string().min(1);
export type Encoding = z.infer<typeof encoding>;

/** The line endings a capture's bytes used. */
export const lineEndings = z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']);
export type LineEndings = z.infer<typeof lineEndings>;
