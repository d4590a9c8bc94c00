import { describe, expect, it } from 'vitest';
import { removedExcerpt } from './removed-excerpt.ts';

describe('removedExcerpt', () => {
  it('quotes a short block whole', () => {
    expect(removedExcerpt('Подписывайтесь на наши новости')).toEqual({
      text: 'Подписывайтесь на наши новости',
      moreLines: 0,
    });
    expect(removedExcerpt('a\nb\nc')).toEqual({ text: 'a\nb\nc', moreLines: 0 });
  });

  it('quotes the first lines of a long block and counts the rest', () => {
    const menu = Array.from({ length: 40 }, (_, i) => `${i + 1}. Раздел ${i + 1}`).join('\n');
    expect(removedExcerpt(menu)).toEqual({ text: '1. Раздел 1\n2. Раздел 2\n3. Раздел 3', moreLines: 37 });
  });

  it('cuts an overlong line with an ellipsis, never inside a character', () => {
    const line = `${'😀'.repeat(5)} ${'слово '.repeat(100)}`;
    const { text, moreLines } = removedExcerpt(`${line}\nвторая`, { lines: 3, chars: 20 });
    expect(text).toBe(`${'😀'.repeat(5)} слово слово сл…`);
    expect(moreLines).toBe(1);
  });
});
