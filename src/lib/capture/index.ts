import { createHash } from 'node:crypto';
import { findPublicationDate, type FoundDate } from './date/index.ts';
import { cleanCapture, type CleanResult } from './clean.ts';
import type { RemovedBlock } from './schema.ts';
import { decodeCapture, DecodeError, type DecodedText } from './decode.ts';
import { findControlCharacter } from '../text/control.ts';
import { decodeHtml, extractHtml, HTML_FILE, type HtmlExtraction, type HtmlMetaTag } from './html.ts';
import { titleFromLead, type HeadlineHints, type HeadlineSource } from './headline.ts';
import { detectLanguage, englishShare, ENGLISH_SHARE_MIN, type LanguageGuess } from './language.ts';
import { structureArticle, type ArticleStructure } from './structure.ts';

export { DecodeError } from './decode.ts';
export type { DecodedText } from './decode.ts';
export type { KeptLine } from './clean.ts';
export type { Encoding, LineEndings, Paragraph, ParagraphKind, RemovedBlock } from './schema.ts';
export type { HtmlMetaTag } from './html.ts';
export type { HeadlineHints, HeadlineSource } from './headline.ts';
export type { FoundDate } from './date/index.ts';

/** File names read as captures: plain text, markdown and saved HTML pages. */
export const CAPTURE_FILE = /\.(?:txt|md|html)$/iu;

/** How a capture's bytes are read: as text, or as a saved HTML page whose article text is extracted first. */
export type CaptureKind = 'text' | 'html';

/** `.html`/`.htm` captures are saved pages; everything else is text. */
export const captureKindOf = (fileName: string): CaptureKind => (HTML_FILE.test(fileName) ? 'html' : 'text');

/** What a saved page said besides its text (only for HTML captures). */
export interface HtmlReading {
  meta: HtmlMetaTag[];
  byline?: string;
  lang?: string;
  /** Blocks of the page's text that extraction left out (navigation, share buttons, comments …). */
  dropped: string[];
}

/** Everything the capture's own bytes say about the article. */
export interface CaptureReading extends ArticleStructure {
  sha256: string;
  byteLength: number;
  /** The capture as text: for HTML, the page's source (shown "as captured"). */
  decoded: DecodedText;
  /** Removed blocks; for HTML their lines are the source lines the extracted text was found on. */
  removed: RemovedBlock[];
  language: LanguageGuess;
  /**
   * The publication date the capture states (a saved page's tags and markup, a text's header lines or
   * dateline), else the one in the article's address (`inferred`); absent when nothing states one.
   */
  date?: FoundDate;
  html?: HtmlReading;
  /** Why `title` was taken for the headline: the first line, a repeated line, the line above the lead … */
  titleSource?: HeadlineSource;
  /**
   * For a capture with no headline line: an editor-style title drawn from its lead, to publish in
   * [square brackets] when no editor supplies one. Never a refusal.
   */
  suppliedTitle?: string;
}

/**
 * The text rules over a saved page's extracted article. They never empty it: when they would leave no
 * text (a page whose article is a numbered list, read as a list of other headlines), the article stays
 * as extracted.
 */
function cleanExtracted(extraction: HtmlExtraction): CleanResult {
  const headlineLine = extraction.title === undefined ? undefined : 1;
  const cleaned = cleanCapture(extraction.text, { classify: false, ...(headlineLine && { headlineLine }) });
  const text = cleaned.kept.filter((l) => l.line !== headlineLine && l.text.trim() !== '');
  if (text.length > 0) return cleaned;
  const kept = extraction.text.split('\n').map((line, i) => ({ line: i + 1, text: line }));
  return { ...cleaned, kept, removed: [] };
}

/** A control character in a saved page's article text would go into the page and its <title>: refused, naming its source line. */
function refuseControlCharacter(extraction: HtmlExtraction): void {
  const control = findControlCharacter(extraction.text);
  if (!control) return;
  const line = extraction.sourceLines[control.line - 1] ?? control.line;
  throw new DecodeError(
    `the control character ${control.code} in the article text on line ${line} is not text (it would go into the page and its <title> as it is)`,
    'save a clean copy of the page without it and ingest that copy (npm run ingest) in place of this one',
    line,
  );
}

/**
 * Runs the capture stages in order: decode → clean → structure → language → date. An HTML capture is decoded
 * by its declared charset and its article text extracted first ("Title\n\npara\n\npara"); line numbers
 * are then mapped back to the page's source.
 */
export function readCapture(bytes: Uint8Array, kind: CaptureKind = 'text', hints: HeadlineHints = {}): CaptureReading {
  const decoded = kind === 'html' ? decodeHtml(bytes) : decodeCapture(bytes);
  const extraction = kind === 'html' ? extractHtml(decoded.text, hints.url) : undefined;
  if (extraction) refuseControlCharacter(extraction);
  const toSource = (line: number) => (extraction ? (extraction.sourceLines[line - 1] ?? line) : line);
  const cleaned = extraction ? cleanExtracted(extraction) : cleanCapture(decoded.text, { hints });
  const structure = structureArticle(
    cleaned.kept,
    cleaned.removed,
    cleaned.headline === undefined ? undefined : (cleaned.headline?.line ?? null),
    cleaned.headline?.text,
  );
  const titleSource: HeadlineSource | undefined =
    structure.title === undefined ? undefined : (cleaned.headline?.source ?? 'first-line');
  const suppliedTitle =
    structure.title === undefined
      ? titleFromLead(
          structure.paragraphs.find((p) => p.kind === 'paragraph')?.text ?? structure.paragraphs[0]?.text ?? '',
        )
      : undefined;
  const removed = cleaned.removed.map((b) => ({
    ...b,
    from: toSource(b.from),
    to: Math.max(toSource(b.from), toSource(b.to)),
  }));
  const paragraphs = structure.paragraphs.map((p) => ({ ...p, line: toSource(p.line) }));
  const text = [structure.title ?? '', ...paragraphs.map((p) => p.text)].join('\n');
  const language = detectLanguage(text);
  const leadLine = structure.paragraphs.find((p) => p.kind === 'paragraph')?.line;
  const date = extraction
    ? extraction.date
    : findPublicationDate({
        text: decoded.text,
        ...(structure.title !== undefined && { title: structure.title }),
        ...(cleaned.headline && { headlineLine: cleaned.headline.line }),
        ...(leadLine !== undefined && { leadLine }),
        ...(structure.sourceUrl && { url: structure.sourceUrl }),
        language: language.language,
        // "06/05/2020" is month first only in English, not in a Latin-script language the detector took for it.
        dayFirst: language.language !== 'en' || englishShare(text) < ENGLISH_SHARE_MIN,
      });
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    byteLength: bytes.length,
    decoded,
    removed,
    ...structure,
    paragraphs,
    language,
    ...(date && { date }),
    ...(titleSource && { titleSource }),
    ...(suppliedTitle && { suppliedTitle }),
    ...(extraction && {
      html: {
        meta: extraction.meta,
        ...(extraction.byline && { byline: extraction.byline }),
        ...(extraction.lang && { lang: extraction.lang }),
        dropped: extraction.dropped,
      },
    }),
  };
}
