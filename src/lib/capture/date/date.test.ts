import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicationDate } from '../../metadata/schema.ts';
import { captureKindOf, readCapture } from '../index.ts';
import { dateFromUrl, datesInLine, findPublicationDate, parseStatedDate } from './index.ts';

const read = (name: string) =>
  readCapture(
    readFileSync(new URL(`../../../../test/fixtures/capture-meta/${name}`, import.meta.url)),
    captureKindOf(name),
  );

describe('dates written in a line', () => {
  it.each([
    ['3 апреля 2021, 10:15', '2021-04-03'],
    ['12.04.2021 10:15', '2021-04-12'],
    ['30 сакавіка 2016', '2016-03-30'],
    ['5 лістапада 2020 г.', '2020-11-05'],
    ['April 3, 2021', '2021-04-03'],
    ['Posted: Apr. 3rd 2021', '2021-04-03'],
    ['3 Sept 2019', '2019-09-03'],
    ['2019-06-14T08:05:00+03:00', '2019-06-14'],
    ['9 kastryčnika 2020', '2020-10-09'],
    ['Yahoo News Australia28 October 2020', '2020-10-28'],
    ['By Sage Anderson2020-02-20 13:52:51 UTC', '2020-02-20'],
  ])('%s → %s', (line, value) => expect(datesInLine(line)[0]).toMatchObject({ value, hasYear: true }));

  it('reads nothing that is not a real date, and no year alone', () => {
    expect(datesInLine('31.02.2021, USD 89.50, в 2019 году, 10:15, 12.2021, 3 марки')).toEqual([]);
  });

  it('tells the update from the publication', () => {
    expect(datesInLine('Опубликовано 3 апреля 2021, обновлено 4 апреля 2021').map((d) => d.role)).toEqual([
      'published',
      'updated',
    ]);
    expect(datesInLine('Абноўлена 4 красавіка 2021')[0]?.role).toBe('updated');
  });

  it('reads American slashes month first only when asked', () => {
    expect(datesInLine('04/12/2021')[0]?.value).toBe('2021-12-04');
    expect(datesInLine('04/12/2021', false)[0]?.value).toBe('2021-04-12');
    expect(datesInLine('04/13/2021')[0]?.value).toBe('2021-04-13');
  });
});

describe('dates in addresses and tags', () => {
  it.each([
    ['https://rg.ru/2019/10/23/dmitrij-medvedev.html', '2019-10-23'],
    ['https://ria.ru/20210403/vuzy-1603.html', '2021-04-03'],
    ['https://example.org/news/2021/04/', '2021-04'],
    ['https://example.org/2021-04-12-news', '2021-04-12'],
  ])('%s → %s', (url, value) => expect(dateFromUrl(url)?.value).toBe(value));

  it('finds none where the path holds no date', () => {
    expect(dateFromUrl('https://tass.ru/moskva/8836033')).toBeUndefined();
    expect(dateFromUrl('https://example.org/news/20211345/x')).toBeUndefined();
    expect(dateFromUrl('not a url')).toBeUndefined();
  });

  it('keeps the stated day of a timestamp', () => {
    expect(parseStatedDate('2020-12-24T23:59:50+00:00')).toBe('2020-12-24');
    expect(parseStatedDate('20200414T00:38:07Z')).toBe('2020-04-14');
    expect(parseStatedDate('May 12, 2023')).toBe('2023-05-12');
    expect(parseStatedDate('yesterday')).toBeUndefined();
  });
});

