import type { PublicationDate } from '../metadata/schema.ts';

export type UiLanguage = 'ru' | 'en';

/** English month names, as both the interface and APA references print them. */
export const englishMonths: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const months = {
  ru: {
    nominative: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
    genitive: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
  },
  en: { nominative: englishMonths, genitive: englishMonths },
};

/**
 * A publication date as a reader should see it: only as precise as it is known, and marked
 * "≈" when it is inferred rather than stated ("≈ октябрь 2019", "12 мая 2025", "2017").
 */
export function formatPublicationDate(date: PublicationDate, lang: UiLanguage): string {
  const [y, m, d] = date.value.split('-').map(Number) as [number, number?, number?];
  let text: string;
  if (date.precision === 'day' && m && d)
    text = lang === 'ru' ? `${d} ${months.ru.genitive[m - 1]} ${y}` : `${d} ${months.en.nominative[m - 1]} ${y}`;
  else if (date.precision === 'month' && m) text = `${months[lang].nominative[m - 1]} ${y}`;
  else text = String(y);
  return date.evidence === 'inferred' ? `≈ ${text}` : text;
}

/** A full day (YYYY-MM-DD) in the reader's language: "25 ноября 2026". */
export function formatDay(day: string, lang: UiLanguage): string {
  return formatPublicationDate({ value: day, precision: 'day', evidence: 'stated' }, lang);
}

/** Sort key that puts undated entries last and imprecise dates at the start of their period. */
export function dateSortKey(date: PublicationDate | undefined): string {
  return date ? date.value.padEnd(10, '-00').replace(/-$/u, '') : '0000';
}

/** The locale each interface formats dates in: English dates read day-month-year, as the interface's single dates do. */
const dateLocales: Record<UiLanguage, string> = { ru: 'ru', en: 'en-GB' };

/** Intl's options for a date known to a day, a month or a year (read in UTC: a date has no time zone). */
const rangeOptions: Record<PublicationDate['precision'], Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** "2017-06" → the first instant of that period, in UTC. */
const instant = (value: string) => new Date(`${value.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`);

/**
 * A span of dates without repeating what the two ends share, as Intl.DateTimeFormat's formatRange
 * writes it in the interface's locale: "29–30 июня 2017", "29 June – 1 July 2017", "30 June 2017 –
 * 2 January 2018". Russian drops ICU's "г." after the year, as every other date on the site does;
 * an end equal to the start (or none) gives the single date.
 */
export function formatDateRange(
  start: string,
  end: string | undefined,
  precision: PublicationDate['precision'],
  lang: UiLanguage,
): string {
  if (!end || end === start) return formatPublicationDate({ value: start, precision, evidence: 'stated' }, lang);
  return new Intl.DateTimeFormat(dateLocales[lang], rangeOptions[precision])
    .formatRange(instant(start), instant(end))
    .replace(/\s?г\./gu, '')
    .replace(/[\u2009\u202F]/gu, ' ') // ICU's thin spaces around the dash: the site's ordinary ones
    .replace(/^(\p{L}+) (\d{4}) – (\p{L}+) \2$/u, '$1 – $3 $2'); // ICU's Russian repeats a shared year of two months
}
