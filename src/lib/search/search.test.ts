import { describe, expect, it } from 'vitest';
import { hasSearch, pagefindOptions, parseSearchParams, toSearchParams } from './query.ts';
import {
  addressFor,
  excerptAround,
  excerptSegments,
  kindOf,
  matchedOnlyNames,
  nameMatch,
  paragraphOf,
  trimMarks,
} from './result.ts';
import {
  namePlace,
  namesAnchorId,
  namesOf,
  parseNamesAnchorId,
  searchTermGroups,
  searchTermsFor,
  type SearchableEntity,
} from './terms.ts';

const lukashenko: SearchableEntity = {
  ref: 'people/lukashenko',
  names: { ru: 'Александр Лукашенко', en: 'Alexander Lukashenko', be: 'Аляксандр Лукашэнка' },
  aliases: ['Alexander Lukashenka', 'alexander lukashenko'],
};
const htp: SearchableEntity = {
  ref: 'organizations/hi-tech-park',
  names: { ru: 'Парк высоких технологий', en: 'High-Tech Park' },
  aliases: ['Hi-Tech Park'],
  acronyms: ['ПВТ', 'HTP'],
};
const eaeu: SearchableEntity = {
  ref: 'organizations/eaeu',
  names: { ru: 'Евразийский экономический союз', en: 'Eurasian Economic Union' },
  acronyms: ['ЕАЭС', 'EAEU'],
};

describe('search terms', () => {
  it('lists every name, alias and acronym once, canonical names first', () => {
    expect(namesOf(lukashenko)).toEqual([
      'Александр Лукашенко',
      'Alexander Lukashenko',
      'Аляксандр Лукашэнка',
      'Alexander Lukashenka',
    ]);
    expect(searchTermsFor([htp, eaeu, htp])).toEqual([
      'Парк высоких технологий',
      'High-Tech Park',
      'Hi-Tech Park',
      'ПВТ',
      'HTP',
      'Евразийский экономический союз',
      'Eurasian Economic Union',
      'ЕАЭС',
      'EAEU',
    ]);
    expect(searchTermsFor([])).toEqual([]);
  });
});

describe('search state in the URL', () => {
  it('round-trips query, facets and sort, with lang for language', () => {
    const state = parseSearchParams('?q=%20Лукашенко%20%20ПВТ&lang=ru&year=2022&sort=newest&junk=1');
    expect(state).toEqual({ q: 'Лукашенко ПВТ', filters: { language: 'ru', year: '2022' }, sort: 'newest' });
    expect(toSearchParams(state).toString()).toBe(
      new URLSearchParams('q=Лукашенко ПВТ&lang=ru&year=2022&sort=newest').toString(),
    );
    expect(pagefindOptions(state)).toEqual({ filters: { language: 'ru', year: '2022' }, sort: { date: 'desc' } });
  });

  it('falls back to relevance and knows an empty search', () => {
    const state = parseSearchParams('sort=sideways&lang=');
    expect(state).toEqual({ q: '', filters: {}, sort: 'relevance' });
    expect(hasSearch(state)).toBe(false);
    expect(toSearchParams(state).toString()).toBe('');
    expect(pagefindOptions(state)).toEqual({ filters: {} });
    expect(hasSearch(parseSearchParams('kind=person'))).toBe(true);
  });
});

describe('results', () => {
  const anchors = [
    { element: 'h1', id: 'x', location: 0 },
    { element: 'p', id: 'p-1', location: 5 },
    { element: 'p', id: 'p-2', location: 20 },
    { element: 'p', id: 'search-terms', location: 40 },
  ];
  it('links to the paragraph of the first match in the text', () => {
    expect(paragraphOf([25, 7], anchors)).toEqual({ id: 'p-1', n: 1 });
    expect(paragraphOf([22, 41], anchors)).toEqual({ id: 'p-2', n: 2 });
    expect(paragraphOf([2], anchors)).toBeUndefined();
    expect(paragraphOf([41], anchors)).toBeUndefined();
  });
  it('tells a match on the hidden names alone', () => {
    expect(matchedOnlyNames([41, 42], anchors)).toBe(true);
    expect(matchedOnlyNames([7, 41], anchors)).toBe(false);
    expect(matchedOnlyNames([7], anchors.slice(0, 3))).toBe(false);
  });
  it('keeps the excerpt as text with marks, never markup', () => {
    expect(excerptSegments('a &lt;b&gt; <mark>ПВТ</mark> &amp; <img src=x> <mark>HTP</mark>')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'ПВТ', mark: true },
      { text: ' & <img src=x> ', mark: false },
      { text: 'HTP', mark: true },
    ]);
  });
  it('knows the kind from metadata or the URL, under a base', () => {
    expect(kindOf('/letopis/people/lukashenko/', '/letopis/', {})).toBe('person');
    expect(kindOf('/articles/2019/x/', '/', {})).toBe('article');
    expect(kindOf('/en/topics/x/', '/', {})).toBe('topic');
    expect(kindOf('/about/', '/', { kind: 'event' })).toBe('event');
    expect(kindOf('/about/', '/', {})).toBe('page');
  });
});

