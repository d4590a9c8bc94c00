import { describe, expect, it } from 'vitest';
import { findControlCharacter, findControlInValue } from './control.ts';
import { displayText, hasInvisible } from './display.ts';

describe('displayText', () => {
  it('removes bidi overrides, isolates, marks and zero-width characters, and nothing else', () => {
    expect(displayText('\u202Eтекст\u202C \u2066a\u2069\u200Bb\u200C\u200D\u2060\uFEFF\u200E\u200F\u061C')).toBe(
      'текст ab',
    );
    expect(displayText('Лукашенко — «ПВТ»  2.0 ё Ў')).toBe('Лукашенко — «ПВТ»  2.0 ё Ў');
    expect(hasInvisible('a\u202Eb')).toBe(true);
    expect(hasInvisible('аб')).toBe(false);
  });
});

describe('control characters', () => {
  it('are found with their line, in text and in parsed values', () => {
    expect(findControlCharacter('a\nb\r\nc\u0000d')).toEqual({ line: 3, code: 'U+0000' });
    expect(findControlCharacter('tab\tand\fform feed\r\n')).toBeUndefined();
    expect(findControlCharacter('\u009B')).toEqual({ line: 1, code: 'U+009B' });
    expect(findControlInValue({ a: ['x', { b: 'y\u0007' }] })).toEqual({ path: 'a.1.b', code: 'U+0007' });
    expect(findControlInValue({ a: 1, b: null, c: ['ok'] })).toBeUndefined();
  });
});
