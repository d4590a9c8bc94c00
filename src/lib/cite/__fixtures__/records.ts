/** Realistic records for the citation tests (captures from the seed collection). */
import type { CitationRecord } from '../types.ts';

const sha = '5d41402abc4b2a76b9719d911017c592ae2b8d1f6f6a4e1c3b0b6f7e8d9c0a1b';

/** 1. Russian, no author, inferred month, source URL unknown. */
export const rgMedvedev: CitationRecord = {
  title: 'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации',
  titleSupplied: false,
  authors: [],
  outlet: 'Российская газета',
  published: { value: '2019-10', precision: 'month', evidence: 'inferred' },
  language: 'ru',
  archive: {
    name: 'Летопись',
    permalink:
      'https://example.org/letopis/articles/2019/dmitrij-medvedev-pokazal-belorusskomu-kollege-sergeyu-rumasu-innovacii/',
    captured: '2026-03-12',
    captureSha256: sha,
  },
  accessed: '2026-11-25',
  id: '000_132f9a9ed851b9fb',
};

/** 2. Russian, supplied title, inferred day, source URL unknown, capture date unknown. */
export const zerkaloSupplied: CitationRecord = {
  title: 'Лукашенко о сотрудничестве с Россией в IT-сфере',
  titleSupplied: true,
  authors: [],
  outlet: 'Зеркало',
  published: { value: '2025-05-12', precision: 'day', evidence: 'inferred' },
  language: 'ru',
  archive: {
    name: 'Летопись',
    permalink: 'https://example.org/letopis/articles/2025/lukashenko-o-sotrudnichestve-s-rossiej-v-it-sfere/',
    captureSha256: sha,
  },
  accessed: '2026-11-25',
  id: '001_87d8696d2663fbe1',
};

/** 3. English, BelTA, inferred month, source URL unknown. */
export const beltaEnglish: CitationRecord = {
  title: 'President promises to turn Belarus into IT land',
  titleSupplied: false,
  authors: [],
  outlet: 'Belarus News (BelTA)',
  published: { value: '2017-06', precision: 'month', evidence: 'inferred' },
  language: 'en',
  archive: {
    name: 'Letopis',
    permalink: 'https://example.org/letopis/articles/2017/president-promises-to-turn-belarus-into-it-land/',
    captured: '2026-03-12',
    captureSha256: sha,
  },
  accessed: '2026-11-25',
  id: '002_6588c6f232f113de',
};

/** 4. Russian, ministry site, source URL known, stated year. */
export const mptPopkov: CitationRecord = {
  title: 'Министр Сергей Попков выступил на Четвертом форуме регионов России и Беларуси',
  titleSupplied: false,
  authors: [],
  outlet: 'Министерство связи и информатизации Республики Беларусь',
  sourceUrl: 'https://www.mpt.gov.by/ru/news/29-06-2017-4237',
  published: { value: '2017', precision: 'year', evidence: 'stated' },
  language: 'ru',
  archive: {
    name: 'Летопись',
    permalink: 'https://example.org/letopis/articles/2017/ministr-sergej-popkov-vystupil-na-chetvertom-forume/',
    captured: '2026-03-12',
    captureSha256: sha,
  },
  accessed: '2026-11-25',
  id: '003_2cb9f62ff88959b4',
};

/** 5. Russian, two authors, stated day, source URL known, title ending with "?". */
export const twoAuthors: CitationRecord = {
  title: 'Белорусские IT-компании уходят в Россию?',
  titleSupplied: false,
  authors: ['Иван Петров', 'Сидорова Анна Викторовна'],
  outlet: 'Зеркало',
  sourceUrl: 'https://news.zerkalo.io/economics/61234.html',
  published: { value: '2024-03-05', precision: 'day', evidence: 'stated' },
  language: 'ru',
  archive: {
    name: 'Летопись',
    permalink: 'https://example.org/letopis/articles/2024/belorusskie-it-kompanii-uhodyat-v-rossiyu/',
    captured: '2024-03-06',
    captureSha256: sha,
  },
  accessed: '2026-11-25',
  id: '004_43449519c07e0d1e',
};

/** The SHA-256 used by every fixture. */
export const fixtureSha = sha;
