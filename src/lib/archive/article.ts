import type { Encoding, Paragraph, RemovedBlock } from '../capture/index.ts';
import type { Enrichment } from '../entities/index.ts';
import type { Language, PublicationDate } from '../metadata/schema.ts';

/** One article of the archive: its capture read, its editorial metadata merged, its permalink fixed. */
export interface Article {
  /** The capture's id: its file name without the extension, e.g. `000_132f9a9ed851b9fb`. */
  id: string;
  /** The capture's file name in `seeds/`. */
  file: string;
  /** Permanent path, e.g. `/articles/2019/some-title/` (without the site's base). */
  permalink: string;
  title: string;
  /** The title was supplied by an editor (the capture has none): shown in square brackets. */
  titleSupplied: boolean;
  /** The editor's English translation of the title (sidecar `titleEn`), shown on English pages. */
  titleEn?: string;
  language: Language;
  /** How the language was decided. */
  languageSource: 'detected' | 'metadata';
  outlet?: string;
  outletUrl?: string;
  author?: string;
  /** The original's address; `sourceUrlFrom` says whether the capture or the sidecar gave it. */
  sourceUrl?: string;
  sourceUrlFrom?: 'capture' | 'metadata';
  date?: PublicationDate;
  /** `YYYY` of the publication date, or `undated`. */
  year: string;
  /** The day the capture was taken (sidecar `captured`), when known. */
  captured?: string;
  /** The rights in this article's text (sidecar `rights`), when the editor states them for it. */
  rights?: string;
  notes?: string;
  /** Entities the editor links to the article (see `about` in the sidecar schema). */
  about?: Array<{ entity: string; paragraphs: number[] }>;
  paragraphs: Paragraph[];
  removed: RemovedBlock[];
  sha256: string;
  byteLength: number;
  encoding: Encoding;
  bom: boolean;
  lineEndings: string;
}

/** An article with what enrichment found in it: mentions, quotes and topics. */
export type ArchivedArticle = Article & Enrichment;

/** The title as the archive shows it: a title the editor supplied in [square brackets]. */
export const displayTitle = (article: { title: string; titleSupplied?: boolean | undefined }) =>
  article.titleSupplied ? `[${article.title}]` : article.title;
