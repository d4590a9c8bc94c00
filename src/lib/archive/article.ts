import { z } from 'zod';
import { encoding, lineEndings, paragraph, removedBlock } from '../capture/schema.ts';
import { enrichment } from '../entities/enrichment-schema.ts';
import { aboutEntity, isoDay, language, publicationDate } from '../metadata/schema.ts';

/**
 * One article of the archive: its capture read, its editorial metadata merged, its permalink fixed. The
 * library's `Article` type is inferred from it; the `articles` collection is typed by {@link archivedArticle}.
 */
export const article = z.object({
  /** The capture's id: its file name without the extension, e.g. `000_132f9a9ed851b9fb`. */
  id: z.string().min(1),
  /** The capture's file name in `seeds/`. */
  file: z.string().min(1),
  /** Permanent path, e.g. `/articles/2019/some-title/` (without the site's base). */
  permalink: z.string().startsWith('/'),
  /** The title as published (the capture's headline), or the editor's when the capture has none. */
  title: z.string().min(1),
  /** The title was supplied by an editor (the capture has none): shown in square brackets. */
  titleSupplied: z.boolean(),
  /** The editor's English translation of the title (sidecar `titleEn`), shown on English pages. */
  titleEn: z.string().optional(),
  /** The language of the text: detected, or the sidecar's `language`. */
  language,
  /** How the language was decided. */
  languageSource: z.enum(['detected', 'metadata']),
  /** The outlet that published it (sidecar `outlet`). */
  outlet: z.string().optional(),
  /** The outlet's home page (sidecar `outletUrl`). */
  outletUrl: z.string().optional(),
  /** Author(s) as credited (sidecar `author`). */
  author: z.string().optional(),
  /** The original's address; `sourceUrlFrom` says whether the capture or the sidecar gave it. */
  sourceUrl: z.string().optional(),
  /** Where `sourceUrl` came from. */
  sourceUrlFrom: z.enum(['capture', 'metadata']).optional(),
  /** The publication date with its precision and evidence (sidecar `date`), when known. */
  date: publicationDate.optional(),
  /** `YYYY` of the publication date, or `undated`. */
  year: z.string().regex(/^(?:\d{4}|undated)$/u),
  /** The day the capture was taken (sidecar `captured`), when known. */
  captured: isoDay.optional(),
  /** The rights in this article's text (sidecar `rights`), when the editor states them for it. */
  rights: z.string().optional(),
  /** The editor's notes on the capture (sidecar `notes`). */
  notes: z.string().optional(),
  /** Entities the editor links to the article (see `about` in the sidecar schema). */
  about: z.array(aboutEntity).optional(),
  /** The article's text, paragraph by paragraph. */
  paragraphs: z.array(paragraph),
  /** What cleaning removed from the capture, and why. */
  removed: z.array(removedBlock),
  /** The SHA-256 of the capture's bytes, in hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  /** The capture's size in bytes. */
  byteLength: z.number().int().nonnegative(),
  /** The encoding the capture's bytes were in. */
  encoding,
  /** Whether the capture's bytes started with a byte-order mark. */
  bom: z.boolean(),
  /** The line endings the capture's bytes used. */
  lineEndings,
});
export type Article = z.infer<typeof article>;

/** An article with what enrichment found in it: mentions, quotes and topics. What the `articles` collection stores. */
export const archivedArticle = article.extend(enrichment.shape);
export type ArchivedArticle = z.infer<typeof archivedArticle>;

/** The title as the archive shows it: a title the editor supplied in [square brackets]. */
export const displayTitle = (article: { title: string; titleSupplied?: boolean | undefined }) =>
  article.titleSupplied ? `[${article.title}]` : article.title;
