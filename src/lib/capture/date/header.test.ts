import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCapture } from '../index.ts';
import { articleHeader, datesInLine, inDatedList, statesItsDate } from './text.ts';

// Fixtures written for letopis that reproduce the shapes of real raw captures (the real ones stay outside the repository).
const read = (name: string) =>
  readCapture(readFileSync(new URL(`../../../../test/fixtures/capture-dates/${name}`, import.meta.url)));

describe("the date in the article's own header, by the headline and lead the reader chose", () => {
  it.each([
    [
      'today-and-date-under-headline.txt',
      '2024-10-15',
      'строка 9',
      "under the headline after the byline, not the site's date of today above it",
    ],
    [
      'flattened-header.txt',
      '2023-03-14',
      'строка 1',
      'the timestamp ending a flattened header (teaser, headline, date and byline on one line)',
    ],
    [
      'headline-twice-date-above.txt',
      '2019-03-14',
      'строка 12',
      'above the second copy of a headline printed twice, after the menus',
    ],
    [
      'single-sentence-paragraphs.txt',
      '2022-09-21',
      'строка 12',
      'under the standfirst and byline of a text whose paragraphs are single sentences',
    ],
    ['issued-on.txt', '2024-05-07', 'строка 7', 'the sentence under the headline saying when the statement was issued'],
    ['today-in-lead.txt', '2024-03-04', 'строка 8', '"announced today (4 March 2024)" in the lead'],
  ])('%s → %s (%s: %s)', (name, value, line) => {
    const { date } = read(name);
    expect(date).toMatchObject({ value, precision: 'day', evidence: 'stated' });
    expect(date?.note).toContain(line);
  });

  it.each([
    ['today-above-headline.txt', "a site's date of today, printed at the top and again over the headline"],
    ['dated-list-above.txt', 'a date of a list of other stories right above the headline'],
    ['embedded-post-date.txt', "an embedded post's date under the headline (a mention after a preposition)"],
    ['updated-only.txt', 'an update under the headline'],
    ['teaser-above-headline.txt', "another story's teaser with its timestamp above the headline"],
  ])('%s: no date (%s)', (name) => {
    const reading = read(name);
    expect(reading.title).toBeDefined();
    expect(reading.date).toBeUndefined();
  });

  it('reads "06/05/2020" day first in a Latin-script text that is not English, though the ru/en/be detector calls it English', () => {
    const reading = read('latin-not-english.txt');
    expect(reading.language.language).toBe('en');
    expect(reading.date).toMatchObject({ value: '2020-05-06', evidence: 'stated' });
  });

  it('reads ordinal days and a date glued to the name before it', () => {
    expect(datesInLine('Sumaira FH 3 minutes ago Fri 14th August 2020 | 01:50 PM')[0]).toMatchObject({
      value: '2020-08-14',
      raw: '14th August 2020',
    });
    expect(datesInLine('BBC News21-05-2025')[0]).toMatchObject({ value: '2025-05-21' });
  });

  it('takes a timestamp that ends a header line, not one inside a sentence', () => {
    const flattened = 'Другая новость Главная новость 29 июля 2021, 09:02 Текст: Алина Назарова';
    expect(statesItsDate(flattened, datesInLine(flattened)[0]!)).toBe(true);
    const post = 'A post shared by Town Walks (@townwalks) on May 2, 2019 at 3:00pm PDT';
    expect(statesItsDate(post, datesInLine(post, false)[0]!)).toBe(false);
    const issued = 'The statement issued by the Ministry on 7 May 2024.';
    expect(statesItsDate(issued, datesInLine(issued)[0]!, true)).toBe(true);
    expect(statesItsDate(issued, datesInLine(issued)[0]!, false)).toBe(false);
    const report = 'The report, published on 7 May 2024, found that rivers were cleaner.';
    expect(statesItsDate(report, datesInLine(report)[0]!, true)).toBe(false);
  });

  it('measures the header from the nearest copy of the headline and stops at the lead', () => {
    const lines = [
      'menu',
      'Title',
      'menu',
      'list',
      '12 March 2020',
      '',
      'Title',
      'By A. Writer',
      'Lead paragraph of the article, long enough to be running text of the story, ends here.',
      'more',
    ];
    const header = articleHeader(lines, { title: 'Title', headlineLine: 2, leadLine: 9 });
    expect(header.get(4)).toBe(-1);
    expect(header.get(7)).toBe(1);
    expect(header.get(8)).toBeUndefined();
    expect(header.has(9)).toBe(false);
  });

  it('tells an item of a dated list from a date line alone', () => {
    const list = [
      '- [ October 25, 2020 ] Church announcements for the week',
      '- [ October 24, 2020 ] Snow may settle on Sunday',
      'Search for:',
    ];
    expect(inDatedList(list, 1, '2020-10-24', false)).toBe(true);
    const header = ['Published 3 April 2021', 'Updated 4 April 2021', 'Title'];
    expect(inDatedList(header, 0, '2021-04-03')).toBe(false);
  });
});
