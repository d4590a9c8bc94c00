import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { root } from '../support/seeds.ts';
import { serveStatic, type StaticSite } from '../support/serve.ts';
import { seedsBuild } from '../support/shared-build.ts';

const lock = JSON.parse(readFileSync(`${root}content/permalinks.json`, 'utf8')) as { articles: Record<string, string> };
const pathOf = (n: string) => Object.entries(lock.articles).find(([id]) => id.startsWith(`${n}_`))![1];

/**
 * Offline reading behind a host that sends `Vary: Origin` on every response, as Astro's preview
 * server (`npm start`) does: a cached response must still match the requests a reader's pages make.
 */
describe('offline, behind a static host that sends Vary: Origin', () => {
  let browser: Browser;
  let site: StaticSite;
  let context: BrowserContext;
  beforeAll(async () => {
    const built = await seedsBuild('/');
    if (built.status !== 0) throw new Error(built.output);
    site = await serveStatic(built.outDir, '/', { headers: { vary: 'Origin' } });
    browser = await launchBrowser();
    context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(new URL('search/?q=ПВТ', site.url).href);
    await page.locator('.search-result').first().waitFor({ timeout: 10_000 });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.goto(new URL(pathOf('004').slice(1), site.url).href);
    await page.close();
    await context.setOffline(true);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const url = (path: string) => new URL(path.replace(/^\//u, ''), site.url).href;

  it('reads an article read before', async () => {
    const page = await context.newPage();
    await page.goto(url(pathOf('004')));
    expect(await page.locator('h1').textContent()).toContain('Мишустин');
    await page.close();
  });

  it('searches with a query in the address, as a link or the header’s form would open it', async () => {
    const page = await context.newPage();
    await page.goto(url('/search/?q=Лукашенко'));
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 10_000 }).toMatch(/Найдено/u);
    expect(await page.locator('#search-q').inputValue()).toBe('Лукашенко');
    expect(await page.locator('.search-result').count()).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('answers a page not kept with the offline page in its interface, whose search works', async () => {
    const page = await context.newPage();
    await page.goto(url('/timeline/'));
    expect(await page.locator('h1').textContent()).toBe('Нет сети, а эта страница не сохранена');
    expect(await page.locator('.site-name').count()).toBe(1);
    await page.locator('#offline-q').fill('ЕАЭС');
    await page.locator('#offline-q').press('Enter');
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 10_000 }).toMatch(/Найдено/u);
    await page.goto(url('/en/timeline/'));
    expect(await page.locator('h1').textContent()).toBe('You are offline and this page is not saved');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.close();
  });
});
