import { describe, expect, it } from 'vitest';
import { formatDateRange } from './dates.ts';

describe('formatDateRange', () => {
  it('writes what the two ends share once, in each interface language', () => {
    expect(formatDateRange('2017-06-29', '2017-06-30', 'day', 'ru')).toBe('29–30 июня 2017');
    expect(formatDateRange('2017-06-29', '2017-07-01', 'day', 'ru')).toBe('29 июня – 1 июля 2017');
    expect(formatDateRange('2017-06-30', '2018-01-02', 'day', 'ru')).toBe('30 июня 2017 – 2 января 2018');
    expect(formatDateRange('2017-06-29', '2017-07-01', 'day', 'en')).toBe('29 June – 1 July 2017');
    expect(formatDateRange('2017-06-30', '2018-01-02', 'day', 'en')).toBe('30 June 2017 – 2 January 2018');
  });

  it('keeps the precision the dates are known to', () => {
    expect(formatDateRange('2019-10', '2019-11', 'month', 'en')).toBe('October – November 2019');
    expect(formatDateRange('2019-10', '2019-11', 'month', 'ru')).toBe('октябрь – ноябрь 2019');
    expect(formatDateRange('2019-10', '2020-01', 'month', 'ru')).toBe('октябрь 2019 – январь 2020');
    expect(formatDateRange('2017', '2019', 'year', 'en')).toBe('2017 – 2019');
  });

  it('gives the single date when there is no end, or the end is the start', () => {
    expect(formatDateRange('2022-05-12', undefined, 'day', 'ru')).toBe('12 мая 2022');
    expect(formatDateRange('2022-05-12', '2022-05-12', 'day', 'en')).toBe('12 May 2022');
  });
});
