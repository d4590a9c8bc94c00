import { beforeAll, describe, expect, it } from 'vitest';
import { buildAliasIndex, type AliasIndex } from './alias-index.ts';
import { loadRegistry } from './load-registry.ts';
import { findMentions } from './mentions.ts';
import { loadMorphology } from './morphology.ts';
import type { Quote } from './enrichment-schema.ts';
import { findQuotes, quotePairs } from './quotes.ts';
import { contentDir, seedParagraphs, type Seed } from './test-seeds.ts';

let index: AliasIndex;
beforeAll(async () => {
  index = buildAliasIndex((await loadRegistry(contentDir)).entities, await loadMorphology());
});

const quotesOf = (paragraphs: string[]): Quote[] => findQuotes(paragraphs, findMentions(paragraphs, index));
const seedQuotes = (seed: Seed) => quotesOf(seedParagraphs(seed));

describe('findQuotes on the seed articles', () => {
  it('attributes the Mishustin quotes in 004 through «сказал он» and «подытожил премьер»', () => {
    const quotes = seedQuotes('004');
    expect(quotes.map((q) => [q.paragraph, q.speaker])).toEqual([
      [4, 'people/mishustin'],
      [9, 'people/mishustin'],
    ]);
    expect(quotes[0].text).toMatch(/^Безусловно, существующие продукты удобны\..*Конечно, нет$/);
  });

  it('attributes the Popkov quotes in 003, including the one that names Lukashenko inside', () => {
    const quotes = seedQuotes('003');
    expect(quotes.map((q) => [q.paragraph, q.speaker])).toEqual([
      [2, 'people/popkov'],
      [4, 'people/popkov'],
      [6, 'people/popkov'],
    ]);
    expect(quotes[1].text).toContain('А.Г.Лукашенко отметил');
  });

  it('finds the dialogue-dash quotes of Lukashenko in 001', () => {
    const quotes = seedQuotes('001');
    expect(quotes.map((q) => [q.paragraph, q.speaker])).toEqual([
      [4, 'people/lukashenko'],
      [6, 'people/lukashenko'],
      [8, 'people/lukashenko'],
    ]);
    // The capture uses no-break spaces; compare with plain ones.
    const plain = quotes.map((q) => q.text.replace(/\s/gu, ' '));
    expect(plain[0].startsWith('Мы не собираемся ее (IT-сферу — Прим. ред.) сворачивать.')).toBe(true);
    expect(plain[0].endsWith('в парке')).toBe(true);
    expect(plain[2]).toBe(
      'Мы вместе можем найти. И не обязательно где-то по отдельности. Мы можем в союзном бюджете предусмотреть и определенную тематику развивать',
    );
  });

  it('attributes the labelled quote in 002 to Lukashenko, up to the narrative paragraph', () => {
    const quotes = seedQuotes('002');
    expect(quotes.map((q) => [q.paragraph, q.speaker])).toEqual([
      [5, 'people/lukashenko'],
      [6, 'people/lukashenko'],
      [7, 'people/lukashenko'],
      [8, 'people/lukashenko'],
    ]);
    expect(quotes[0].text).toBe(
      'We have set ourselves an ambitious goal to turn Belarus into an IT country. In the near future, we will adopt legal documents to enable such development in Belarus.',
    );
  });

  it('handles straight quotes, nested quotes and interrupted quotes in 000', () => {
    const quotes = seedQuotes('000');
    expect(quotes.map((q) => [q.paragraph, q.speaker])).toEqual([
      [3, 'people/medvedev'],
      [4, 'people/rumas'],
      [5, 'people/rumas'],
      [6, 'people/rumas'],
      [7, 'people/rumas'],
    ]);
    expect(quotes[0].text).toBe(
      'Надеюсь, что вам интересно посмотреть "Сколково", поучаствовать. Это неплохая возможность "сверить часы" по нашим двусторонним отношениям, по нашим интеграционным проектам',
    );
    expect(quotes[1].text).toBe('Думаю, что у "Сколково" большое будущее');
    expect(quotes[4].text).toMatch(
      /меняют прописку\. Почему бы совместно не инвестировать в перспективные разработки друг друга\?$/,
    );
  });
});

describe('findQuotes units', () => {
  it('attributes a pronoun to the last person named outside quotations', () => {
    const quotes = quotesOf(['Дмитрий Медведев приехал.', '«Сергей Румас — отличный коллега», — сказал он.']);
    expect(quotes).toEqual([
      expect.objectContaining({ text: 'Сергей Румас — отличный коллега', speaker: 'people/medvedev', paragraph: 2 }),
    ]);
  });

  it('leaves a quote without a speaker when nobody can be named', () => {
    const quotes = quotesOf(['«Мы готовы к сотрудничеству», — заявил он.']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker).toBeUndefined();
  });

  it('accepts feminine verbs and straight quotes with a hyphen', () => {
    const quotes = quotesOf(['"Работа продолжается", - заявила она.']);
    expect(quotes.map((q) => q.text)).toEqual(['Работа продолжается']);
  });

  it('finds a quote after a colon', () => {
    const quotes = quotesOf(['Михаил Мишустин заявил: «Нужна кооперация».']);
    expect(quotes).toEqual([expect.objectContaining({ text: 'Нужна кооперация', speaker: 'people/mishustin' })]);
  });

  it('finds English quotes attributed after the closing mark', () => {
    const quotes = quotesOf(['Alexander Lukashenko met the ambassador.', '"We will keep the park," he said.']);
    expect(quotes).toEqual([expect.objectContaining({ text: 'We will keep the park', speaker: 'people/lukashenko' })]);
  });

  it('does not take names or titles in quotation marks for quotes', () => {
    expect(quotesOf(['Форум «Открытые инновации» прошел в «Сколково».'])).toEqual([]);
  });

  it('pairs straight quotes by position, nested ones included', () => {
    const text = '"Думаю, что у "Сколково" большое будущее", - предрек он';
    expect(quotePairs(text)).toEqual([
      { open: 0, close: 40 },
      { open: 14, close: 23 },
    ]);
  });
});
