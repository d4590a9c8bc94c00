import { describe, expect, it } from 'vitest';
import { snippet } from './snippet.ts';

describe('snippet', () => {
  it('marks the ranges of a short paragraph and keeps it whole', () => {
    expect(snippet('Сергей Румас прилетел в Москву.', [{ start: 7, end: 12 }])).toEqual([
      { text: 'Сергей ', mark: false },
      { text: 'Румас', mark: true },
      { text: ' прилетел в Москву.', mark: false },
    ]);
  });

  it('cuts a long paragraph around the mention at word boundaries', () => {
    const text = `${'слово '.repeat(100)}Лукашенко ${'слово '.repeat(100)}`.trim();
    const start = text.indexOf('Лукашенко');
    const parts = snippet(text, [{ start, end: start + 9 }], 40);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('… слово')).toBe(true);
    expect(joined.endsWith('слово …')).toBe(true);
    expect(joined.length).toBeLessThan(200);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Лукашенко']);
  });
});
