import { describe, expect, it } from 'vitest';
import { alternatePath, localePath } from './locale.ts';

describe('locale paths', () => {
  it('puts English pages under /en/', () => {
    expect(localePath('/people/lukashenko/', 'en')).toBe('/en/people/lukashenko/');
    expect(localePath('/people/lukashenko/', 'ru')).toBe('/people/lukashenko/');
  });

  it('finds the same page in the other language, under a base too', () => {
    expect(alternatePath('/letopis/people/x/', '/letopis/', 'ru')).toEqual({ ui: 'en', path: '/en/people/x/' });
    expect(alternatePath('/letopis/en/people/x/', '/letopis/', 'en')).toEqual({ ui: 'ru', path: '/people/x/' });
    expect(alternatePath('/en/', '/', 'en')).toEqual({ ui: 'ru', path: '/' });
  });
});
