import { describe, expect, it } from 'vitest';
import { titleParts } from '../views/display-title.ts';
import { readTitleParts } from './title-parts.ts';

describe('readTitleParts', () => {
  it('reads back the parts a page stores, in reading order', () => {
    const stored = JSON.stringify(titleParts({ title: 'Лукашенко', titleEn: 'Lukashenko', language: 'ru' }, 'en'));
    expect(readTitleParts(stored)).toEqual([
      { text: 'Лукашенко', lang: 'ru', part: 'original' },
      { text: 'Lukashenko', lang: 'ru-Latn-alalc97', part: 'romanized' },
      { text: '[Lukashenko]', lang: 'en', part: 'translated' },
    ]);
  });

  it('gives nothing for a missing or malformed field, so that the result falls back to Pagefind’s title', () => {
    for (const value of [undefined, '', 'not json', '[]', '{"original":"x"}', 'null', '{"original":{"text":1}}']) {
      expect(readTitleParts(value)).toBeUndefined();
    }
  });
});