describe('result addresses and excerpts', () => {
  it('shows each page once, as the copy for the reader’s interface', () => {
    expect(addressFor('/letopis/en/people/x/', '/letopis/', 'ru')).toBe('/letopis/people/x/');
    expect(addressFor('/letopis/people/x/', '/letopis/', 'en')).toBe('/letopis/en/people/x/');
    expect(addressFor('/articles/2019/y/', '/', 'ru')).toBe('/articles/2019/y/');
  });
  it('cuts the excerpt from the visible text around the first match, never from the hidden names', () => {
    const content = 'Title. one two three four five six seven · Lukashenko Лукашенко';
    const anchors = [{ element: 'p', id: 'search-terms', location: 8 }];
    expect(excerptAround(content, [3, 9], anchors, 4)).toEqual([
      { text: 'two ', mark: false },
      { text: 'three', mark: true },
      { text: ' four five', mark: false },
    ]);
  });
});

describe('a result found through a name the article gives in other words', () => {
  // Article 000, ¶4: "… благодаря работе Парка высоких технологий - ведущего …" is found by "ПВТ".
  const text = 'Это стало возможным благодаря работе Парка высоких технологий - ведущего IT-института страны.';
  const start = text.indexOf('Парка');
  const place = namePlace(4, text, start, start + 'Парка высоких технологий'.length);

  it('records where the article first names the entity, in words as Pagefind counts them', () => {
    expect(place).toEqual({ paragraph: 4, word: 5, words: 3 });
    expect(namePlace(1, 'Резиденты (ПВТ) растут', 11, 14)).toEqual({ paragraph: 1, word: 1, words: 1 });
    expect(parseNamesAnchorId(namesAnchorId(place))).toEqual(place);
    expect(parseNamesAnchorId(namesAnchorId({ paragraph: 2 }))).toEqual({ paragraph: 2 });
    expect(parseNamesAnchorId('p-4')).toBeUndefined();
  });

  it('groups the names by that place, each name once', () => {
    const htp: SearchableEntity = {
      ref: 'organizations/hi-tech-park',
      names: { ru: 'Парк высоких технологий' },
      acronyms: ['ПВТ'],
    };
    const park: SearchableEntity = { ref: 'organizations/x', names: { ru: 'ПВТ' }, aliases: ['Парк'] };
    expect(
      searchTermGroups([
        { ...htp, namedAt: place },
        { ...park, namedAt: { paragraph: 1 } },
      ]),
    ).toEqual([
      { id: 'search-terms-p4-w5-n3', terms: ['Парк высоких технологий', 'ПВТ'] },
      { id: 'search-terms-p1', terms: ['Парк'] },
    ]);
  });

  it("gives a page's own names no place, even an event's, whose registry entry has a place of its own", () => {
    const forum = { ref: 'events/forum', names: { ru: 'Форум регионов' }, place: { ru: 'Москва' } };
    expect(searchTermGroups([forum])).toEqual([{ terms: ['Форум регионов'] }]);
  });

  it('links and marks the paragraph that names it, not the top of the article', () => {
    const anchors = [
      { element: 'p', id: 'p-1', location: 5 },
      { element: 'p', id: 'p-4', location: 60 },
      { element: 'p', id: 'search-terms', location: 200 },
      { element: 'span', id: 'search-terms-p1', location: 200 },
      { element: 'span', id: namesAnchorId(place), location: 210 },
    ];
    expect(nameMatch([214], anchors)).toEqual({ paragraph: { id: 'p-4', n: 4 }, words: [65, 66, 67] });
    expect(nameMatch([201], anchors)).toEqual({ paragraph: { id: 'p-1', n: 1 }, words: [] });
    // A match in the text is found by paragraphOf; names without a place (a page's own) give nothing.
    expect(nameMatch([70, 214], anchors)).toBeUndefined();
    expect(nameMatch([201], [anchors[0]!, anchors[2]!])).toBeUndefined();
  });
});

describe('highlights', () => {
  it('never include punctuation', () => {
    expect(
      trimMarks(excerptSegments('сказал <mark>[Лукашенко</mark> и <mark>Лукашенко.</mark> «<mark>«ПВТ»,</mark>')),
    ).toEqual([
      { text: 'сказал [', mark: false },
      { text: 'Лукашенко', mark: true },
      { text: ' и ', mark: false },
      { text: 'Лукашенко', mark: true },
      { text: '. ««', mark: false },
      { text: 'ПВТ', mark: true },
      { text: '»,', mark: false },
    ]);
    expect(excerptSegments('a <mark>—</mark> b')).toEqual([{ text: 'a — b', mark: false }]);
    expect(excerptSegments('работе <mark>Парка</mark> <mark>высоких</mark> <mark>технологий</mark> -')).toEqual([
      { text: 'работе ', mark: false },
      { text: 'Парка высоких технологий', mark: true },
      { text: ' -', mark: false },
    ]);
  });
});
