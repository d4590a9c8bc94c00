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
