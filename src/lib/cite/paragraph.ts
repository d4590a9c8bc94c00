/**
 * "Cite this paragraph": the paragraph quoted in the language's quotation marks, then a short GOST-style reference
 * (ГОСТ Р 7.0.5-2008 lets references replace ". – " by ". ") that points at the paragraph's anchor `#p-N`:
 *
 *   «Премьер-министры России и Беларуси …» — Заглавие / И. С. Петров // Российская газета. [Окт. 2019?]. Абз. 2.
 *   Копия: Летопись. URL: https://…/#p-2 (дата обращения: 25.11.2026).
 *
 * (one line in the output). Service words are Russian whatever the article's language, as in any GOST reference;
 * quotation marks follow the article's language («…» for ru/be, “…” for en).
 */
import { formatRuNumericDate, gostDateElements } from './dates.ts';
import { parseAuthors } from './names.ts';
import { gostResponsibility } from './gost.ts';
import { quote } from './quotes.ts';
import { clean, displayTitle, terminate } from './text.ts';
import type { CitationRecord, CitedParagraph } from './types.ts';

/** The permalink with its fragment replaced by the paragraph anchor: `https://…/slug/#p-3`. */
export function paragraphUrl(permalink: string, n: number): string {
  const base = clean(permalink).replace(/#.*$/su, '');
  return `${base}#p-${n}`;
}

/** Joins reference elements with ". ", not doubling a full stop after `. ? ! …`, and ends with a full stop. */
export function joinShort(elements: readonly string[]): string {
  return terminate(
    elements
      .filter((e) => e !== '')
      .reduce((acc, e) => (acc === '' ? e : `${terminate(acc)} ${e}`), ''),
  );
}

/** The short reference to the paragraph, without the quotation. */
export function paragraphReference(record: CitationRecord, paragraph: CitedParagraph): string {
  const responsibility = gostResponsibility(parseAuthors(record.authors));
  const title = displayTitle(record);
  const titleArea = responsibility ? `${title} / ${responsibility}` : title;
  const outlet = clean(record.outlet);
  const archive = clean(record.archive.name);
  const accessed = clean(record.accessed);
  return joinShort([
    outlet ? `${titleArea} // ${outlet}` : titleArea,
    ...gostDateElements(record.published),
    `Абз. ${paragraph.n}`,
    archive ? `Копия: ${archive}` : '',
    `URL: ${paragraphUrl(record.archive.permalink, paragraph.n)}${accessed ? ` (дата обращения: ${formatRuNumericDate(accessed)})` : ''}`,
  ]);
}

/** The quoted paragraph followed by its reference, on one line. */
export function renderParagraphCitation(record: CitationRecord, paragraph: CitedParagraph): string {
  return `${quote(clean(paragraph.text), record.language)} — ${paragraphReference(record, paragraph)}`;
}
