import type { KeptLine } from './clean.ts';
import type { Paragraph, RemovedBlock } from './schema.ts';

export interface ArticleStructure {
  /** The capture's own title line, if it has one (markdown heading marks removed). */
  title?: string;
  paragraphs: Paragraph[];
  /** The source address printed in the capture (e.g. in a capture tool's footer). */
  sourceUrl?: string;
}

const MAX_TITLE_LENGTH = 200;
const listMarker = /^\s*[-*•]\s+/u;
const caption =
  /^(?:фото|photo|фота|иллюстрация|illustration)(?![\p{L}\p{N}])|(?:фото|photo|фота)\s*:\s*[^.]{1,60}\.?$/iu;
const markdownHeading = /^\s{0,3}#{1,6}\s+/u;
const url = /https?:\/\/[^\s<>"]+/u;

/** `## **Title**` → `Title`: markdown marks around a title line are not part of the title. */
export function unwrapTitle(line: string): string {
  let text = line.replace(markdownHeading, '').trim();
  for (const mark of ['**', '__', '*', '_']) {
    if (text.length > 2 * mark.length && text.startsWith(mark) && text.endsWith(mark)) {
      text = text.slice(mark.length, -mark.length).trim();
    }
  }
  return text;
}

function looksLikeTitle(line: string, isHeading: boolean): boolean {
  if (isHeading) return true;
  const text = line.trim();
  return text.length <= MAX_TITLE_LENGTH && !/[.,;:]$/u.test(text) && !listMarker.test(text);
}

/** A line that continues the previous one (a hard-wrapped paragraph) rather than starting its own. */
function continuesPrevious(previous: string, line: string): boolean {
  return !/[.!?:;…»"”)]$/u.test(previous.trim()) && /^\p{Ll}/u.test(line.trim()) && !listMarker.test(line);
}

/** Finds the title, the paragraphs and the source URL in a capture's kept lines. */
export function structureArticle(
  kept: KeptLine[],
  removed: RemovedBlock[] = [],
  headline?: number | null,
  headlineText?: string,
): ArticleStructure {
  const lines = kept;
  const firstIndex = lines.findIndex((l) => l.text.trim() !== '');
  let title: string | undefined;
  let bodyStart = firstIndex;
  if (headline !== undefined) {
    // The cleaner chose the headline (or found none): lines above it were removed, so it is the first kept line.
    const at = headline === null ? -1 : lines.findIndex((l) => l.line === headline);
    if (at >= 0) {
      // A flattened header holds the headline with other text: only its part is the title.
      title = headlineText ?? unwrapTitle(lines[at]!.text);
      bodyStart = at + 1;
    }
  } else if (firstIndex >= 0) {
    const first = lines[firstIndex]!;
    const hasMore = lines.slice(firstIndex + 1).some((l) => l.text.trim() !== '');
    const nextIsBlank = (lines[firstIndex + 1]?.text.trim() ?? '') === '';
    if (hasMore && nextIsBlank && looksLikeTitle(first.text, markdownHeading.test(first.text))) {
      title = unwrapTitle(first.text);
      bodyStart = firstIndex + 1;
    }
  }

  const paragraphs: Paragraph[] = [];
  let previousBlank = true;
  // The previous line, not the paragraph so far: a paragraph ends as its last line does, and testing the
  // whole paragraph on every line was quadratic in its length.
  let previousLine = '';
  for (const { line, text } of lines.slice(Math.max(bodyStart, 0))) {
    if (text.trim() === '') {
      previousBlank = true;
      continue;
    }
    const last = paragraphs.at(-1);
    const continues = last && !previousBlank && last.kind === 'paragraph' && continuesPrevious(previousLine, text);
    previousLine = text;
    if (last && continues) {
      last.text = `${last.text} ${text.trim()}`;
    } else {
      // A marker alone on its line ("* ") is no list item: it stays the text it is.
      const isItem = listMarker.test(text) && text.replace(listMarker, '').trim() !== '';
      paragraphs.push({
        n: paragraphs.length + 1,
        text: isItem ? text.replace(listMarker, '').trim() : text.trim(),
        kind: isItem ? 'list-item' : caption.test(text.trim()) ? 'caption' : 'paragraph',
        line,
      });
    }
    previousBlank = false;
  }

  const footer = removed.find((b) => b.rule === 'capture-footer');
  const sourceUrl = footer ? url.exec(footer.text)?.[0]?.replace(/>$/u, '') : undefined;
  return { ...(title !== undefined && { title }), paragraphs, ...(sourceUrl && { sourceUrl }) };
}
