import { describe, expect, it } from 'vitest';
import { renderGost } from './gost.ts';
import { beltaEnglish, mptPopkov, rgMedvedev, twoAuthors, zerkaloSupplied } from './__fixtures__/records.ts';
import type { CitationRecord } from './types.ts';

describe('renderGost (ГОСТ Р 7.0.100-2018, online article + archived copy)', () => {
  it('1: no author, inferred month, unknown source URL', () => {
    expect(renderGost(rgMedvedev)).toBe(
      'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации. – Текст : электронный // Российская газета. – [Окт. 2019?]. – Копия: Летопись. – URL: https://example.org/letopis/articles/2019/dmitrij-medvedev-pokazal-belorusskomu-kollege-sergeyu-rumasu-innovacii/ (дата обращения: 25.11.2026).',
    );
  });

  it('2: supplied title in brackets, inferred day (genitive month)', () => {
    expect(renderGost(zerkaloSupplied)).toBe(
      '[Лукашенко о сотрудничестве с Россией в IT-сфере]. – Текст : электронный // Зеркало. – [12 мая 2025?]. – Копия: Летопись. – URL: https://example.org/letopis/articles/2025/lukashenko-o-sotrudnichestve-s-rossiej-v-it-sfere/ (дата обращения: 25.11.2026).',
    );
  });

  it('3: English article, service words stay Russian, inferred month', () => {
    expect(renderGost(beltaEnglish)).toBe(
      'President promises to turn Belarus into IT land. – Текст : электронный // Belarus News (BelTA). – [Июнь 2017?]. – Копия: Letopis. – URL: https://example.org/letopis/articles/2017/president-promises-to-turn-belarus-into-it-land/ (дата обращения: 25.11.2026).',
    );
  });

  it('4: stated year and source URL, whose access date is the capture date', () => {
    expect(renderGost(mptPopkov)).toBe(
      'Министр Сергей Попков выступил на Четвертом форуме регионов России и Беларуси. – Текст : электронный // Министерство связи и информатизации Республики Беларусь. – 2017. – URL: https://www.mpt.gov.by/ru/news/29-06-2017-4237 (дата обращения: 12.03.2026). – Копия: Летопись. – URL: https://example.org/letopis/articles/2017/ministr-sergej-popkov-vystupil-na-chetvertom-forume/ (дата обращения: 25.11.2026).',
    );
  });

  it('5: two authors — heading, statement of responsibility, stated day, title ending in "?"', () => {
    expect(renderGost(twoAuthors)).toBe(
      'Петров, И. Белорусские IT-компании уходят в Россию? / И. Петров, А. В. Сидорова. – Текст : электронный // Зеркало. – 2024. – 5 марта. – URL: https://news.zerkalo.io/economics/61234.html (дата обращения: 06.03.2024). – Копия: Летопись. – URL: https://example.org/letopis/articles/2024/belorusskie-it-kompanii-uhodyat-v-rossiyu/ (дата обращения: 25.11.2026).',
    );
  });

  it('stated month opens its area with a capital; source URL without capture date says its access date is unknown, never invents one', () => {
    const record: CitationRecord = {
      ...mptPopkov,
      published: { value: '2017-09', precision: 'month', evidence: 'stated' },
      archive: { ...mptPopkov.archive, captured: undefined },
    };
    expect(renderGost(record)).toBe(
      'Министр Сергей Попков выступил на Четвертом форуме регионов России и Беларуси. – Текст : электронный // Министерство связи и информатизации Республики Беларусь. – 2017. – Сент. – URL: https://www.mpt.gov.by/ru/news/29-06-2017-4237 (дата обращения неизвестна). – Копия: Летопись. – URL: https://example.org/letopis/articles/2017/ministr-sergej-popkov-vystupil-na-chetvertom-forume/ (дата обращения: 25.11.2026).',
    );
  });

  it('inferred year: [2019?]', () => {
    const record = { ...rgMedvedev, published: { value: '2019', precision: 'year', evidence: 'inferred' } } as const;
    expect(renderGost(record)).toContain('// Российская газета. – [2019?]. – Копия: Летопись.');
  });

  it('four authors: no heading, all listed; five: first three and [и др.]', () => {
    const four = { ...rgMedvedev, authors: ['Анна Белова', 'Борис Волков', 'Вера Галкина', 'Глеб Дронов'] };
    expect(renderGost(four)).toMatch(
      /^Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации \/ А\. Белова, Б\. Волков, В\. Галкина, Г\. Дронов\. – Текст : электронный/,
    );
    const five = { ...four, authors: [...four.authors, 'Дарья Ершова'] };
    expect(renderGost(five)).toMatch(
      /^Дмитрий Медведев .* инновации \/ А\. Белова, Б\. Волков, В\. Галкина \[и др\.\]\. – Текст : электронный/,
    );
  });

  it('a corporate author is listed but does not head the entry; no outlet means no "//"', () => {
    const record: CitationRecord = { ...rgMedvedev, authors: ['БелТА'], outlet: undefined, published: undefined };
    expect(renderGost(record)).toBe(
      'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации / БелТА. – Текст : электронный. – Копия: Летопись. – URL: https://example.org/letopis/articles/2019/dmitrij-medvedev-pokazal-belorusskomu-kollege-sergeyu-rumasu-innovacii/ (дата обращения: 25.11.2026).',
    );
  });
});
