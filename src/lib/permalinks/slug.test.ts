import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugFromTitle, truncateAtWord } from './slug.ts';

describe('slugFromTitle', () => {
  it.each([
    [
      'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации',
      'dmitry-medvedev-pokazal-belorusskomu-kollege-sergeyu-rumasu-innovatsii',
    ],
    ['President promises to turn Belarus into IT land', 'president-promises-to-turn-belarus-into-it-land'],
    [
      'Министр Сергей Попков выступил на Четвертом форуме регионов России и Беларуси',
      'ministr-sergey-popkov-vystupil-na-chetvertom-forume-regionov-rossii-i-belarusi',
    ],
    [
      'Мишустин призвал страны ЕАЭС содействовать в достижении технологического суверенитета',
      'mishustin-prizval-strany-yeaes-sodeystvovat-v-dostizhenii-tekhnologicheskogo',
    ],
    [
      'Лукашенко и посол России Грызлов обсудили сотрудничество в IT-сфере',
      'lukashenko-i-posol-rossii-gryzlov-obsudili-sotrudnichestvo-v-it-sfere',
    ],
    ['«Цифровое партнёрство» — 2023!', 'tsifrovoye-partnyorstvo-2023'],
  ])('%s', (title, slug) => expect(slugFromTitle(title)).toBe(slug));

  it('cuts long titles at a word boundary', () => {
    const slug = slugFromTitle('Очень '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^(ochen-)*ochen$/u);
  });

  it('falls back when nothing survives', () => {
    expect(slugFromTitle('🙂 — …')).toBe('untitled');
  });

  it('truncateAtWord keeps short slugs whole', () => {
    expect(truncateAtWord('a-b-c', 80)).toBe('a-b-c');
    expect(truncateAtWord('abc-def-ghi', 7)).toBe('abc-def');
  });
});
