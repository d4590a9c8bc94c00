import { describe, expect, it } from 'vitest';
import { hasCyrillic, romanize } from './romanize.ts';

describe('romanize (ALA-LC)', () => {
  it('romanizes Russian as the Library of Congress does', () => {
    expect(romanize('Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации')).toBe(
      'Dmitriĭ Medvedev pokazal belorusskomu kollege Sergei͡u Rumasu innovat͡sii',
    );
    expect(romanize('Объём, щётка, Юрий, ЕАЭС')).toBe('Obʺëm, shchëtka, I͡uriĭ, EAĖS');
  });

  it('romanizes Belarusian by its own table: г is h, і is i, ў is ŭ, the apostrophe is ʺ', () => {
    expect(romanize('Рэспубліка Беларусь, Аляксандр Лукашэнка, Гомель, праўда ў Мінску, сям’я', 'be')).toBe(
      'Rėspublika Belarusʹ, Ali͡aksandr Lukashėnka, Homelʹ, praŭda ŭ Minsku, si͡amʺi͡a',
    );
  });

  it('leaves Latin text, digits and punctuation as they are', () => {
    expect(romanize('Digital Almaty 2023 — «IT»')).toBe('Digital Almaty 2023 — «IT»');
    expect(romanize('IV Форум регионов')).toBe('IV Forum regionov');
  });

  it('treats a decomposed ё as the letter it is', () => {
    expect(romanize('Сергей Ле\u0308ня')).toBe('Sergeĭ Lëni͡a');
  });
});

describe('hasCyrillic', () => {
  it('sees Russian and Belarusian letters, not Latin ones', () => {
    expect(hasCyrillic('Alexander Lukashenko')).toBe(false);
    expect(hasCyrillic('ПВТ')).toBe(true);
    expect(hasCyrillic('ў')).toBe(true);
  });
});
