/**
 * Layout and small defects (issue 19, points 10–13), as a reader meets them: pictures with legible
 * labels and no sideways scrolling from 320 to 1920 px, every section of the navigation in sight, side
 * columns that hide nothing, an event page without repository paths and with its dates as one range,
 * the people an archive names (and not its test entries), a real "all articles" page, a 404 page one can
 * go on from, and a search page that says what to do without JavaScript. One build of the seeds, under a
 * sub-path, serves every test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { root } from '../support/seeds.ts';
import { SUB_PATH } from '../support/shared-build.ts';

const lock = JSON.parse(readFileSync(join(root, 'content/permalinks.json'), 'utf8')) as {
  articles: Record<string, string>;
  topics: Record<string, string>;
};
const articlePath = (n: string) => Object.entries(lock.articles).find(([id]) => id.startsWith(`${n}_`))![1];

const shared = useBuiltSite(SUB_PATH);
const url = (path: string) => shared.url(path);

const WIDTHS = [320, 375, 768, 1280, 1920];

/** What a reader sees of each picture on the page: its drawn size, its smallest label (px) and labels outside it. */
function pictures(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('figure.graph svg, figure.timeline-chart svg')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        const box = svg.getBoundingClientRect();
        const view = svg.viewBox.baseVal;
        const scale = view && view.width ? box.width / view.width : 1;
        const texts = [...svg.querySelectorAll('text')];
        const outside = texts.filter((text) => {
          const r = text.getBoundingClientRect();
          return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
        });
        const smallest = Math.min(...texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale));
        return {
          kind: svg.closest('figure')!.className,
          height: box.height,
          smallest,
          // the timeline's year labels sit in the SVG's padding, by design: only the graph's labels must stay inside
          outside: svg.closest('figure.graph') ? outside.map((t) => t.textContent) : [],
        };
      }),
  );
}

describe('pictures and navigation at every width', () => {
  it('draws the graphs and the timeline with labels of 12 px or more, none cut, and no sideways scrolling', async () => {
    for (const width of WIDTHS) {
      const context = await shared.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const path of ['/', '/events/lukashenko-gryzlov-2022-05-12/', '/people/lukashenko/', '/timeline/']) {
        await page.goto(url(path));
        const where = `${path} at ${width} px`;
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), where).toBe(0);
        const drawn = await pictures(page);
        expect(drawn.length, where).toBeGreaterThan(0);
        for (const picture of drawn) {
          expect(picture.smallest, `${picture.kind}, ${where}`).toBeGreaterThanOrEqual(12);
          expect(picture.outside, `${picture.kind}, ${where}`).toEqual([]);
        }
      }
      // A node with two neighbours is a small picture, not a page-high one.
      await page.goto(url('/events/lukashenko-gryzlov-2022-05-12/'));
      const [ego] = await pictures(page);
      expect(ego!.height).toBeLessThan(320);
      await context.close();
    }
  });

  it('keeps every section of the navigation in sight on a phone, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [320, 375]) {
        const context = await shared.browser.newContext({ viewport: { width, height: 740 }, colorScheme });
        const page = await context.newPage();
        await page.goto(url('/people/'));
        const nav = page.getByRole('navigation', { name: 'Разделы архива' });
        const links = nav.getByRole('link');
        expect(await links.count()).toBe(6);
        for (const link of await links.all()) {
          const box = (await link.boundingBox())!;
          const name = (await link.textContent()) ?? '';
          expect(box.x, name).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, name).toBeLessThanOrEqual(width);
          // not clipped by a scrolling row: the link's own text is what is drawn at its centre
          const hit = await page.evaluate(
            ([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.textContent,
            [box.x + box.width / 2, box.y + box.height / 2],
          );
          expect(hit).toBe(name);
        }
        await context.close();
      }
    }
  });
});

