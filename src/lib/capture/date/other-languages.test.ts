import { describe, expect, it } from 'vitest';
import { completeDatesIn, isDateline, isUpdateLine, readableLanguages } from './other-languages.ts';

describe('dates in words of other languages', () => {
  it.each([
    ['es', 'martes 17 de marzo de 2020', '2020-03-17'],
    ['pt', 'Publicado em 17 de março de 2020, 10h05', '2020-03-17'],
    ['nl', '9 oktober 2020 11:10', '2020-10-09'],
    ['de', '12. März 2021, 14:35 Uhr', '2021-03-12'],
    ['fr', 'Publié le 25 août 2020 à 10h00', '2020-08-25'],
    ['it', '5 dicembre 2020', '2020-12-05'],
    ['ja', '2020年07月03日', '2020-07-03'],
    ['ar', 'الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07'],
    ['ar', 'تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً', '2020-04-24'],
    ['ro', 'duminică, 20 septembrie 2020 16:20', '2020-09-20'],
    ['pl', '12 marca 2021', '2021-03-12'],
    ['cs', '3. května 2019', '2019-05-03'],
    ['tr', '5 Eylül 2020 14:00', '2020-09-05'],
  ])('reads %s «%s»', (language, text, expected) => {
    expect(completeDatesIn(text, [language]).map((d) => d.value)).toEqual([expected]);
  });

  it('takes no date whose year, month or day is not written', () => {
    expect(completeDatesIn('jueves 2 de abril', ['es'])).toEqual([]);
    expect(completeDatesIn('marzo de 2020', ['es'])).toEqual([]);
    expect(completeDatesIn('hace 3 días', ['es'])).toEqual([]);
    expect(completeDatesIn('gisteren om 10:15', ['nl'])).toEqual([]);
    expect(completeDatesIn('heute, 10:15 Uhr', ['de'])).toEqual([]);
    expect(completeDatesIn("aujourd'hui à 10h", ['fr'])).toEqual([]);
    expect(completeDatesIn('今日', ['ja'])).toEqual([]);
    expect(completeDatesIn('20 septembrie', ['ro'])).toEqual([]);
  });

  it('reads only the languages it is given', () => {
    expect(completeDatesIn('20 septembrie 2020', ['es'])).toEqual([]);
    expect(completeDatesIn('martes 17 de marzo de 2020', ['ro', 'es-MX'])).toEqual([
      { value: '2020-03-17', written: 'martes 17 de marzo de 2020' },
    ]);
  });

  it('leaves Russian, Belarusian and English to their own reader, and knows regional tags', () => {
    expect(readableLanguages(['ru', 'be', 'en-US', 'es_VE', 'pt-BR', 'ko', 'es'])).toEqual(['es', 'pt']);
  });

  it('tells a dateline from a sentence that mentions a day', () => {
    const dateline = 'Publicado el martes 17 de marzo de 2020, 10:05';
    expect(isDateline(dateline, completeDatesIn(dateline, ['es'])[0]!)).toBe(true);
    const sentence = 'Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Vereinsheim statt.';
    expect(isDateline(sentence, completeDatesIn(sentence, ['de'])[0]!)).toBe(false);
  });

  it('tells an update from the publication', () => {
    expect(isUpdateLine('Actualizado: 18 de marzo de 2020')).toBe(true);
    expect(isUpdateLine('Zuletzt aktualisiert am 12. März 2021')).toBe(true);
    expect(isUpdateLine('Publicado el 17 de marzo de 2020')).toBe(false);
  });
});
