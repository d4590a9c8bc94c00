import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from './support/build.ts';
import { root } from './support/seeds.ts';
import { seedsBuild } from './support/shared-build.ts';

const lock = JSON.parse(readFileSync(`${root}content/permalinks.json`, 'utf8')) as Record<
  string,
  Record<string, string>
>;
const articlePath = (n: string) => Object.entries(lock.articles!).find(([id]) => id.startsWith(`${n}_`))![1];
const n = (path: string) =>
  Object.entries(lock.articles!)
    .find(([, p]) => p === path)![0]
    .slice(0, 3);

describe('the archive cross-links itself', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await seedsBuild('/');
    if (site.status !== 0) throw new Error(site.output);
  });
  /** The seed numbers of the articles an entity or topic page lists, in page order. */
  const listed = (path: string, selector = '#mentions + ol > li > h3 a') =>
    [...site.page(path).querySelectorAll(selector)].map((a) => n(a.getAttribute('href')!)).sort();

  it('gives every registry entry a page at its locked path', () => {
    for (const kind of ['people', 'organizations', 'events', 'topics']) {
      expect(Object.keys(lock[kind]!).length, kind).toBeGreaterThan(0);
      for (const path of Object.values(lock[kind]!)) expect(site.exists(path), path).toBe(true);
      expect(site.exists(`/${kind}/`), `/${kind}/`).toBe(true);
    }
  });

  it('links every mention in an article body to an existing entity page', () => {
    let links = 0;
    for (const path of Object.values(lock.articles!)) {
      for (const a of site.page(path).querySelectorAll('.article-body a.mention')) {
        links++;
        const href = a.getAttribute('href')!;
        expect(site.exists(href), href).toBe(true);
        // The link names its entity by the locked path of an entity kind.
        const kind = href.split('/')[1]!;
        expect(kind).not.toBe('articles');
        expect(Object.values(lock[kind] ?? {}), href).toContain(href);
      }
    }
    expect(links).toBeGreaterThan(30);
  });

  it('links the mentions in an English-interface article to the English entity pages', () => {
    let links = 0;
    for (const path of Object.values(lock.articles!)) {
      for (const a of site.page(`/en${path}`).querySelectorAll('.article-body a.mention')) {
        links++;
        const href = a.getAttribute('href')!;
        expect(href.startsWith('/en/'), href).toBe(true);
        expect(Object.values(lock[href.split('/')[2]!] ?? {}), href).toContain(href.slice('/en'.length));
      }
    }
    expect(links).toBeGreaterThan(30);
  });

  it('lists on each entity page exactly the articles that mention it', () => {
    expect(listed(lock.people!.lukashenko!)).toEqual(['001', '002', '003']);
    expect(listed(lock.people!.rumas!)).toEqual(['000']);
    expect(listed(lock.organizations!['hi-tech-park']!)).toEqual(['000', '002']);
    expect(listed(lock.organizations!.eaeu!)).toEqual(['000', '004']);
    expect(listed(lock.people!.putin!)).toEqual([]);
    expect(listed(lock.people!.trump!)).toEqual([]);
    expect(listed(lock.events!['lukashenko-gryzlov-2022-05-12']!)).toEqual(['001']);
  });

  it('links each snippet to the exact paragraph, marking the mention', () => {
    const page = site.page(lock.people!.lukashenko!);
    const refs = [...page.querySelectorAll('a.paragraph-ref')].map((a) => a.getAttribute('href'));
    expect(refs).toContain(`${articlePath('003')}#p-4`);
    const marks = [...page.querySelectorAll('.snippet mark')].map((m) => m.textContent);
    expect(marks).toContain('А.Г.Лукашенко');
    expect(marks).toContain('Alexander Lukashenko');
  });

  it('shows a person’s attributed quotes, including one resolved through «сказал он»', () => {
    const quotes = [...site.page(lock.people!.mishustin!).querySelectorAll('#quotes ~ figure blockquote')].map(
      (q) => q.textContent!,
    );
    expect(quotes.some((q) => q.startsWith('Безусловно, существующие продукты удобны.'))).toBe(true);
    const popkov = site.page(lock.people!.popkov!).querySelectorAll('figure.quote');
    expect(popkov.length).toBeGreaterThanOrEqual(2);
  });

  it('shows who appears together with whom', () => {
    const together = [...site.page(lock.people!.rumas!).querySelectorAll('ul.together a')].map((a) => a.textContent);
    expect(together).toContain('Дмитрий Медведев');
  });

  it('builds topic pages from their rules, with the editorial introduction', () => {
    const members = (id: string) => listed(lock.topics![id]!, '#members + ol > li > a');
    expect(members('eaeu-digital-cooperation')).toEqual(['000', '004']);
    expect(members('hi-tech-park')).toEqual(['000', '001', '002']);
    expect(members('technological-sovereignty')).toEqual(['004']);
    const page = site.page(lock.topics!['hi-tech-park']!);
    expect(page.querySelector('.topic-intro')!.textContent).toContain('Парк высоких технологий');
    expect(page.querySelectorAll('ol.mini-timeline li').length).toBe(3);
  });

  it('gives each article a panel of its entities, topics and related articles', () => {
    const panel = site.page(articlePath('000')).querySelector('.article-panel')!;
    const names = [...panel.querySelectorAll('section a')].map((a) => a.textContent);
    expect(names).toEqual(
      expect.arrayContaining([
        'Сергей Румас',
        'Дмитрий Медведев',
        'Парк высоких технологий',
        'Цифровое сотрудничество ЕАЭС',
      ]),
    );
    expect([...panel.querySelectorAll('section:last-of-type li > a')].map((a) => n(a.getAttribute('href')!))).toContain(
      '004',
    );
  });

  it('shows events and articles on the timeline with their precision', () => {
    const text = site.page('/timeline/').querySelector('main')!.textContent!;
    expect(text).toContain('29–30 июня 2017');
    expect(text).toContain('≈ май 2022');
    expect(site.page('/timeline/').querySelectorAll('svg a').length).toBe(9);
  });

  it('writes the editors’ report of names that match no entity', () => {
    const report = JSON.parse(readFileSync(join(site.outDir, 'reports/unmatched-names.json'), 'utf8')) as Array<{
      name: string;
    }>;
    expect(report.map((r) => r.name)).toContain('СНГ');
    expect(report.map((r) => r.name)).not.toContain('Лукашенко');
    expect(existsSync(join(site.outDir, 'people/putin/index.html'))).toBe(true);
  });
});
