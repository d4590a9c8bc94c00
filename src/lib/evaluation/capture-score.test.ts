import { describe, expect, it } from 'vitest';
import {
  sameTitle,
  sameTitleWithoutSite,
  scoreCapture,
  tokens,
  tokenScores,
  totals,
  type ReaderOutput,
} from './capture-score.ts';
import { parseExpected, type Expected } from './expected.ts';

const expected = (over: Partial<Expected> = {}): Expected => ({
  title: 'Мост закроют на две недели',
  date: '2021-04-12',
  language: 'ru',
  main: 'Мост закроют с понедельника.\nАвтобусы пойдут в объезд.',
  ...over,
});
const output = (over: Partial<Extract<ReaderOutput, { refused: false }>> = {}): ReaderOutput => ({
  refused: false,
  title: 'Мост закроют на две недели',
  paragraphs: ['Мост закроют с понедельника.', 'Автобусы пойдут в объезд.'],
  date: '2021-04-12',
  language: 'ru',
  ms: 1,
  ...over,
});

describe('token scores', () => {
  it('counts words as a bag: precision over what was kept, recall over what was expected', () => {
    expect(tokenScores(tokens('a b c d'), tokens('a b c d'))).toEqual({ precision: 1, recall: 1, f1: 1 });
    const s = tokenScores(tokens('a b c d x y'), tokens('a b c d e f g h'));
    expect(s.precision).toBeCloseTo(4 / 6);
    expect(s.recall).toBeCloseTo(4 / 8);
    expect(s.f1).toBeCloseTo((2 * (4 / 6) * (4 / 8)) / (4 / 6 + 4 / 8));
    // A repeated word counts as often as it is expected, not more.
    expect(tokenScores(tokens('a a a'), tokens('a')).precision).toBeCloseTo(1 / 3);
    expect(tokenScores([], tokens('a')).f1).toBe(0);
  });

  it('reads words in any script, case-insensitively', () => {
    expect(tokens('Мінск, «Navіny» — 2021!')).toEqual(['мінск', 'navіny', '2021']);
  });
});

