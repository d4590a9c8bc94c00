import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../test/support/seeds.ts';
import { readCapture } from './index.ts';
import { unwrapTitle } from './structure.ts';

const read = (n: string) => readCapture(seedBytes(n));
/** The seeds use no-break spaces in places; compare with plain spaces. */
const norm = (text: string) => text.replace(/\s/gu, ' ');

/** For each seed: title, first and last paragraph's start and end, paragraph count, language. */
const expectations = {
  '000': {
    title: 'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации',
    first: ['Премьер-министры России и Беларуси провели в Москве', 'к 20-летию подписания Союзного договора.'],
    last: ['Беларусь выступает за обмен опытом между странами ЕАЭС', 'но имеющих крепкие дружеские связи.'],
    count: 6,
    language: 'ru',
  },
  '001': {
    title: undefined,
    first: ['Тему белорусско-российского сотрудничества в IT-сфере', 'сообщает его пресс-служба.'],
    last: ['Напомним, после введения санкций', 'от сервисов и финансовых услуг.'],
    count: 9,
    language: 'ru',
  },
  '002': {
    title: 'President promises to turn Belarus into IT land',
    first: ['The presidents of Belarus and Russia took part', 'to deepen cooperation in these areas.'],
    last: ['About 800 specialists take part in the Forum of Regions.', 'Russian regions are represented.'],
    count: 9,
    language: 'en',
  },
  '003': {
    title: 'Министр Сергей Попков выступил на Четвертом форуме регионов России и Беларуси',
    first: ['Министр связи и информатизации Республики Беларусь Сергей Попков', 'государственной ИТ-инфраструктуры.'],
    last: ['На заседании присутствовали представители', 'ИТ-компаний двух стран.'],
    count: 13,
    language: 'ru',
  },
  '004': {
    title: 'Мишустин призвал страны ЕАЭС содействовать в достижении технологического суверенитета',
    first: ['Страны Евразийского экономического союза должны сотрудничать', 'в новой реальности».'],
    last: ['«Через год-два платформа может послужить', '— подытожил премьер.'],
    count: 7,
    language: 'ru',
  },
} as const;

describe('readCapture on the seeds', () => {
  it.each(Object.entries(expectations))('%s: title, paragraphs and language', (n, e) => {
    const r = read(n);
    expect(r.title).toBe(e.title);
    expect(r.paragraphs).toHaveLength(e.count);
    const first = norm(r.paragraphs[0]!.text);
    const last = norm(r.paragraphs.at(-1)!.text);
    expect(first.slice(0, e.first[0].length)).toBe(e.first[0]);
    expect(first.slice(-e.first[1].length)).toBe(e.first[1]);
    expect(last.slice(0, e.last[0].length)).toBe(e.last[0]);
    expect(last.slice(-e.last[1].length)).toBe(e.last[1]);
    expect(r.language.language).toBe(e.language);
    expect(r.paragraphs.map((p) => p.n)).toEqual(r.paragraphs.map((_, i) => i + 1));
  });

  it('003: finds the source URL in the footer and turns the dash list into list items', () => {
    const r = read('003');
    expect(r.sourceUrl).toBe(
      'https://mpt.gov.by/ministr-sergey-popkov-vystupil-na-chetvertom-forume-regionov-rossii-i-belarusi',
    );
    expect(r.paragraphs.filter((p) => p.kind === 'list-item').map((p) => p.text.slice(0, 20))).toEqual([
      'поддерживать проведе',
      'активизировать сотру',
      'усилить взаимодейств',
      'обеспечивать участие',
    ]);
  });

  it('001: keeps the photo caption once, as a caption', () => {
    const captions = read('001').paragraphs.filter((p) => p.kind === 'caption');
    expect(captions.map((c) => c.text)).toEqual(['Фото использовано в качестве иллюстрации. Фото: TUT.BY']);
  });

  it('records the sha256 of the bytes', () => {
    expect(read('000').sha256).toBe('20f9f2f610d9c9a353d018479fe709d45e9c4fcef2e29fe4d7ff5d7c7d0f7f0d');
  });
});

describe('unwrapTitle', () => {
  it.each([
    ['## **Title**', 'Title'],
    ['# Заголовок', 'Заголовок'],
    ['__Title__', 'Title'],
    ['Plain', 'Plain'],
  ])('%s → %s', (input, output) => expect(unwrapTitle(input)).toBe(output));
});

describe('paragraphs', () => {
  it('joins a hard-wrapped paragraph and keeps markup as text', () => {
    const r = readCapture(
      new TextEncoder().encode('Title\n\nThe minister said that the\nforum was <b>useful</b> and **bold**.\n\nSecond.'),
    );
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      'The minister said that the forum was <b>useful</b> and **bold**.',
      'Second.',
    ]);
  });
});
