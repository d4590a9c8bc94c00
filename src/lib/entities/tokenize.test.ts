import { describe, expect, it } from 'vitest';
import { foldKey, isAllCaps, isCapitalised, isJoiningGap, tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('splits Cyrillic, Latin and digits on anything else, with UTF-16 offsets', () => {
    expect(tokenize('А.Г.Лукашенко, IT-сектор; Almaty-2023').map((t) => [t.text, t.start, t.end])).toEqual([
      ['А', 0, 1],
      ['Г', 2, 3],
      ['Лукашенко', 4, 13],
      ['IT', 15, 17],
      ['сектор', 18, 24],
      ['Almaty', 26, 32],
      ['2023', 33, 37],
    ]);
  });

  it('keeps stressed words whole and counts astral characters as two units', () => {
    expect(tokenize('𝔸 заво́д').map((t) => [t.text, t.start])).toEqual([
      ['𝔸', 0],
      ['заво́д', 3],
    ]);
  });
});

describe('word helpers', () => {
  it('folds case, ё and stress marks but keeps й', () => {
    expect(foldKey('Ёлка')).toBe('елка');
    expect(foldKey('заво́д')).toBe('завод');
    expect(foldKey('Айтишник')).toBe('айтишник');
  });

  it('knows capitals, acronyms and joining gaps', () => {
    expect(isCapitalised('Румас')).toBe(true);
    expect(isCapitalised('пвт')).toBe(false);
    expect(isAllCaps('ЕАЭС')).toBe(true);
    expect(isAllCaps('ГосТех')).toBe(false);
    expect(isJoiningGap(' «')).toBe(true);
    expect(isJoiningGap('. ')).toBe(false);
    expect(isJoiningGap(' — ')).toBe(false);
  });
});
