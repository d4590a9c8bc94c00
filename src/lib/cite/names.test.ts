import { describe, expect, it } from 'vitest';
import { directWithInitials, initials, invertedWithInitials, parseName } from './names.ts';
import { apaDate, formatRuNumericDate, gostDateElements, parseDate } from './dates.ts';

describe('parseName', () => {
  it.each([
    ['Иван Петров', { kind: 'person', family: 'Петров', given: 'Иван' }],
    ['Петров Иван Сергеевич', { kind: 'person', family: 'Петров', given: 'Иван Сергеевич' }],
    ['Иван Сергеевич Петров', { kind: 'person', family: 'Петров', given: 'Иван Сергеевич' }],
    ['Петров, Иван', { kind: 'person', family: 'Петров', given: 'Иван' }],
    ['Петров И. С.', { kind: 'person', family: 'Петров', given: 'И. С.' }],
    ['И.С. Петров', { kind: 'person', family: 'Петров', given: 'И.С.' }],
    ['John A. Smith', { kind: 'person', family: 'Smith', given: 'John A.' }],
    ['Шостакович Дмитрий Дмитриевич', { kind: 'person', family: 'Шостакович', given: 'Дмитрий Дмитриевич' }],
    ['  БелТА \n', { kind: 'literal', literal: 'БелТА' }],
  ] as const)('%s', (raw, expected) => {
    expect(parseName(raw)).toEqual(expected);
  });

  it('initials and the two GOST name forms', () => {
    expect(initials('Жан-Поль')).toBe('Ж.-П.');
    expect(initials('И.С.')).toBe('И. С.');
    const name = parseName('Сидорова Анна Викторовна');
    expect(invertedWithInitials(name)).toBe('Сидорова, А. В.');
    expect(directWithInitials(name)).toBe('А. В. Сидорова');
  });
});

describe('dates', () => {
  it('parses and truncates to precision', () => {
    expect(parseDate('2019-10-15', 'month')).toEqual({ year: 2019, month: 10 });
    expect(parseDate('2019', 'day')).toBeUndefined();
    expect(parseDate('2019-02-30')).toBeUndefined();
    expect(parseDate('not a date')).toBeUndefined();
  });

  it('GOST date elements: stated vs inferred; March–July unabbreviated', () => {
    expect(gostDateElements({ value: '2018-02-02', precision: 'day', evidence: 'stated' })).toEqual([
      '2018',
      '2 февр.',
    ]);
    expect(gostDateElements({ value: '2019-03', precision: 'month', evidence: 'stated' })).toEqual(['2019', 'Март']);
    expect(gostDateElements({ value: '2019-07-01', precision: 'day', evidence: 'inferred' })).toEqual([
      '[1 июля 2019?]',
    ]);
    expect(gostDateElements({ value: '2019-11', precision: 'month', evidence: 'inferred' })).toEqual(['[Нояб. 2019?]']);
    expect(gostDateElements(undefined)).toEqual([]);
  });

  it('APA date and numeric access date', () => {
    expect(apaDate({ value: '2019-10-05', precision: 'day', evidence: 'stated' })).toBe('2019, October 5');
    expect(apaDate({ value: '2019', precision: 'year', evidence: 'inferred' })).toBe('ca. 2019');
    expect(apaDate(undefined)).toBe('n.d.');
    expect(formatRuNumericDate('2026-11-25')).toBe('25.11.2026');
    expect(formatRuNumericDate('soon')).toBe('soon');
  });
});
