import { describe, expect, it } from 'vitest';
import { textParts, titleLine, titleParts } from './display-title.ts';

const russian = { title: 'Мишустин призвал страны ЕАЭС содействовать', language: 'ru' };

describe('titleParts', () => {
  it('gives Russian pages the title as published, and nothing else', () => {
    expect(titleParts({ ...russian, titleEn: 'Mishustin urged the EAEU countries' }, 'ru')).toEqual({
      original: { text: russian.title, lang: 'ru' },
    });
  });

  it('gives English pages a Russian title with its ALA-LC romanization and the editor’s translation', () => {
    expect(titleParts({ ...russian, titleEn: 'Mishustin urged the EAEU countries' }, 'en')).toEqual({
      original: { text: russian.title, lang: 'ru' },
      romanized: { text: 'Mishustin prizval strany EAĖS sodeĭstvovatʹ', lang: 'ru-Latn-alalc97' },
      translated: { text: '[Mishustin urged the EAEU countries]', lang: 'en' },
    });
  });

  it('romanizes a Belarusian title by the Belarusian table, and keeps an editor’s title in brackets', () => {
    const parts = titleParts({ title: 'Прэзідэнт у Гомелі', titleSupplied: true, language: 'be' }, 'en');
    expect(parts.original).toEqual({ text: '[Прэзідэнт у Гомелі]', lang: 'be' });
    expect(parts.romanized).toEqual({ text: '[Prėzidėnt u Homeli]', lang: 'be-Latn-alalc97' });
    expect(parts.translated).toBeUndefined();
  });

  it('leaves an English title alone: no romanization, no translation of it into English', () => {
    const parts = titleParts({ title: 'President promises IT land', titleEn: 'Same', language: 'en' }, 'en');
    expect(parts).toEqual({ original: { text: 'President promises IT land', lang: 'en' } });
  });
});

describe('textParts', () => {
  it('tags a Cyrillic outlet of an English article as Russian, and romanizes it on English pages', () => {
    expect(textParts('БелТА', 'en', 'en')).toEqual({
      original: { text: 'БелТА', lang: 'ru' },
      romanized: { text: 'BelTA', lang: 'ru-Latn-alalc97' },
    });
    expect(textParts('Digital Almaty', 'ru', 'en')).toEqual({ original: { text: 'Digital Almaty', lang: 'ru' } });
  });
});

describe('titleLine', () => {
  it('puts the parts on one line: original (romanized) [translation]', () => {
    expect(titleLine(titleParts({ ...russian, titleEn: 'Mishustin urged' }, 'en'))).toBe(
      'Мишустин призвал страны ЕАЭС содействовать (Mishustin prizval strany EAĖS sodeĭstvovatʹ) [Mishustin urged]',
    );
    expect(titleLine(titleParts(russian, 'ru'))).toBe(russian.title);
  });
});
