/**
 * "Cite this paragraph". A paragraph is cited in every format: `paragraphRecord` turns the article's record into the
 * paragraph's (address `#p-N`, locator N), which the BibTeX, RIS and CSL-JSON renderers take as it is; ГОСТ and APA
 * have their own paragraph forms here.
 *
 * ГОСТ: the paragraph quoted in the language's quotation marks, its text exactly as the source wrote it, then a short
 * GOST-style reference (ГОСТ Р 7.0.5-2008 lets references replace ". – " by ". ") that names the original's address
 * with its own «дата обращения» and points at the paragraph's anchor `#p-N`:
 *
 *   «Премьер-министры России и Беларуси …» — Заглавие / И. С. Петров // Российская газета. [Окт. 2019?]. Абз. 2.
 *   URL: https://rg.ru/… (дата обращения: 12.03.2026). Копия: Летопись. URL: https://…/#p-2 (дата обращения: 25.11.2026).
 *
 * (one line in the output). Service words are Russian whatever the article's language, as in any GOST reference;
 * quotation marks follow the article's language («…» for ru/be, “…” for en).
 *
 * APA 7 (§8.28, §9.16): the in-text citation with the paragraph, "(Петров, 2019, para. 2)", then the reference whose
 * URL is the paragraph's address.
 */
import { renderApa } from './apa.ts';
import { apaDate, formatRuNumericDate, gostDateElements } from './dates.ts';
import { parseAuthors } from './names.ts';
import { gostResponsibility, gostSourceUrl } from './gost.ts';
import { quote } from './quotes.ts';
import { clean, displayTitle, terminate } from './text.ts';
import type { CitationRecord, CitedParagraph } from './types.ts';

/** The permalink with its fragment replaced by the paragraph anchor: `https://…/slug/#p-3`. */
export function paragraphUrl(permalink: string, n: number): string {
  const base = clean(permalink).replace(/#.*$/su, '');
  return `${base}#p-${n}`;
}

/** The record of one paragraph of the article: its address ends with `#p-N` and it carries the locator N. */
export function paragraphRecord(record: CitationRecord, n: number): CitationRecord {
  return {
    ...record,
    archive: { ...record.archive, permalink: paragraphUrl(record.archive.permalink, n) },
    paragraph: n,
  };
}

/** Joins reference elements with ". ", not doubling a full stop after `. ? ! …`, and ends with a full stop. */
export function joinShort(elements: readonly string[]): string {
  return terminate(
    elements.filter((e) => e !== '').reduce((acc, e) => (acc === '' ? e : `${terminate(acc)} ${e}`), ''),
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
    gostSourceUrl(record),
    archive ? `Копия: ${archive}` : '',
    `URL: ${paragraphUrl(record.archive.permalink, paragraph.n)}${accessed ? ` (дата обращения: ${formatRuNumericDate(accessed)})` : ''}`,
  ]);
}

/** The quoted paragraph followed by its reference, on one line. */
export function renderParagraphCitation(record: CitationRecord, paragraph: CitedParagraph): string {
  return `${quote(clean(paragraph.text), record.language)} — ${paragraphReference(record, paragraph)}`;
}

/** APA's in-text citation of the paragraph: "(Petrov & Sidorova, 2024, para. 1)", the title when there is no author. */
export function apaParagraphInText(record: CitationRecord, n: number): string {
  const names = parseAuthors(record.authors).map((a) => (a.kind === 'person' ? a.family : a.literal));
  const who =
    names.length === 0
      ? displayTitle(record)
      : names.length === 1
        ? names[0]!
        : names.length === 2
          ? `${names[0]} & ${names[1]}`
          : `${names[0]} et al.`;
  const year = apaDate(record.published).replace(/,.*$/u, '');
  return `(${who}, ${year}, para. ${n})`;
}

/** APA for a paragraph: the in-text citation, then the reference whose URL is the paragraph's address. */
export function renderApaParagraph(record: CitationRecord, n: number): string {
  return `${apaParagraphInText(record, n)}\n${renderApa(paragraphRecord(record, n))}`;
}
