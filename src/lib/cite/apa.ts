/**
 * APA 7 reference for an article on a news website, written by hand rather than through citation-js.
 *
 *   Author, A. A., & Author, B. B. (2019, October 15). *Title*. Outlet. Archive. https://permalink
 *   *Title*. (ca. 2019, October). Outlet. Archive. https://permalink          (no author: title moves to author position)
 *   [Supplied description]. (2025, May 12). Outlet. Archive. https://permalink (supplied title: bracketed, not italic)
 *
 * Why not citation-js's bundled `apa` CSL template: tried and rejected, because (1) citeproc-js reads HTML-like markup in
 * field values (a title containing `<i>` is re-styled, and the tags vanish from the text output), (2) it rewrites straight
 * quotes into curly ones inside titles, (3) it cannot print a supplied title as an un-italicised bracketed description
 * (APA 7 §9.22), and (4) it joins the archive to the outlet with a semicolon ("Outlet; Archive."). The same pieces are
 * easy to assemble exactly here; the tests cross-check the author/date/title part against citeproc's output.
 *
 * Archived copy (APA 7 §9.16, §9.34–9.35): the URL must lead readers to the version that was used, and an archived page
 * takes no retrieval date because it does not change. So the reference gives the archive's name as the site that
 * hosts the copy, followed by our permalink — the pattern APA uses for works read in an archive — and no
 * "Retrieved … from". The original URL is kept in the other formats (GOST, BibTeX, RIS, CSL-JSON).
 *
 * Dates: "(2019, October 15)", "(2019, October)", "(2019)", "(n.d.)"; an inferred date is marked "ca." (APA's marker
 * for approximate dates, as the CSL APA style renders uncertain dates): "(ca. 2019, October)".
 */
import { apaDate } from './dates.ts';
import { invertedWithInitials, parseAuthors, type ParsedName } from './names.ts';
import { clean, endsSentence, escapeHtml, terminate } from './text.ts';
import type { CitationRecord } from './types.ts';

/** A run of reference text, italic or roman. */
export interface ApaSegment {
  text: string;
  italic?: boolean;
}

/**
 * The author element: one name; two joined by ", &"; three to twenty with commas and "&" before the last;
 * twenty-one or more as the first nineteen, an ellipsis and the last (APA 7 §9.8).
 */
export function apaAuthors(names: readonly ParsedName[]): string {
  const list = names.map(invertedWithInitials);
  if (list.length === 0) return '';
  if (list.length === 1) return list[0]!;
  if (list.length <= 20) return `${list.slice(0, -1).join(', ')}, & ${list[list.length - 1]}`;
  return `${list.slice(0, 19).join(', ')}, . . . ${list[list.length - 1]}`;
}

/**
 * Title segments: italic for a published title, roman in square brackets for a supplied description;
 * the editor's English translation of a title in another language follows it in square brackets (APA 7, 9.38).
 */
function titleSegments(record: CitationRecord): ApaSegment[] {
  const title = clean(record.title);
  const translated = clean(record.titleTranslated);
  if (record.titleSupplied) {
    const described = /^\[.*\]$/su.test(title) ? title : `[${title}]`;
    return [{ text: `${described}${translated ? ` [${translated}]` : ''}.` }];
  }
  if (title === '') return [];
  if (translated) return [{ text: title, italic: true }, { text: ` [${translated}].` }];
  return [{ text: title, italic: true }, { text: endsSentence(title) ? '' : '.' }];
}

/** The reference as segments, so the text and HTML variants cannot drift apart. */
export function apaSegments(record: CitationRecord): ApaSegment[] {
  const authors = apaAuthors(parseAuthors(record.authors));
  const date = `(${apaDate(record.published)}).`;
  const title = titleSegments(record);
  const head: ApaSegment[] = authors
    ? [{ text: `${terminate(authors)} ${date} ` }, ...title]
    : title.length > 0
      ? [...title, { text: ` ${date}` }]
      : [{ text: date }];
  const tail = [clean(record.outlet), clean(record.archive.name)].filter(Boolean).map((part) => terminate(part));
  const url = clean(record.archive.permalink);
  const rest = [...tail, url].filter(Boolean).join(' ');
  return rest ? [...head, { text: ` ${rest}` }] : head;
}

/** Collapses the spaces left where optional parts were empty. */
function tidy(text: string): string {
  return text.replace(/ {2,}/g, ' ').trim();
}

/** The APA 7 reference as plain text (italics lost, as in any plain-text reference list). */
export function renderApa(record: CitationRecord): string {
  return tidy(
    apaSegments(record)
      .map((s) => s.text)
      .join(''),
  );
}

/** The APA 7 reference as an HTML fragment: every value escaped, the title in `<i>`. */
export function renderApaHtml(record: CitationRecord): string {
  return tidy(
    apaSegments(record)
      .filter((s) => s.text !== '')
      .map((s) => (s.italic ? `<i>${escapeHtml(s.text)}</i>` : escapeHtml(s.text)))
      .join(''),
  );
}