describe('scoreCapture', () => {
  it('scores a perfect reading as right on every count', () => {
    const s = scoreCapture('a.txt', output(), expected());
    expect(s).toMatchObject({ f1: 1, title: 'right', date: 'right', language: true, refused: false });
  });

  it('tells a wrong, a missing and an invented title and date apart', () => {
    expect(scoreCapture('a', output({ title: 'Наверх' }), expected()).title).toBe('wrong');
    expect(scoreCapture('a', output({ title: undefined, suppliedTitle: 'Мост' }), expected()).title).toBe('missing');
    expect(scoreCapture('a', output(), expected({ title: null })).title).toBe('invented');
    expect(scoreCapture('a', output({ title: undefined }), expected({ title: null })).title).toBe('none-right');
    expect(scoreCapture('a', output({ date: '2021-04-13' }), expected()).date).toBe('wrong');
    expect(scoreCapture('a', output({ date: undefined }), expected()).date).toBe('missing');
    expect(scoreCapture('a', output({ date: '2021' }), expected({ date: null })).date).toBe('invented');
    expect(scoreCapture('a', output({ date: '2021-04-12' }), expected({ date: '2021-04' })).date).toBe('wrong');
  });

  it('counts the boilerplate lines the reader kept', () => {
    const lines = [
      { text: 'Наверх', kept: true },
      { text: 'Мост закроют на две недели', kept: true },
      { text: '12.04.2021 10:15', kept: false },
      { text: 'Мост закроют с понедельника.', kept: true },
      { text: 'Автобусы пойдут в объезд.', kept: true },
      { text: 'Популярные новости', kept: false },
    ];
    expect(scoreCapture('a', output({ lines }), expected())).toMatchObject({ boilerplateLines: 3, boilerplateLeft: 1 });
  });

  it('scores a refusal as nothing found', () => {
    const s = scoreCapture('a', { refused: true, reason: 'binary', ms: 0 }, expected());
    expect(s).toMatchObject({ refused: true, f1: 0, title: 'missing', date: 'missing', language: false });
  });

  it("counts a headline that is the expected <title> without its site's part apart from an exact one", () => {
    expect(sameTitleWithoutSite('How to Build a Terrarium', 'How to Build a Terrarium | eHow')).toBe(true);
    expect(sameTitleWithoutSite('Site Reliability Engineering', 'Google - Site Reliability Engineering')).toBe(true);
    expect(sameTitleWithoutSite('Weekly Edition', 'LWN.net Weekly Edition [LWN.net]')).toBe(false);
    expect(sameTitleWithoutSite('Yahoo News', 'Yahoo News - Latest News & Headlines')).toBe(false);
    expect(sameTitleWithoutSite('Russia: Space ship breaks up', 'Yahoo News - Latest News & Headlines')).toBe(false);
    const s = scoreCapture('a', output({ title: 'Мост закроют' }), expected({ title: 'Мост закроют | Курьер' }));
    expect(s.title).toBe('right-without-site');
    expect(totals([s])).toMatchObject({ withTitle: 1, titlesRight: 0, titlesRightWithoutSite: 1 });
  });

  it('scores only what the expected file gives (a set with dates alone)', () => {
    const s = scoreCapture('a', output({ date: '2020-04-13' }), { date: '2020-04-13' });
    expect(s).toMatchObject({ title: 'unscored', date: 'right' });
    expect(s.f1).toBeUndefined();
    expect(s.language).toBeUndefined();
    const t = totals([s, scoreCapture('b', output(), expected())]);
    expect(t).toMatchObject({ files: 2, withText: 1, withTitle: 1, withDate: 2, withLanguage: 1, languageRight: 1 });
    expect(t.f1).toBe(1);
    expect(parseExpected('x.expected.yaml', 'date: 2020-04-13\nurl: https://example.org/a\n')).toEqual({
      date: '2020-04-13',
      url: 'https://example.org/a',
    });
  });

  it('compares titles without case, quotes or spacing', () => {
    expect(sameTitle('«Мост» закроют  на две недели', 'мост закроют на две недели.')).toBe(true);
    expect(sameTitle('Мост закроют', 'Мост откроют')).toBe(false);
  });
});

describe('totals', () => {
  it('sums a folder: refusals, means, shares and the date counts', () => {
    const t = totals([
      scoreCapture('a', output(), expected()),
      scoreCapture('b', output({ title: 'Наверх', date: '2020' }), expected({ date: null })),
      scoreCapture('c', { refused: true, reason: 'x', ms: 3 }, expected({ title: null })),
    ]);
    expect(t).toMatchObject({
      files: 3,
      refusals: 1,
      withTitle: 2,
      titlesRight: 1,
      withoutTitle: 1,
      noTitleRight: 1,
      withDate: 2,
      datesRight: 1,
      datesMissing: 1,
      datesInvented: 1,
      languageRight: 2,
    });
    expect(t.f1).toBeCloseTo(2 / 3);
  });
});

describe('parseExpected', () => {
  it('reads the documented format and names the file and field of a mistake', () => {
    expect(
      parseExpected('x.expected.yaml', 'title: null\ndate: 2021-04-03\nlanguage: be\nmain: |\n  Тэкст.\n'),
    ).toMatchObject({ title: null, date: '2021-04-03', language: 'be' });
    expect(() => parseExpected('x.expected.yaml', 'title: A\ndate: 3 April\nlanguage: ru\nmain: x\n')).toThrow(
      /x\.expected\.yaml: date: a date is YYYY-MM-DD/u,
    );
    expect(() =>
      parseExpected('x.expected.yaml', 'title: A\ndate: null\nlanguage: ru\nmain: x\nheadline: B\n'),
    ).toThrow(/x\.expected\.yaml/u);
  });
});
