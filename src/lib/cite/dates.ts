/**
 * Date helpers for the citation formats: parsing `YYYY[-MM[-DD]]`, Russian month names for GOST
 * (abbreviated per ГОСТ Р 7.0.12-2011) and English month names for APA.
 */
import { englishMonths } from '../i18n/dates.ts';
import type { CitationDate, CitationDatePrecision } from './types.ts';

/** A date split into numbers, cut to the precision that is known. */
export interface DateParts {
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
}

const isoPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and truncates it to `precision` (when given).
 * Returns `undefined` for anything that is not such a date, or when the value is coarser than the precision claims.
 */
export function parseDate(value: string, precision?: CitationDatePrecision): DateParts | undefined {
  const match = isoPattern.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && month !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return undefined;
  }
  const want = precision ?? (day !== undefined ? 'day' : month !== undefined ? 'month' : 'year');
  if (want === 'year') return { year };
  if (month === undefined) return undefined;
  if (want === 'month') return { year, month };
  if (day === undefined) return undefined;
  return { year, month, day };
}

/** The publication date's parts, cut to its precision; `undefined` when absent or malformed. */
export function publishedParts(date: CitationDate | undefined): DateParts | undefined {
  return date ? parseDate(date.value, date.precision) : undefined;
}

/** Date parts as a list, `[year, month?, day?]`, the shape CSL `date-parts` wants. */
export function partsToArray(parts: DateParts): number[] {
  const out = [parts.year];
  if (parts.month !== undefined) out.push(parts.month);
  if (parts.day !== undefined) out.push(parts.day);
  return out;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for the parts that are known. */
export function partsToIso(parts: DateParts): string {
  return partsToArray(parts)
    .map((n, i) => (i === 0 ? String(n).padStart(4, '0') : pad2(n)))
    .join('-');
}

/**
 * `ДД.ММ.ГГГГ`, the form of "дата обращения" in ГОСТ Р 7.0.100-2018.
 * A value that is not a full `YYYY-MM-DD` date is returned cleaned but unchanged rather than guessed at.
 */
export function formatRuNumericDate(iso: string): string {
  const parts = parseDate(iso, 'day');
  if (!parts || parts.month === undefined || parts.day === undefined) return iso.trim();
  return `${pad2(parts.day)}.${pad2(parts.month)}.${parts.year}`;
}

/**
 * Russian month names as GOST descriptions print them (ГОСТ Р 7.0.12-2011 abbreviations):
 * `nominative` stands alone ("окт.", "май"), `genitive` follows a day number ("15 окт.", "3 мая").
 * March, May, June and July are never abbreviated.
 */
export const ruMonths: readonly { nominative: string; genitive: string }[] = [
  { nominative: 'янв.', genitive: 'янв.' },
  { nominative: 'февр.', genitive: 'февр.' },
  { nominative: 'март', genitive: 'марта' },
  { nominative: 'апр.', genitive: 'апр.' },
  { nominative: 'май', genitive: 'мая' },
  { nominative: 'июнь', genitive: 'июня' },
  { nominative: 'июль', genitive: 'июля' },
  { nominative: 'авг.', genitive: 'авг.' },
  { nominative: 'сент.', genitive: 'сент.' },
  { nominative: 'окт.', genitive: 'окт.' },
  { nominative: 'нояб.', genitive: 'нояб.' },
  { nominative: 'дек.', genitive: 'дек.' },
];

/** Upper-cases the first letter: an element that opens a GOST area starts with a capital ("Окт."). */
export function capitalize(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const ch = String.fromCodePoint(first);
  return ch.toUpperCase() + text.slice(ch.length);
}

/** Day and month in Russian, "15 окт." / "окт.", or `undefined` for a year-only date. */
export function ruDayMonth(parts: DateParts): string | undefined {
  if (parts.month === undefined) return undefined;
  const names = ruMonths[parts.month - 1];
  if (!names) return undefined;
  return parts.day === undefined ? names.nominative : `${parts.day} ${names.genitive}`;
}

/**
 * The publication date as GOST date elements, each to be preceded by ". – ".
 * Stated dates follow the standard's newspaper pattern: year, then day and month — `["2019", "15 окт."]`, `["2019", "Окт."]`.
 * Inferred dates are not in the resource, so they are supplied in square brackets with a question mark, as one element:
 * `["[2019?]"]`, `["[Окт. 2019?]"]`, `["[15 окт. 2019?]"]`.
 */
export function gostDateElements(date: CitationDate | undefined): string[] {
  const parts = publishedParts(date);
  if (!date || !parts) return [];
  const dayMonth = ruDayMonth(parts);
  if (date.evidence === 'inferred') {
    const inner = dayMonth === undefined ? String(parts.year) : `${dayMonth} ${parts.year}`;
    return [`[${capitalize(inner)}?]`];
  }
  return dayMonth === undefined ? [String(parts.year)] : [String(parts.year), capitalize(dayMonth)];
}

/**
 * The date inside APA's parentheses: "2019, October 15", "2019, October", "2019", or "n.d." when unknown.
 * An inferred date is prefixed "ca." (APA 7 marks approximate dates with "ca."; the CSL APA style renders
 * uncertain dates the same way).
 */
export function apaDate(date: CitationDate | undefined): string {
  const parts = publishedParts(date);
  if (!date || !parts) return 'n.d.';
  let text = String(parts.year);
  if (parts.month !== undefined) text += `, ${englishMonths[parts.month - 1]}`;
  if (parts.day !== undefined) text += ` ${parts.day}`;
  return date.evidence === 'inferred' ? `ca. ${text}` : text;
}
