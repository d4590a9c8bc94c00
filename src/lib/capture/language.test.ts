import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  it.each([
    ['Премьер-министры России и Беларуси провели в Москве короткие переговоры.', 'ru'],
    ['The presidents of Belarus and Russia took part in the plenary session.', 'en'],
    ['Беларусь і Расія падпісалі пагадненне аб супрацоўніцтве ў сферы інфармацыйных тэхналогій.', 'be'],
    ['Парк высоких технологий (ПВТ) — Hi-Tech Park — объявил о новых резидентах.', 'ru'],
  ])('%s → %s', (text, language) => expect(detectLanguage(text).language).toBe(language));

  it('reports the Cyrillic share', () => {
    expect(detectLanguage('abc').cyrillicShare).toBe(0);
    expect(detectLanguage('абв').cyrillicShare).toBe(1);
  });
});
