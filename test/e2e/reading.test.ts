/**
 * Reading the archive: the theme toggle (remembered, applied before the first paint), every page kind at
 * 320 px without sideways scrolling, an article printed with its permalink and citation, previous/next by
 * date, and the language switch. One build of the seeds, under a sub-path, serves every test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { root } from '../support/seeds.ts';
import { SUB_PATH } from '../support/shared-build.ts';

const BASE = SUB_PATH;
const lock = JSON.parse(readFileSync(join(root, 'content/permalinks.json'), 'utf8')) as {
  articles: Record<string, string>;
};
const pathOf = (n: string) => Object.entries(lock.articles).find(([id]) => id.startsWith(`${n}_`))![1];

const shared = useBuiltSite(SUB_PATH);
const url = (path: string) => shared.url(path);

describe('the theme', () => {
  it('follows the system without a choice, and without JavaScript', async () => {
    const context = await shared.browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/'));
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(23, 22, 20)',
    );
    // No script, no toggle: a button that does nothing would only confuse.
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    await context.close();
  });

  it('toggles, remembers the choice across pages and reloads, and applies it before the first paint', async () => {
    const context = await shared.browser.newContext({ colorScheme: 'light' });
    // What the page looks like in the first animation frame, i.e. before anything is painted.
    await context.addInitScript(() => {
      requestAnimationFrame(() => {
        const w = window as unknown as { firstFrame: { theme: string | null; background: string } };
        w.firstFrame = {
          theme: document.documentElement.getAttribute('data-theme'),
          background: getComputedStyle(document.documentElement).backgroundColor,
        };
      });
    });
    const page = await context.newPage();
    // The frame may come after the load event on a busy machine: wait for it rather than read too soon.
    type Frame = { theme: string | null; background: string };
    const firstFrame = async () =>
      (
        await page.waitForFunction(() => (window as unknown as { firstFrame?: Frame }).firstFrame)
      ).jsonValue() as Promise<Frame>;
    await page.goto(url(pathOf('000')));
    const toggle = page.getByRole('button', { name: 'Тёмная тема' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect((await firstFrame()).background).toBe('rgb(251, 249, 244)');

    await toggle.click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(23, 22, 20)',
    );

    await page.reload();
    expect(await firstFrame()).toEqual({ theme: 'dark', background: 'rgb(23, 22, 20)' });
    await page.goto(url('/en/timeline/'));
    expect(await firstFrame()).toEqual({ theme: 'dark', background: 'rgb(23, 22, 20)' });
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');

    // Back to light: the system's own choice, so nothing is stored and the site follows the system again.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => localStorage.getItem('letopis-theme'))).toBeNull();
    await page.reload();
    expect(await firstFrame()).toEqual({ theme: null, background: 'rgb(251, 249, 244)' });
    await context.close();
  });
});

describe('every page kind reads at 320 px', () => {
  const kinds = [
    '/',
    pathOf('000'),
    pathOf('001'),
    '/articles/',
    '/articles/2019/',
    '/people/',
    '/people/lukashenko/',
    '/organizations/hi-tech-park/',
    '/events/open-innovations-2019/',
    '/topics/',
    '/topics/hi-tech-park/',
    '/timeline/',
    '/search/?q=ПВТ',
    '/about/',
    '/cite/',
    '/no-such-page/',
  ];
  // One phone-sized context; each case opens its own page in it, and the cases run side by side (they mostly
  // wait for Chromium).
  let context: BrowserContext;
  beforeAll(async () => {
    context = await shared.browser.newContext({
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
  });
  afterAll(() => context.close());
  it.concurrent.for(kinds.flatMap((path) => [path, `/en${path}`]))(
    '%s: no sideways scrolling',
    async (path, { expect }) => {
      const page = await context.newPage();
      await page.goto(url(path));
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // The widest thing on the page (a graph scrolls inside its own frame, never the page).
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
      await page.close();
    },
  );
});

describe('an article', () => {
  it('prints with its permanent address and its citation, without the site’s navigation', async () => {
    const page = await shared.browser.newPage();
    await page.goto(url(pathOf('000')));
    await page.emulateMedia({ media: 'print' });
    const permalink = page.locator('.permalink-print');
    expect(await permalink.isVisible()).toBe(true);
    expect(await permalink.textContent()).toContain(
      `Постоянный адрес: https://letopis.example.org${BASE}articles/2019/`,
    );
    const gost = page.locator('[data-citation-format="gost"] pre');
    expect(await gost.isVisible()).toBe(true);
    expect(await gost.textContent()).toContain('Российская газета. – 2019. – 23 окт.');
    for (const hidden of [
      '.site-nav',
      '.site-search',
      '.breadcrumbs',
      '.prev-next',
      '.article-panel',
      '.as-captured',
      '.theme-toggle',
      '.copy-button',
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    await page.emulateMedia({ media: 'screen' });
    expect(await permalink.isVisible()).toBe(false);
    await page.close();
  });

  it('links to the previous (older) and next (newer) article by date', async () => {
    const page = await shared.browser.newPage();
    await page.goto(url('/articles/'));
    // The year pages list articles newest first; read the whole order from them.
    const order: string[] = [];
    for (const year of await page
      .locator('.year-nav a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      await page.goto(year);
      order.push(
        ...(await page
          .locator('.article-list > li > a')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))),
      );
    }
    expect(order.length).toBe(Object.keys(lock.articles).length);
    for (const [i, path] of order.entries()) {
      await page.goto(new URL(path, shared.site.url).href);
      const prev = page.locator('.prev-next a[rel="prev"]');
      const next = page.locator('.prev-next a[rel="next"]');
      expect(await prev.count()).toBe(i < order.length - 1 ? 1 : 0);
      expect(await next.count()).toBe(i > 0 ? 1 : 0);
      if (i < order.length - 1)
        expect(new URL((await prev.getAttribute('href'))!, shared.site.url).pathname).toBe(order[i + 1]);
      if (i > 0) expect(new URL((await next.getAttribute('href'))!, shared.site.url).pathname).toBe(order[i - 1]);
    }
    await page.close();
  });

  it('reads without JavaScript', async () => {
    const context = await shared.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(pathOf('000')));
    expect(await page.locator('#p-3').textContent()).toContain('Румас признался');
    expect(await page.locator('[data-citation-format="gost"] pre').textContent()).toContain('Российская газета');
    await context.close();
  });
});

describe('the language switch', () => {
  it.each([
    ['/', 'ru', '/en/', 'en'],
    ['/people/lukashenko/', 'ru', '/en/people/lukashenko/', 'en'],
    ['/en/topics/hi-tech-park/', 'en', '/topics/hi-tech-park/', 'ru'],
    ['/about/', 'ru', '/en/about/', 'en'],
  ])('%s (%s) → %s (%s)', async (from, fromLang, to, toLang) => {
    const page = await shared.browser.newPage();
    await page.goto(url(from));
    expect(await page.getAttribute('html', 'lang')).toBe(fromLang);
    await page.locator('.language-switch').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${BASE}${to.slice(1)}`);
    expect(await page.getAttribute('html', 'lang')).toBe(toLang);
    expect(await page.getAttribute(`link[rel="alternate"][hreflang="${fromLang}"]`, 'href')).toBe(
      `https://letopis.example.org${BASE}${from.slice(1)}`,
    );
    await page.close();
  });

  it('keeps an article in its own language while the interface changes', async () => {
    const page = await shared.browser.newPage();
    await page.goto(url(Object.values(lock.articles).find((p) => p.includes('president-promises'))!));
    const articleLang = await page.getAttribute('html', 'lang');
    await page.locator('.language-switch').click();
    await expect.poll(() => new URL(page.url()).pathname.startsWith(`${BASE}en/articles/`)).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe(articleLang);
    expect(await page.getAttribute('.site-header', 'lang')).toBe('en');
    expect(await page.getAttribute('.article-body', 'lang')).toBe(articleLang);
    await page.close();
  });
});
