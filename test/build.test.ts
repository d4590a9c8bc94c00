import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, type BuildResult } from './support/build.ts';
import { root } from './support/seeds.ts';
import { seedsBuild, SUB_PATH } from './support/shared-build.ts';

const lock = JSON.parse(readFileSync(`${root}content/permalinks.json`, 'utf8')) as { articles: Record<string, string> };
const paths = Object.values(lock.articles);
const pathOf = (n: string) => Object.entries(lock.articles).find(([id]) => id.startsWith(`${n}_`))![1];

describe('astro build of the seeds', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await seedsBuild('/');
    if (site.status !== 0) throw new Error(site.output);
  });

  it('builds one page per seed at its locked permanent URL', () => {
    expect(paths).toHaveLength(5);
    for (const path of paths) expect(site.exists(path), path).toBe(true);
  });

  it('leaves the lock unchanged: every seed already has its path', () => {
    expect(JSON.parse(readFileSync(`${site.contentDir}/permalinks.json`, 'utf8'))).toEqual(lock);
  });

  it('lists the articles on the home page newest first, with date, outlet and language', () => {
    const home = site.page('/');
    const links = [...home.querySelectorAll('main ol a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['004', '001', '000', '002', '003'].map(pathOf));
    const text = home.querySelector('main')!.textContent!;
    expect(text).toContain('Российская газета');
    expect(text).toContain('≈ май 2022');
  });

  it('gives every paragraph a stable id and a visible anchor', () => {
    const page = site.page(pathOf('003'));
    const ids = [...page.querySelectorAll('.article-body [id^="p-"]')].map((p) => p.id);
    expect(ids).toEqual(Array.from({ length: 13 }, (_, i) => `p-${i + 1}`));
    expect(page.querySelector('#p-9')!.tagName).toBe('LI');
    expect(page.querySelector('#p-1 a.paragraph-anchor')!.getAttribute('href')).toBe('#p-1');
  });

  it('shows title, date with precision, outlet, language and the source link', () => {
    const page = site.page(pathOf('000'));
    expect(page.documentElement.getAttribute('lang')).toBe('ru');
    expect(page.querySelector('h1')!.textContent).toBe(
      'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации',
    );
    const meta = page.querySelector('.meta')!.textContent!;
    expect(meta).toContain('23 октября 2019');
    expect(meta).toContain('Российская газета');
    expect(page.querySelector('.meta a[href^="https://rg.ru/"]')).not.toBeNull();
    expect(site.page(pathOf('002')).documentElement.getAttribute('lang')).toBe('en');
  });

  it('shows a supplied title in square brackets and an inferred date as such', () => {
    const page = site.page(pathOf('001'));
    expect(page.querySelector('h1')!.textContent).toBe(
      '[Лукашенко и посол России Грызлов обсудили сотрудничество в IT-сфере]',
    );
    expect(page.querySelector('.meta time')!.textContent).toBe('≈ май 2022');
  });

  it('has a collapsed "as captured" section linking the unchanged capture, with its sha256 and the removed blocks', () => {
    const page = site.page(pathOf('001'));
    const details = page.querySelector('details.as-captured')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.textContent).toContain('87d8696d2663fbe1');
    expect(site.read(details.querySelector('a.capture-link')!.getAttribute('href')!)).toBe(
      readFileSync(`${root}seeds/001_87d8696d2663fbe1.txt`, 'utf8'),
    );
    expect([...details.querySelectorAll('[data-rule]')].map((li) => li.getAttribute('data-rule'))).toEqual([
      'support-prompt',
      'site-navigation',
      'numbered-headlines',
      'duplicate-line',
    ]);
  });

  it('keeps every boilerplate string out of every article body', () => {
    const boilerplate = [
      'Подписывайтесь',
      'Подписаться',
      'Поддержать команду Зеркала',
      'Беларусы на войне',
      'Амкодор',
      'Путин',
      'Трамп',
      'Мы в соцсетях',
      'Leave a Reply',
      'Source URL',
      '## **',
    ];
    for (const path of paths) {
      const body = site.page(path).querySelector('.article-body')!.textContent!;
      for (const text of boilerplate) expect(body, `${path} contains ${text}`).not.toContain(text);
    }
    const titles = [...site.page(pathOf('002')).querySelectorAll('.article-body p')].filter((p) =>
      p.textContent!.startsWith('President promises'),
    );
    expect(titles).toHaveLength(0);
  });
});

describe('astro build under a sub-path', () => {
  it('prefixes every internal link with the base', async () => {
    const site = await seedsBuild(SUB_PATH);
    expect(site.status, site.output).toBe(0);
    const home = site.page('/');
    const hrefs = [...home.querySelectorAll('a[href^="/"], link[href^="/"]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href.startsWith('/letopis/'), href).toBe(true);
    expect(hrefs).toContain(`/letopis${pathOf('000')}`);
  });
});

describe('astro build of captures in other encodings', () => {
  it('decodes CP1251, UTF-16 with BOM, UTF-8 with BOM and CRLF captures', async () => {
    const site = await buildArchive('encodings', { fixture: 'encodings' });
    expect(site.status, site.output).toBe(0);
    const built = JSON.parse(readFileSync(`${site.contentDir}/permalinks.json`, 'utf8')).articles as Record<
      string,
      string
    >;
    const encodings = Object.fromEntries(
      Object.entries(built).map(([id, path]) => [
        id,
        site.page(path).querySelector('.as-captured .meta')!.textContent!,
      ]),
    );
    expect(encodings['001_cp1251']).toContain('windows-1251');
    expect(encodings['002_utf16']).toContain('utf-16le + BOM');
    expect(encodings['003_utf8bom']).toContain('utf-8 + BOM');
    expect(encodings['004_crlf']).toContain('CRLF');
    expect(site.page(built['001_cp1251']!).querySelector('h1')!.textContent).toBe(
      'Белорусские программисты открыли центр в Минске',
    );
    expect(built['004_crlf']).toBe('/articles/2018/skolkovo-prinimayet-startapy-iz-belarusi/');
    expect(built['002_utf16']).toBe('/articles/undated/forum-regionov-proshyol-v-mogilyove/');
  });
});
