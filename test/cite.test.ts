import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from './support/build.ts';
import { root } from './support/seeds.ts';
import { seedsBuild, SITE, SUB_PATH } from './support/shared-build.ts';

const lock = JSON.parse(readFileSync(`${root}content/permalinks.json`, 'utf8')) as { articles: Record<string, string> };
const idOf = (n: string) => Object.keys(lock.articles).find((id) => id.startsWith(`${n}_`))!;
const pathOf = (n: string) => lock.articles[idOf(n)]!;
const site = SITE;
const meta = (doc: Document, name: string) =>
  [...doc.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`)].map((m) => m.getAttribute('content'));

describe('citing a built article', () => {
  let built: BuildResult;
  beforeAll(async () => {
    // The sub-path build's SOURCE_DATE_EPOCH is 2025-11-25: the build day, which no article page or citation shows.
    built = await seedsBuild(SUB_PATH);
    if (built.status !== 0) throw new Error(built.output);
  });
  const permalink = (n: string) => `${site}/letopis${pathOf(n)}`;

  it('emits the citation_* and DC.* tags Zotero reads, and no journal or website type', () => {
    const doc = built.page(pathOf('000'));
    expect(meta(doc, 'citation_title')).toEqual([
      'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации',
    ]);
    expect(meta(doc, 'citation_publication_date')).toEqual(['2019/10/23']);
    expect(meta(doc, 'citation_publisher')).toEqual(['Российская газета']);
    expect(meta(doc, 'citation_public_url')).toEqual([permalink('000')]);
    expect(meta(doc, 'citation_language')).toEqual(['ru']);
    expect(meta(doc, 'DC.type')).toEqual(['newspaperArticle']);
    expect(meta(doc, 'og:type')).toEqual(['article']);
    expect(meta(doc, 'citation_journal_title')).toEqual([]);
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(permalink('000'));
  });

  it('emits schema.org NewsArticle JSON-LD based on the source URL', () => {
    const doc = built.page(pathOf('000'));
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации',
      datePublished: '2019-10-23',
      inLanguage: 'ru',
      publisher: { name: 'Российская газета' },
      isBasedOn: 'https://rg.ru/2019/10/23/dmitrij-medvedev-pokazal-belorusskomu-kollege-sergeiu-rumasu-innovacii.html',
    });
  });

  it('shows the ГОСТ reference with the supplied title in brackets, and no access date when the capture day is not known', () => {
    // The build day is no access date: the reader's browser puts today's (e2e/article.test.ts).
    const gost = built.page(pathOf('001')).querySelector('[data-citation-format="gost"] pre')!.textContent!;
    expect(gost).toBe(
      `[Лукашенко и посол России Грызлов обсудили сотрудничество в IT-сфере]. – Текст : электронный // Зеркало. – [Май 2022?]. – Копия: Летопись. – URL: ${permalink('001')}.`,
    );
    const apa = built.page(pathOf('002')).querySelector('[data-citation-format="apa"] pre')!.textContent!;
    expect(apa).toContain('President promises to turn Belarus into IT land');
    expect(apa).toContain('(ca. 2017');
  });

  it('publishes each reference as a file to download', () => {
    const id = idOf('003');
    const bib = built.read(`/citations/${id}.bib`);
    expect(bib).toMatch(/^@online\{/u);
    // What a reference manager records as accessed is the archive's copy; the original is a labelled note.
    expect(bib).toContain(`  url = {${permalink('003')}},\n`);
    expect(bib).toContain(
      'Original publication: https://mpt.gov.by/ministr-sergey-popkov-vystupil-na-chetvertom-forume-regionov-rossii-i-belarusi',
    );
    expect(bib).not.toContain('urldate'); // no capture day: no access date (citation-record.ts), never the build day
    expect(built.read(`/citations/${id}.ris`).trimEnd()).toMatch(/ER {2}-$/u);
    expect(JSON.parse(built.read(`/citations/${id}.json`))[0]).toMatchObject({
      type: 'article-newspaper',
      language: 'ru',
    });
    const links = [...built.page(pathOf('003')).querySelectorAll('a.cite-download')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['.bib', '.ris', '.json'].map((ext) => `/letopis/citations/${id}${ext}`));
  });

  it('says what provenance is not known: the capture day, the rights, the editor', () => {
    const article = built.page(pathOf('000'));
    expect(article.querySelector('[data-provenance="captured"]')!.textContent).toBe('дата копирования неизвестна');
    expect(article.querySelector('[data-provenance="rights"]')!.textContent).toBe(
      'Права на тексты архива не указаны его редактором.',
    );
    expect(article.querySelector('.meta a[rel~="external"]')!.getAttribute('href')).toMatch(/^https:\/\/rg\.ru\//u);
    expect(built.page('/about/').querySelector('#editor + p')!.textContent).toContain('не указаны');
    expect(built.page('/en/about/').querySelector('#editor + p')!.textContent).toContain('not named yet');
  });

  it('explains paragraph citation without JavaScript', () => {
    const example = built.page(pathOf('000')).querySelector('.cite-paragraph-example')!.textContent!;
    expect(example).toContain(`${permalink('000')}#p-1.`);
    // The panel says why there is no access date; the next sentence is one of its own, never "неизвестен.Ссылки".
    const panel = built.page(pathOf('000')).querySelector('.cite-panel p')!.textContent!.replace(/\s+/gu, ' ');
    expect(panel).toMatch(/Дата обращения в ссылках — не указана: день, когда снята копия, неизвестен\. Ссылки/u);
  });

  it('says the archive version and the build day on the home and about pages, and on no other page', () => {
    for (const path of ['/', '/about/', '/en/', '/en/about/']) {
      const info = built.page(path).querySelector('.build-info');
      expect(info?.textContent, path).toMatch(/0\.1\.0/u);
      expect(info!.querySelector('time')!.getAttribute('datetime'), path).toBe('2025-11-25');
    }
    for (const path of [pathOf('000'), `/en${pathOf('000')}`, '/people/lukashenko/', '/articles/2019/']) {
      expect(built.page(path).querySelector('.build-info'), path).toBeNull();
      expect(built.read(path), path).not.toMatch(/2025-11-25|25\.11\.2025|25 ноября 2025|25 November 2025/u);
    }
  });
});