describe('side columns', () => {
  it('hide nothing on any topic page at 1280×800: the column has no scroll of its own and its end can be read', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    for (const path of Object.values(lock.topics)) {
      await page.goto(url(path));
      const aside = page.locator('.entity-aside');
      expect(await aside.evaluate((el) => el.scrollHeight - el.clientHeight), path).toBeLessThanOrEqual(1);
      // scrolled down to the column's end, its last heading and the text after it are in the window
      const seen = await aside.evaluate((el) => {
        const last = el.lastElementChild!;
        last.scrollIntoView({ block: 'end' });
        const heading = [...el.querySelectorAll('h2')].at(-1)!.getBoundingClientRect();
        const end = last.getBoundingClientRect();
        return { headingTop: heading.top, endBottom: end.bottom, height: innerHeight };
      });
      expect(seen.headingTop, path).toBeGreaterThanOrEqual(0);
      expect(seen.endBottom, path).toBeLessThanOrEqual(seen.height);
    }
    await context.close();
  });
});

describe('an event page', () => {
  it('links the article its note rests on, shows no repository path, and gives its dates as one range', async () => {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    await page.goto(url('/events/lukashenko-gryzlov-2022-05-12/'));
    const main = page.locator('main');
    expect(await main.textContent()).not.toMatch(/content\/|\.yaml|\.md\b/u);
    const link = main.getByRole('link', {
      name: 'Лукашенко и посол России Грызлов обсудили сотрудничество в IT-сфере',
    });
    expect(await link.first().getAttribute('href')).toBe(`${SUB_PATH.slice(0, -1)}${articlePath('001')}`);

    await page.goto(url('/events/forum-of-regions-2017/'));
    expect(await page.locator('main').textContent()).not.toContain('content/');
    expect(await page.locator('dl.meta').textContent()).toContain('29–30 июня 2017');
    await page.goto(url('/en/events/forum-of-regions-2017/'));
    expect(await page.locator('dl.meta').textContent()).toMatch(/29 – 30 June 2017/u);
    await context.close();
  });
});

describe("the archive's people", () => {
  it('lists and counts only those the articles name; a registry entry no article names keeps its page, out of search', async () => {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    await page.goto(url('/people/'));
    const list = page.locator('.entity-index');
    expect(await list.textContent()).not.toContain('Путин');
    expect(await list.textContent()).not.toContain('Трамп');
    const listed = await list.locator('li').count();
    await page.goto(url('/'));
    expect(await page.locator('main').textContent()).toContain(`${listed} персон`);

    const response = await page.goto(url('/people/putin/'));
    expect(response!.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Владимир Путин');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    await context.close();
  });
});

describe('all articles', () => {
  it('lists every year with its count and its articles, newest first', async () => {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    await page.goto(url('/articles/'));
    const years = await page.locator('main h2').allTextContents();
    expect(years.map((y) => y.trim())).toEqual([
      '2023 (1 статья)',
      '2022 (1 статья)',
      '2019 (1 статья)',
      '2017 (2 статьи)',
    ]);
    const links = page.locator('main .article-list a');
    expect(await links.count()).toBe(Object.keys(lock.articles).length);
    expect(await links.first().getAttribute('href')).toBe(`${SUB_PATH.slice(0, -1)}${articlePath('004')}`);
    // the year's heading leads to the year's page
    await page.getByRole('link', { name: '2019', exact: true }).last().click();
    expect(new URL(page.url()).pathname).toBe(`${SUB_PATH}articles/2019/`);
    await context.close();
  });
});

describe('the 404 page', () => {
  it("has the site's sections and a search box that searches", async () => {
    const context = await shared.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const response = await page.goto(url('/no/such/page/'));
    expect(response!.status()).toBe(404);
    const nav = page.getByRole('navigation', { name: 'Разделы архива' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Архив',
      'Темы',
      'Люди',
      'Организации',
      'События',
      'Хронология',
    ]);
    await page.getByRole('searchbox', { name: 'Поиск по архиву' }).fill('ПВТ');
    await page.getByRole('searchbox', { name: 'Поиск по архиву' }).press('Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    expect(new URL(page.url()).searchParams.get('q')).toBe('ПВТ');
    await context.close();
  });
});

describe('search without JavaScript', () => {
  it('says why nothing was searched and links the home page and the lists', async () => {
    const context = await shared.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/search/?q=ПВТ'));
    const links = page.locator('.search-noscript-links a');
    expect(await links.allTextContents()).toEqual([
      'Архив',
      'Все статьи по годам',
      'Темы',
      'Люди',
      'Организации',
      'События',
      'Хронология',
    ]);
    expect(await links.first().isVisible()).toBe(true);
    expect(await page.getByText(/нужен JavaScript/u).isVisible()).toBe(true);
    await context.close();
  });
});
