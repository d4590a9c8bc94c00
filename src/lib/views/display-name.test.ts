import { describe, expect, it } from 'vitest';
import { displayName, nameLanguage } from './display-name.ts';

describe('displayName', () => {
  it('shows the Russian name on Russian pages and the English one on English pages', () => {
    const names = { ru: 'Александр Лукашенко', en: 'Alexander Lukashenko', be: 'Аляксандр Лукашэнка' };
    expect(displayName(names, 'ru')).toBe('Александр Лукашенко');
    expect(displayName(names, 'en')).toBe('Alexander Lukashenko');
  });

  it('romanizes a name the registry has only in Russian rather than show Cyrillic on English pages', () => {
    expect(displayName({ ru: 'Парк высоких технологий' }, 'en')).toBe('Park vysokikh tekhnologiĭ');
  });
});

describe('nameLanguage', () => {
  it('tells Belarusian, Russian and Latin-script names apart', () => {
    expect(nameLanguage('Парк высокіх тэхналогій')).toBe('be');
    expect(nameLanguage('Александр Григорьевич Лукашенко')).toBe('ru');
    expect(nameLanguage('ПВТ')).toBe('ru');
    expect(nameLanguage('Hi-Tech Park')).toBe('en');
  });
});
