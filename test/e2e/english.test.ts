/**
 * The English interface as an English reader sees it (issue 19, point 8): registry names in English on
 * every kind of page, in the search results and in the search's facets; Russian and Belarusian titles
 * given as library catalogues give them, as published, romanized (ALA-LC) and translated by the editor
 * (the sidecar's `titleEn`), each part tagged with its language. One build of the seeds serves every test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { root } from '../support/seeds.ts';

const lock = JSON.parse(readFileSync(join(root, 'content/permalinks.json'), 'utf8')) as {
  articles: Record<string, string>;
};
const pathOf = (n: string) => Object.entries(lock.articles).find(([id]) => id.startsWith(`${n}_`))![1];

const shared = useBuiltSite('/');
const CYRILLIC = /\p{Script=Cyrillic}/u;

async function open(path: string): Promise<Page> {
  const page = await shared.browser.newPage();
  await page.goto(shared.url(path));
  return page;
}

/** The text of every link to a registry page outside an article's own text (which stays in its language). */
const registryLabels = (page: Page) =>
  page
    .locator(
      'a[href*="/en/people/"], a[href*="/en/organizations/"], a[href*="/en/events/"], a[href*="/en/places/"], a[href*="/en/topics/"]',
    )
    .evaluateAll((links) =>
      links
        .filter((a) => !a.closest('.article-body, .breadcrumbs'))
        .map((a) => (a.textContent ?? '').replace(/\s+/gu, ' ').trim())
        .filter(Boolean),
    );

describe('registry names on English pages', () => {
  const pages = [
    '/en/',
    '/en/people/',
    '/en/organizations/',
    '/en/events/',
    '/en/topics/',
    '/en/timeline/',
    '/en/people/lukashenko/',
    '/en/organizations/hi-tech-park/',
    '/en/topics/hi-tech-park/',
    `/en${pathOf('000')}`,
    `/en${pathOf('004')}`,
  ];

  it.each(pages)('%s names every entity and topic in English, never in Cyrillic', async (path) => {
    const page = await open(path);
    const labels = await registryLabels(page);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((label) => CYRILLIC.test(label))).toEqual([]);
    // The co-mention graph's labels too, where the page has one.
    const graphText = await page.locator('svg text').allTextContents();
    expect(graphText.filter((text) => CYRILLIC.test(text))).toEqual([]);
    await page.close();
  });

  it('an entity page is titled by its English name and gives the Russian one, marked as Russian', async () => {
    const page = await open('/en/people/lukashenko/');
    expect(await page.locator('h1').textContent()).toBe('Alexander Lukashenko');
    expect(await page.title()).toMatch(/^Alexander Lukashenko — /u);
    expect(await page.locator('.entity-en').getAttribute('lang')).toBe('ru');
    // Its other names each carry their language, so that a screen reader does not read Cyrillic as English.
    expect(await page.getByText('Аляксандр Лукашэнка', { exact: true }).getAttribute('lang')).toBe('be');
    expect(await page.getByText('Aleksandr Lukashenko', { exact: true }).getAttribute('lang')).toBe('en');
    await page.close();
  });
});

describe('Russian titles on English pages', () => {
  it('an article page gives the title as published, romanized and translated, each in its language', async () => {
    const page = await open(`/en${pathOf('000')}`);
    const parts = await page
      .locator('h1 [lang]')
      .evaluateAll((spans) => spans.map((s) => [s.getAttribute('lang'), s.textContent]));
    expect(parts).toEqual([
      ['ru', 'Дмитрий Медведев показал белорусскому коллеге Сергею Румасу инновации'],
      ['ru-Latn-alalc97', 'Dmitriĭ Medvedev pokazal belorusskomu kollege Sergei͡u Rumasu innovat͡sii'],
      ['en', '[Dmitry Medvedev showed his Belarusian counterpart Sergei Rumas some innovations]'],
    ]);
    expect(await page.title()).toContain('(Dmitriĭ Medvedev pokazal');
    // The outlet is romanized too, and marked as Russian.
    const outlet = page.locator('.meta dd', { hasText: 'Российская газета' });
    expect(await outlet.locator('[lang="ru-Latn-alalc97"]').textContent()).toBe('Rossiĭskai͡a gazeta');
    await page.close();
  });

  it('an editor’s title keeps its brackets in every part', async () => {
    const page = await open(`/en${pathOf('001')}`);
    expect(await page.locator('h1 [lang="ru-Latn-alalc97"]').textContent()).toBe(
      '[Lukashenko i posol Rossii Gryzlov obsudili sotrudnichestvo v IT-sfere]',
    );
    await page.close();
  });

  it('lists give each Russian title its romanization; an English title stays as it is', async () => {
    const page = await open('/en/articles/2019/');
    const link = page.locator('.article-list a').first();
    expect(await link.locator('[lang="ru-Latn-alalc97"]').textContent()).toMatch(/^Dmitriĭ Medvedev/u);
    await page.close();
    const english = await open('/en/articles/2017/');
    const item = english.locator('.article-list a', { hasText: 'President promises' });
    expect(await item.locator('[lang]').evaluateAll((s) => s.map((e) => e.getAttribute('lang')))).toEqual(['en']);
    await english.close();
  });

  it('Russian pages show the title alone', async () => {
    const page = await open(pathOf('000'));
    expect(await page.locator('h1 [lang]').count()).toBe(1);
    expect(await page.locator('.title-romanized').count()).toBe(0);
    await page.close();
  });
});

describe('the English search', () => {
  async function search(query: string): Promise<Page> {
    const page = await open(`/en/search/?q=${encodeURIComponent(query)}`);
    await expect
      .poll(() => page.locator('.search-status').textContent(), { timeout: 10_000 })
      .toMatch(/Results|Nothing found/u);
    return page;
  }

  it('labels results in English: an entity by its English name, an article with its romanized title', async () => {
    const page = await search('Лукашенко');
    const titles = await page.locator('.search-result h2 a').allTextContents();
    expect(titles).toContain('Alexander Lukashenko');
    // Every title in Cyrillic comes with its romanization.
    const unromanized = await page
      .locator('.search-result h2 a')
      .evaluateAll((links) =>
        links
          .filter(
            (a) => /\p{Script=Cyrillic}/u.test(a.textContent ?? '') && !a.querySelector('[lang$="-Latn-alalc97"]'),
          )
          .map((a) => a.textContent),
      );
    expect(unromanized).toEqual([]);
    const article = page.locator('.search-result h2 a', { hasText: 'Lukashenko i posol' });
    expect(await article.locator('[lang]').evaluateAll((s) => s.map((e) => e.getAttribute('lang')))).toEqual([
      'ru',
      'ru-Latn-alalc97',
      'en',
    ]);
    await page.close();
  });

  it('names the facets’ people and organizations in English, and romanizes Cyrillic outlets', async () => {
    const page = await search('Лукашенко');
    await page.getByRole('button', { name: 'Narrow down' }).click();
    await expect
      .poll(() => page.getByLabel('Person').locator('option[value="people/lukashenko"]').textContent())
      .toBe('Alexander Lukashenko (3)');
    const people = await page.getByLabel('Person').locator('option').allTextContents();
    expect(people.filter((o) => CYRILLIC.test(o))).toEqual([]);
    const outlets = await page.getByLabel('Outlet').locator('option').allTextContents();
    expect(outlets).toContain('Зеркало (Zerkalo) (1)');
    await page.close();
  });
});
