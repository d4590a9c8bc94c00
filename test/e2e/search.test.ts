import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themeInitScript } from '../../src/lib/theme/theme-init.ts';
import { launchBrowser } from '../support/browser.ts';
import type { BuildResult } from '../support/build.ts';
import { root } from '../support/seeds.ts';
import { serveStatic, type StaticSite } from '../support/serve.ts';
import { seedsBuild, SUB_PATH } from '../support/shared-build.ts';

const lock = JSON.parse(readFileSync(`${root}content/permalinks.json`, 'utf8')) as { articles: Record<string, string> };
const pathOf = (n: string) => Object.entries(lock.articles).find(([id]) => id.startsWith(`${n}_`))![1];
/** The seed numbers of the articles among result paths (base stripped). */
const articlesIn = (paths: string[]) =>
  Object.keys(lock.articles)
    .filter((id) => paths.includes(lock.articles[id]!))
    .map((id) => id.slice(0, 3))
    .sort();

// One browser for the file; each base path gets its own context.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['/', SUB_PATH] as const)('search, served under %s', (base) => {
  let site: StaticSite;
  let built: BuildResult;
  let context: BrowserContext;
  beforeAll(async () => {
    built = await seedsBuild(base);
    if (built.status !== 0) throw new Error(built.output);
    site = await serveStatic(built.outDir, base);
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await site?.close();
  });

  const url = (path: string) => new URL(path.replace(/^\//u, ''), site.url).href;

  /** Shows every result: clicks "more" until it goes. */
  async function showAll(page: Page) {
    const more = page.locator('.search-more');
    while (await more.isVisible()) {
      const shown = await page.locator('.search-result').count();
      await more.click();
      await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(shown);
    }
  }

  /** Archive paths (base stripped) of every result of the search on a page. */
  async function resultPaths(page: Page) {
    await showAll(page);
    return (
      await page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
    ).map((l) => `/${decodeURI(new URL(l).pathname).slice(base.length)}`);
  }

  /**
   * Opens the search page for a query string, waits for the status line to settle and, unless `all` is
   * false, shows every result ("more" until it goes).
   */
  async function search(
    query: string,
    page?: Page,
    all = true,
  ): Promise<{ page: Page; paths: string[]; links: string[]; status: string }> {
    page ??= await context.newPage();
    await page.goto(url(`/search/?${query}`));
    await expect
      .poll(() => page.locator('.search-status').textContent(), { timeout: 10_000 })
      .toMatch(/Найдено|ничего не найдено/u);
    if (all) await showAll(page);
    const links = await page
      .locator('.search-result h2 a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const paths = links.map((l) => `/${decodeURI(new URL(l).pathname).slice(base.length)}`);
    return { page, paths, links, status: (await page.locator('.search-status').textContent()) ?? '' };
  }
  const q = (text: string) => `q=${encodeURIComponent(text)}`;

  it('finds Лукашенко in Russian and English articles (the English one by its registry names) and his page', async () => {
    const { paths, page } = await search(q('Лукашенко'));
    expect(articlesIn(paths)).toEqual(['001', '002', '003']);
    // The person pages are the lead's; when the build has made them, his must be found too.
    if (existsSync(join(built.outDir, 'people/lukashenko/index.html'))) expect(paths).toContain('/people/lukashenko/');
    expect(
      await page
        .locator('.search-result', { hasText: 'President promises' })
        .locator('.search-result-names')
        .textContent(),
    ).toContain('Лукашенко');
    await page.close();
  });

  it('stems Russian: "Румасом" finds 000 and links to the paragraph', async () => {
    const { paths, links, page } = await search(q('Румасом'));
    expect(articlesIn(paths)).toContain('000');
    const link = links[paths.indexOf(pathOf('000'))]!;
    const id = new URL(link).hash.slice(1);
    expect(id).toMatch(/^p-\d+$/u);
    await page.goto(link);
    expect(await page.locator(`#${id}`).textContent()).toMatch(/Румас/u);
    await page.close();
  });

  it('finds "технологического суверенитета" in 004, with the words highlighted', async () => {
    const { paths, page } = await search(q('технологического суверенитета'));
    expect(articlesIn(paths)).toContain('004');
    expect((await page.locator('.search-result mark').allTextContents()).join(' ')).toMatch(
      /технологическ.*суверенитет/iu,
    );
    await page.close();
  });

  it('finds Russian articles from Latin names, acronyms and aliases', async () => {
    expect(articlesIn((await search(q('Lukashenko'))).paths)).toEqual(expect.arrayContaining(['001', '002', '003']));
    expect(articlesIn((await search(q('ПВТ'))).paths)).toEqual(expect.arrayContaining(['000', '002']));
    expect(articlesIn((await search(q('Hi-Tech Park'))).paths)).toEqual(expect.arrayContaining(['000', '002']));
    expect(articlesIn((await search(q('HTP'))).paths)).toEqual(expect.arrayContaining(['000', '002']));
    expect(articlesIn((await search(q('EAEU'))).paths)).toEqual(expect.arrayContaining(['000', '004']));
    for (const page of context.pages()) await page.close();
  });

  it('narrows by language, from the URL and from the form, and keeps the filter in the URL', async () => {
    const { paths, page: linked } = await search(`${q('Лукашенко')}&lang=en`);
    expect(articlesIn(paths)).toEqual(['002']);
    // A facet chosen in the URL opens the facets, with that value selected.
    expect(await linked.getByRole('button', { name: 'Уточнить' }).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => linked.getByLabel('Язык').inputValue()).toBe('en');
    await linked.close();
    const { page } = await search(q('Лукашенко'));
    await page.getByRole('button', { name: 'Уточнить' }).click();
    await page.getByLabel('Язык').focus();
    await page.getByLabel('Язык').selectOption('ru');
    // The select is drawn anew with the new counts; the focus stays on it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('lang');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('ru');
    await expect.poll(async () => articlesIn(await resultPaths(page))).toEqual(['001', '003']);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBeNull();
    await expect.poll(async () => articlesIn(await resultPaths(page))).toEqual(['001', '002', '003']);
    await page.close();
  });

  it('fetches no filter chunk, no facet names, no Pagefind worker and no bold font for a first search, and the facets with their counts once opened by keyboard', async () => {
    // A context of its own: nothing cached, so every file the first search needs is requested.
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    const filterChunks: string[] = [];
    const facetNames: string[] = [];
    const worker: string[] = [];
    const fonts: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\/pagefind\/(?:[^/]+\/)?filter\//u.test(path)) filterChunks.push(path);
      if (path.endsWith('/search/facet-names.json')) facetNames.push(path);
      if (path.includes('pagefind-worker')) worker.push(path);
      if (path.endsWith('.woff2')) fonts.push(path.replace(/^.*\/|\.[^.]+\.woff2$/gu, ''));
    });
    const { paths } = await search(q('Лукашенко'), page);
    expect(articlesIn(paths)).toEqual(['001', '002', '003']);
    expect(filterChunks).toEqual([]);
    expect(facetNames).toEqual([]);
    // Pagefind searches in the page (its worker would be a second copy of its code), and the page sets no bold serif.
    expect(worker).toEqual([]);
    expect(fonts.sort()).toEqual(['pt-serif-cyrillic-400-normal', 'pt-serif-latin-400-normal']);
    const refine = page.getByRole('button', { name: 'Уточнить' });
    expect(await refine.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.search-facet-list select').count()).toBe(0);
    await refine.focus();
    await page.keyboard.press('Enter');
    expect(await refine.getAttribute('aria-expanded')).toBe('true');
    // Counts are this search's: one English article names Лукашенко.
    await expect.poll(() => page.getByLabel('Язык').locator('option[value="en"]').textContent()).toMatch(/\(1\)$/u);
    expect(filterChunks.length).toBeGreaterThan(0);
    expect(facetNames).toEqual([`${base}search/facet-names.json`]);
    // Values are registry refs, shown by their names.
    expect(await page.getByLabel('Персона').locator('option[value="people/lukashenko"]').textContent()).toBe(
      'Александр Лукашенко (3)',
    );
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-refine');
    expect(articlesIn(await resultPaths(page))).toEqual(['001', '002', '003']);
    await page.keyboard.press('Enter');
    expect(await refine.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Язык').isVisible()).toBe(false);
    await fresh.close();
  });

  it('shows the first five results: "more" adds the next ten and moves the focus to the first of them', async () => {
    const { page, status } = await search(q('России'), undefined, false);
    const total = Number(/\d+/u.exec(status)![0]);
    expect(total).toBeGreaterThan(5);
    expect(await page.locator('.search-result').count()).toBe(5);
    await page.locator('.search-more').click();
    await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(15, total));
    await expect
      .poll(() => page.evaluate(() => document.activeElement === document.querySelectorAll('.search-result h2 a')[5]))
      .toBe(true);
    expect(await page.locator('.search-more').isVisible()).toBe(total > 15);
    await page.close();
  });

  it('says plainly when nothing is found, with suggestions', async () => {
    const { page, paths, status } = await search(q('зюзюкалка'));
    expect(paths).toEqual([]);
    expect(status).toContain('ничего не найдено');
    expect(await page.locator('.search-nothing').isVisible()).toBe(true);
    await page.close();
  });

  it('works by keyboard from any page: "/" focuses the header box, Enter runs the search', async () => {
    const page = await context.newPage();
    await page.goto(url(pathOf('004')));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('EAEU');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('EAEU');
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(1);
    expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');
    await page.close();
  });

  it('reads and searches offline after one visit', async () => {
    const offline = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await offline.newPage();
    await page.goto(url('/search/?q=ПВТ'));
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.goto(url(pathOf('004')));
    await offline.setOffline(true);
    await page.goto(url(pathOf('004')));
    expect(await page.locator('h1').textContent()).toContain('Мишустин');
    await page.goto(url('/search/?q=Лукашенко'));
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 10_000 }).toMatch(/Найдено/u);
    expect(await page.locator('.search-result').count()).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Уточнить' }).click();
    await expect
      .poll(() => page.getByLabel('Персона').locator('option[value="people/lukashenko"]').textContent())
      .toBe('Александр Лукашенко (3)');
    await offline.close();
  });

  it('ships no inline script but the theme’s (its CSP names it by hash) besides JSON data, and names its worker by the build’s content', () => {
    const inline = [...built.page('/search/').querySelectorAll('script:not([src]):not([type^="application/"])')];
    expect(inline.map((script) => script.textContent)).toEqual([themeInitScript]);
    expect(built.read('/sw.js')).toMatch(/const BUILD_ID = "[0-9a-f]{16}"/u);
  });
});
