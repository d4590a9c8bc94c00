import { describe, expect, it } from 'vitest';
import { initialClass, lineFeatures, smoothClasses } from './classify.ts';

const classOf = (text: string) => initialClass(lineFeatures(text), text);

describe('block classes on their own', () => {
  it('tells running text from links, headings and numbers', () => {
    expect(
      classOf(
        'Городской совет на заседании во вторник утвердил план ремонта набережной, который обсуждали с осени. Работы начнутся в мае.',
      ),
    ).toBe('good');
    expect(
      classOf(
        'The main river crossing will be closed to traffic for two weeks from Monday. Engineers will replace the joints, the department said on Friday.',
      ),
    ).toBe('good');
    expect(
      classOf(
        'Рэстаўрацыя будынка старой аптэкі на рыначнай плошчы ў Гродне скончылася пасля двух гадоў працы, і цяпер там музей.',
      ),
    ).not.toBe('bad');
    expect(classOf('Наверх')).toBe('short');
    expect(classOf('Совет утвердил план ремонта набережной и освещения на двух километрах берега реки')).toBe('short');
    expect(classOf('09:40 10:15 11:20 12:45 13:00 14:30 15:15 16:40 17:05 18:30 19:45 20:10 21:30 22:00')).toBe('bad');
    expect(classOf('Расследование продолжается.')).toBe('near-good');
  });
});

describe('context smoothing', () => {
  it('makes a short block between text text, and one at the edges of the capture boilerplate', () => {
    expect(smoothClasses(['good', 'short', 'good'])).toEqual(['good', 'good', 'good']);
    expect(smoothClasses(['short', 'good', 'short'])).toEqual(['bad', 'good', 'bad']);
    expect(smoothClasses(['bad', 'short', 'bad'])).toEqual(['bad', 'bad', 'bad']);
  });

  it('keeps a near-good block next to text and drops one among boilerplate', () => {
    expect(smoothClasses(['good', 'near-good', 'bad'])).toEqual(['good', 'good', 'bad']);
    expect(smoothClasses(['bad', 'near-good', 'bad'])).toEqual(['bad', 'bad', 'bad']);
  });

  it('keeps a short block when a near-good one stands between it and the boilerplate', () => {
    expect(smoothClasses(['good', 'short', 'near-good', 'bad'])).toEqual(['good', 'good', 'good', 'bad']);
  });

  it('skips blank lines (undefined) when looking for neighbours', () => {
    expect(smoothClasses(['good', undefined, 'short', undefined, 'good'])).toEqual([
      'good',
      undefined,
      'good',
      undefined,
      'good',
    ]);
  });
});
