import { describe, expect, it } from 'vitest';
import { paragraphUrl, renderParagraphCitation } from './paragraph.ts';
import { renderShort } from './short.ts';
import { quote } from './quotes.ts';
import { beltaEnglish, rgMedvedev, twoAuthors } from './__fixtures__/records.ts';

describe('renderParagraphCitation', () => {
  it('Russian: «…» around the text as written (its straight quotes kept), anchor #p-N, short GOST reference', () => {
    expect(
      renderParagraphCitation(rgMedvedev, {
        n: 2,
        text: 'Премьер-министры России и Беларуси провели в Москве короткие переговоры, чтобы обсудить подготовку "дорожных карт" для интеграции двух стран.',
      }),
    ).toBe(
      '«Премьер-министры России и Беларуси провели в Москве короткие переговоры, чтобы обсудить подготовку "дорожных карт" для интеграции двух стран.» — Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации // Российская газета. [Окт. 2019?]. Абз. 2. Копия: Летопись. URL: https://example.org/letopis/articles/2019/dmitrij-medvedev-pokazal-belorusskomu-kollege-sergeyu-rumasu-innovacii/#p-2 (дата обращения: 25.11.2026).',
    );
  });

  it('English: “…”, authors in the statement of responsibility', () => {
    const record = { ...beltaEnglish, authors: ['John A. Smith'] };
    expect(
      renderParagraphCitation(record, {
        n: 4,
        text: 'As Alexander Lukashenko noted, Belarus faces the goal of becoming an "IT land".',
      }),
    ).toBe(
      '“As Alexander Lukashenko noted, Belarus faces the goal of becoming an "IT land".” — President promises to turn Belarus into IT land / J. A. Smith // Belarus News (BelTA). [Июнь 2017?]. Абз. 4. Копия: Letopis. URL: https://example.org/letopis/articles/2017/president-promises-to-turn-belarus-into-it-land/#p-4 (дата обращения: 25.11.2026).',
    );
  });

  it('stated day and title ending in "?"; the original’s address with its own access date, the capture day', () => {
    expect(renderParagraphCitation(twoAuthors, { n: 1, text: 'Первый абзац.' })).toBe(
      '«Первый абзац.» — Белорусские IT-компании уходят в Россию? / И. Петров, А. В. Сидорова // Зеркало. 2024. 5 марта. Абз. 1. URL: https://news.zerkalo.io/economics/61234.html (дата обращения: 06.03.2024). Копия: Летопись. URL: https://example.org/letopis/articles/2024/belorusskie-it-kompanii-uhodyat-v-rossiyu/#p-1 (дата обращения: 25.11.2026).',
    );
  });

  it('replaces an existing fragment with the paragraph anchor; never changes the quotation marks of the text', () => {
    expect(paragraphUrl('https://example.org/a/#top', 7)).toBe('https://example.org/a/#p-7');
    expect(quote('Он сказал: "Да"', 'ru')).toBe('«Он сказал: "Да"»');
    expect(quote('He said “yes”', 'en')).toBe('“He said “yes””');
    expect(quote('Яна сказала: «Так»', 'be')).toBe('«Яна сказала: «Так»»');
  });
});

describe('renderShort', () => {
  it('entity page: Name // Архив. URL: … (дата обращения: …).', () => {
    expect(
      renderShort({
        title: 'Сергей Румас',
        archive: { name: 'Летопись', permalink: 'https://example.org/letopis/people/sergej-rumas/' },
        accessed: '2026-11-25',
      }),
    ).toBe(
      'Сергей Румас // Летопись. URL: https://example.org/letopis/people/sergej-rumas/ (дата обращения: 25.11.2026).',
    );
  });

  it('accepts a CitationRecord', () => {
    expect(renderShort(rgMedvedev)).toBe(
      'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации // Летопись. URL: https://example.org/letopis/articles/2019/dmitrij-medvedev-pokazal-belorusskomu-kollege-sergeyu-rumasu-innovacii/ (дата обращения: 25.11.2026).',
    );
  });
});
