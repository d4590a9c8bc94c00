import { describe, expect, it } from 'vitest';
import { mentionYears } from './mention-pages.ts';

const occurrences = (years: string[]) => years.map((year, i) => ({ article: `${year}-${i}`, paragraphs: [1] }));
const yearOf = (article: string) => article.split('-')[0]!;

describe('mentionYears', () => {
  it('gives no year pages while every mention fits on the entity’s page', () => {
    expect(mentionYears(occurrences(['2020', '2019']), yearOf, 2)).toEqual([]);
  });

  it('gives every year of a larger list its page, newest first as the list comes, with its count', () => {
    expect(mentionYears(occurrences(['2021', '2021', '2019', 'undated']), yearOf, 3)).toEqual([
      { year: '2021', count: 2 },
      { year: '2019', count: 1 },
      { year: 'undated', count: 1 },
    ]);
  });
});
