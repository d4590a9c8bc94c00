/**
 * ГОСТ Р 7.0.100-2018 bibliographic description of an online article (a component part of a
 * remote-access electronic resource), with the archived copy added as a note.
 *
 * Shape (areas joined by the prescribed ". – ", en dash U+2013):
 *
 *   [Заголовок.] Заглавие / Сведения об ответственности. – Текст : электронный // Издание. – Дата.
 *   – URL: исходный адрес (дата обращения: дата копирования). – Копия: Архив. – URL: постоянный адрес (дата обращения: ДД.ММ.ГГГГ).
 *
 * Choices, all from the standard's rules and its appendix examples for online articles
 * (e.g. "Грязев, А. «Пустое занятие»… / А. Грязев. – Текст : электронный // Газета.ru : [сайт]. – 2018. – 2 февр. – URL: … (дата обращения: 09.02.2018)."):
 * - In the description of a component part the content-type/access area "Текст : электронный" follows the
 *   part's title and responsibility area and precedes "//" (it would close the entry only for a whole resource).
 * - Heading: with one to three persons the first one heads the entry ("Петров, И. С."), and all of them are repeated
 *   in the statement of responsibility; with four there is no heading and all four are listed; with five or more,
 *   no heading, the first three and "[и др.]". Corporate names (single words) never form a heading.
 * - A supplied title is bracketed: "[Лукашенко о сотрудничестве…]".
 * - Date: a stated date as the newspaper pattern "– 2019. – 15 окт."; an inferred one is not in the resource, so it is
 *   supplied in brackets with a question mark: "– [Окт. 2019?]".
 * - The original address is given when known; its "дата обращения" is the day the archive took its copy (the day the
 *   original was last seen), and is stated as unknown when it is, rather than invented.
 * - The archived copy follows as a note, "Копия: Летопись", with its own URL and the reader's access date, so a
 *   reference always ends with a working address.
 * - A full stop is not doubled after `. ? ! …`.
 */
import { formatRuNumericDate, gostDateElements } from './dates.ts';
import { directWithInitials, invertedWithInitials, parseAuthors, type ParsedName } from './names.ts';
import { clean, displayTitle, terminate } from './text.ts';
import type { CitationRecord } from './types.ts';

/** Joins areas with ". – ", not doubling a full stop after `. ? ! …`, and ends the description with a full stop. */
export function joinAreas(areas: readonly string[]): string {
  const present = areas.filter((a) => a !== '');
  let out = '';
  present.forEach((area, i) => {
    out = i === 0 ? area : `${terminate(out)} – ${area}`;
  });
  return terminate(out);
}

/** "URL: https://… (дата обращения: 25.11.2026)"; the parenthesis is left out when no date is given. */
export function gostUrl(url: string, accessed?: string): string {
  const date = accessed ? ` (дата обращения: ${formatRuNumericDate(accessed)})` : '';
  return `URL: ${url}${date}`;
}

/**
 * The original publication's address with its own «дата обращения»: the day the archive took its copy (the day the
 * original was last seen), or "(дата обращения неизвестна)" when that day is unknown — stated, never invented and
 * never borrowed from the reader's access to the copy.
 */
export function gostSourceUrl(record: CitationRecord): string {
  const source = clean(record.sourceUrl);
  if (!source) return '';
  const captured = clean(record.archive.captured);
  return captured ? gostUrl(source, captured) : `URL: ${source} (дата обращения неизвестна)`;
}

/** The heading ("Петров, И. С.") for one to three persons, first person first; otherwise none. */
export function gostHeading(names: readonly ParsedName[]): string | undefined {
  const first = names[0];
  if (!first || names.length > 3 || first.kind !== 'person') return undefined;
  return terminate(invertedWithInitials(first));
}

/** The statement of responsibility: all names up to four, otherwise the first three and "[и др.]". */
export function gostResponsibility(names: readonly ParsedName[]): string | undefined {
  if (names.length === 0) return undefined;
  const listed = names.length > 4 ? names.slice(0, 3) : names;
  const text = listed.map(directWithInitials).join(', ');
  return names.length > 4 ? `${text} [и др.]` : text;
}

/** Title and responsibility area, preceded by the heading when there is one: "Петров, И. С. Заглавие / И. С. Петров". */
export function gostTitleArea(record: CitationRecord): string {
  const names = parseAuthors(record.authors);
  const heading = gostHeading(names);
  const responsibility = gostResponsibility(names);
  const title = displayTitle(record);
  const withResp = responsibility ? `${title} / ${responsibility}` : title;
  return heading ? `${heading} ${withResp}` : withResp;
}

/** The archived-copy note and address: "Копия: Летопись. – URL: … (дата обращения: 25.11.2026)". */
export function gostArchiveAreas(record: CitationRecord): string[] {
  const name = clean(record.archive.name);
  return [name ? `Копия: ${name}` : 'Копия', gostUrl(clean(record.archive.permalink), clean(record.accessed))];
}

/** The full ГОСТ Р 7.0.100-2018 description of the article and its archived copy. */
export function renderGost(record: CitationRecord): string {
  const outlet = clean(record.outlet);
  const contentType = 'Текст : электронный';
  const partAndHost = outlet ? `${contentType} // ${outlet}` : contentType;
  return joinAreas([
    gostTitleArea(record),
    partAndHost,
    ...gostDateElements(record.published),
    gostSourceUrl(record),
    ...gostArchiveAreas(record),
  ]);
}