describe('the publication date of a capture', () => {
  it('reads JSON-LD in @graph and ignores dates of related stories', () => {
    const reading = read('logo-h1.html');
    expect(reading.date).toMatchObject({ value: '2022-11-08', precision: 'day', evidence: 'stated' });
    expect(reading.date?.note).toContain('JSON-LD datePublished');
  });

  it('reads the <time> under the headline, not the one in the sidebar', () => {
    expect(read('time-under-headline.html').date).toMatchObject({
      value: '2019-06-14',
      evidence: 'stated',
      note: expect.stringContaining('<time datetime>'),
    });
  });

  it('reads the date printed under the headline, not the update', () => {
    expect(read('visible-date.html').date).toMatchObject({ value: '2023-05-12', evidence: 'stated' });
  });

  it('reads the day printed by the headline when the UTC timestamp falls on the next day', () => {
    expect(read('utc-evening.html').date).toMatchObject({
      value: '2021-04-13',
      evidence: 'stated',
      note: expect.stringContaining('UTC'),
    });
  });

  it('reads the date in the canonical address when og:url has none', () => {
    expect(read('canonical-date.html').date).toMatchObject({ value: '2021-04-12', evidence: 'inferred' });
  });

  it("never takes the site's date of today for the article's", () => {
    expect(read('today-bar.html').date).toBeUndefined();
  });

  it('reads the date printed above a headline that is not the <h1>', () => {
    expect(read('site-in-title.html').date).toMatchObject({ value: '2016-05-08', evidence: 'stated' });
  });

  it('reads a date in Spanish words by the headline, the publication and not the update', () => {
    expect(read('spanish-date.html').date).toMatchObject({
      value: '2020-03-17',
      evidence: 'stated',
      note: expect.stringContaining('martes 17 de marzo de 2020'),
    });
  });

  it("reads the date in the language of the page's text when the page declares none, beside the author's name", () => {
    expect(read('dutch-undeclared.html').date).toMatchObject({ value: '2020-10-09', evidence: 'stated' });
  });

  it('reads a Romanian date on a page whose template declares English', () => {
    expect(read('romanian-declared-english.html').date).toMatchObject({ value: '2020-09-20', evidence: 'stated' });
  });

  it('takes no date in another language without its year, nor a date of the body', () => {
    expect(read('yearless-foreign.html').date).toBeUndefined();
  });

  it("reads the article's information line even when it is styled as a navigation list", () => {
    expect(read('nav-meta-date.html').date).toMatchObject({ value: '2020-10-13', evidence: 'stated' });
  });

  it('infers the date from the address when the page states none, and says so', () => {
    expect(read('url-only.html').date).toMatchObject({
      value: '2021-04-12',
      evidence: 'inferred',
      note: expect.stringContaining('polatsk-news.example/kultura/2021/04/12/vezha.html'),
    });
  });

  it('takes the publication over the update in a text header, never a date from the body', () => {
    expect(read('updated-vs-published.txt').date).toMatchObject({
      value: '2021-04-03',
      evidence: 'stated',
      note: expect.stringContaining('строка 4'),
    });
  });

  it("takes the date above the article in a whole-page copy, not the site's date of today, a caption's or a list's", () => {
    expect(read('page-copy.txt').date).toMatchObject({
      value: '2019-06-12',
      evidence: 'stated',
      note: expect.stringContaining('строка 19'),
    });
  });

  it('reads a Belarusian date line', () => {
    expect(read('belarusian-date.txt').date).toMatchObject({ value: '2016-03-30', evidence: 'stated' });
  });

  it('gives a yearless dateline no year of its own, and a body year is no date', () => {
    expect(read('yearless-dateline.txt').date).toBeUndefined();
    const text = readFileSync(
      new URL('../../../../test/fixtures/capture-meta/yearless-dateline.txt', import.meta.url),
      'utf8',
    );
    expect(findPublicationDate({ text, url: 'https://ria.ru/20210403/vuzy.html' })).toMatchObject({
      value: '2021-04-03',
      evidence: 'inferred',
    });
    expect(findPublicationDate({ text, url: 'https://ria.ru/20210503/vuzy.html' })).toMatchObject({
      value: '2021-05-03',
      evidence: 'inferred',
      note: expect.stringContaining('адреса'),
    });
    expect(read('lacinka.txt').date).toBeUndefined();
  });

  it('only ever returns dates the sidecar schema accepts', () => {
    for (const name of [
      'page-copy.txt',
      'logo-h1.html',
      'time-under-headline.html',
      'visible-date.html',
      'url-only.html',
      'updated-vs-published.txt',
      'belarusian-date.txt',
    ]) {
      expect(publicationDate.safeParse(read(name).date).success, name).toBe(true);
    }
  });
});
