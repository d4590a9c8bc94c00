/**
 * Citing from where the reader is (issue 19, points 5–7 and 9): "Cite" and "On this page" at the top of
 * article, entity and topic pages; one tab stop per paragraph, the ❝ button reached from the ¶ link with →;
 * the ❝ button on its paragraph's own line at every width; a cite panel that promises without JavaScript
 * only what works without it; printouts with paragraph numbers and the permanent address; a language switch
 * that keeps the query and the paragraph. One build of the seeds, under a sub-path, serves every test.
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
};
const articles = Object.values(lock.articles);
const pathOf = (n: string) => Object.entries(lock.articles).find(([id]) => id.startsWith(`${n}_`))![1];

const shared = useBuiltSite(SUB_PATH);
const url = (path: string) => shared.url(path);

const desktop = { width: 1280, height: 800 };
const phone = { width: 375, height: 740 };

/** What has the keyboard focus: the ¶ link or ❝ button of paragraph N, another element of the text, or else. */
function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    const paragraph = active?.closest('[data-paragraph]')?.getAttribute('data-paragraph');
    if (active?.matches('.paragraph-anchor')) return `¶${paragraph}`;
    if (active?.matches('.cite-paragraph')) return `❝${paragraph}`;
    return active?.closest('.article-body') ? 'text' : 'outside';
  });
}

describe('"Cite" at the top of the page', () => {
  // Each case has contexts of its own and mostly waits for Chromium: they run side by side.
  it.concurrent.for([
    [pathOf('000'), 'Как цитировать', 'cite-heading'],
    [`/en${pathOf('002')}`, 'Cite this article', 'cite-heading'],
    ['/people/lukashenko/', 'Сослаться на эту страницу', 'short-cite'],
    ['/en/organizations/hi-tech-park/', 'Cite this page', 'short-cite'],
    ['/topics/hi-tech-park/', 'Сослаться на эту страницу', 'short-cite'],
  ] as const)(
    '%s: in the first screen on desktop and phone, and it leads to the citation',
    async ([path, label, target], { expect }) => {
      for (const viewport of [desktop, phone]) {
        const context = await shared.browser.newContext({ viewport });
        const page = await context.newPage();
        await page.goto(url(path));
        const nav = page.getByRole('navigation', { name: /На этой странице|On this page/u });
        const cite = nav.getByRole('link', { name: label });
        const box = (await cite.boundingBox())!;
        expect(box.y + box.height, `${path} at ${viewport.width} px`).toBeLessThanOrEqual(viewport.height);
        await cite.click();
        await expect.poll(() => new URL(page.url()).hash).toBe(`#${target}`);
        const heading = (await page.locator(`#${target}`).boundingBox())!;
        expect(heading.y).toBeGreaterThan(-1);
        expect(heading.y).toBeLessThan(viewport.height);
        // Every part "On this page" names is a heading of the page.
        for (const href of await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
          expect(await page.locator(href).count(), href).toBe(1);
        await context.close();
      }
    },
  );

  it('lists the parts of a long page: an article’s panel and its capture', async () => {
    const page = await shared.browser.newPage();
    await page.goto(url(pathOf('000')));
    const nav = page.getByRole('navigation', { name: 'На этой странице' });
    expect(await nav.locator('li a').allTextContents()).toEqual(['В этой статье', 'Как сохранено']);
    await nav.getByRole('link', { name: 'Как сохранено' }).click();
    // The capture is a closed <details>: followed from the list, it is in view.
    const capture = (await page.locator('#as-captured').boundingBox())!;
    expect(capture.y).toBeLessThan(page.viewportSize()!.height);
    await page.close();
  });
});

describe('the keyboard path through an article', () => {
  /** Tabs from just before the text until the focus leaves it: where each press landed. */
  async function tabThroughText(page: Page): Promise<string[]> {
    await page.locator('.article-body').evaluate((body) => {
      const start = document.createElement('button');
      start.id = 'tab-start';
      body.before(start);
    });
    await page.focus('#tab-start');
    const stops: string[] = [];
    for (let presses = 0; presses < 300; presses++) {
      await page.keyboard.press('Tab');
      const where = await focused(page);
      if (where === 'outside') break;
      stops.push(where);
    }
    return stops;
  }

  it.each(articles)('%s: one stop per paragraph, none for its ❝ button', async (path) => {
    const page = await shared.browser.newPage();
    await page.goto(url(path));
    await page.waitForSelector('.cite-paragraph');
    const paragraphs = await page.locator('.article-body [data-paragraph]').count();
    const mentions = await page.locator('.article-body a.mention').count();
    const stops = await tabThroughText(page);
    // Its ¶ link for each paragraph, the links to the people and organizations it names, and no ❝ button.
    expect(stops.filter((s) => s.startsWith('¶'))).toEqual(Array.from({ length: paragraphs }, (_, i) => `¶${i + 1}`));
    expect(stops.filter((s) => s.startsWith('❝'))).toEqual([]);
    expect(stops.length).toBe(paragraphs + mentions);
    console.info(
      `${path}: ${stops.length} Tab presses through ${paragraphs} paragraphs and ${mentions} mention links (${2 * paragraphs + mentions} with a ❝ stop each)`,
    );
    await page.close();
  });

  it('→ on a ¶ link reaches the paragraph’s ❝ button, ← goes back', async () => {
    const page = await shared.browser.newPage();
    await page.goto(url(pathOf('000')));
    await page.waitForSelector('.cite-paragraph');
    // From ¶3: → to its ❝, which opens the paragraph's citation; ← back to ¶3.
    await page.focus('#p-3 .paragraph-anchor');
    expect(await page.locator('#p-3 .paragraph-anchor').getAttribute('aria-describedby')).toBe('paragraph-keys');
    expect(await page.locator('#paragraph-keys').textContent()).toBe('Стрелка вправо — цитировать абзац');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('❝3');
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toBe('¶3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Цитировать абзац — Абзац 3' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('[data-paragraph-format="gost"] pre').textContent()).toContain('Абз. 3');
    await page.close();
  });
});

describe('the ❝ button', () => {
  const widths = [320, 360, 375, 414, 480, 600, 768, 1024, 1280, 1440, 1920];
  it.each(['ru', 'en'] as const)(
    'sits on its paragraph’s own line: 5 articles × %s interface × 11 widths from 320 to 1920 px',
    async (ui) => {
      const context = await shared.browser.newContext({ viewport: desktop });
      const page = await context.newPage();
      const orphaned: string[] = [];
      let checked = 0;
      for (const path of articles) {
        await page.goto(url(ui === 'en' ? `/en${path}` : path));
        await page.waitForSelector('.cite-paragraph');
        for (const width of widths) {
          await page.setViewportSize({ width, height: 800 });
          const boxes = await page.evaluate(async () => {
            await new Promise(requestAnimationFrame);
            return [...document.querySelectorAll('.article-body [data-paragraph]')].map((p) => {
              const text = p.getBoundingClientRect();
              const button = p.querySelector('.cite-paragraph')!.getBoundingClientRect();
              return { n: p.getAttribute('data-paragraph'), text, button };
            });
          });
          for (const { n, text, button } of boxes) {
            checked++;
            const inside =
              button.top >= text.top - 0.5 &&
              button.bottom <= text.bottom + 0.5 &&
              button.left >= 0 &&
              button.right <= width;
            if (!inside) orphaned.push(`${path} ¶${n} at ${width} px`);
          }
        }
      }
      expect(orphaned).toEqual([]);
      expect(checked).toBeGreaterThan(5 * widths.length);
      await context.close();
    },
  );
});

describe('without JavaScript and on paper', () => {
  it('the cite panel promises only what works: the ¶ links and the citation files', async () => {
    const context = await shared.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(pathOf('000')));
    const panel = page.locator('.cite-panel');
    expect(await panel.getByText('Кнопка ❝ рядом со ссылкой ¶').isVisible()).toBe(false);
    expect(await panel.getByText('Без JavaScript работают ссылки ¶ на абзацы').isVisible()).toBe(true);
    expect(await page.locator('.cite-paragraph').count()).toBe(0);
    // What it names works: a ¶ link leads to its paragraph, a citation file downloads.
    await page.locator('#p-4 .paragraph-anchor').click();
    expect(new URL(page.url()).hash).toBe('#p-4');
    const bib = await panel.locator('[data-citation-format="bibtex"] a.cite-download').getAttribute('href');
    const response = await page.request.get(new URL(bib!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/^@online\{/u);
    await context.close();

    // With JavaScript it is the other way round.
    const live = await shared.browser.newPage();
    await live.goto(url(pathOf('000')));
    await expect.poll(() => live.getByText('Кнопка ❝ рядом со ссылкой ¶').isVisible()).toBe(true);
    expect(await live.getByText('Без JavaScript работают ссылки ¶ на абзацы').isVisible()).toBe(false);
    await live.close();
  });

  it.each([
    ['ru', pathOf('000'), 'Абз. 4', 'Постоянный адрес'],
    ['en', `/en${pathOf('000')}`, 'Para. 4', 'Permanent address'],
  ])('prints (%s interface) every paragraph’s number and the permanent address', async (_ui, path, label, address) => {
    const context = await shared.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(path));
    await page.emulateMedia({ media: 'print' });
    const number = (n: number) =>
      page
        .locator(`#p-${n}`)
        .evaluate((p) => `${getComputedStyle(p, '::before').content} ${getComputedStyle(p, '::before').display}`);
    expect(await number(4)).toMatch(new RegExp(`^"${label}" inline$`, 'u'));
    expect(await number(1)).toMatch(/ 1" inline$/u);
    expect(await page.locator('#p-4 .paragraph-tools').isVisible()).toBe(false);
    expect(await page.locator('.on-this-page').isVisible()).toBe(false);
    const permalink = page.locator('.permalink-print');
    expect(await permalink.isVisible()).toBe(true);
    expect(await permalink.textContent()).toContain(`${address}: https://letopis.example.org${SUB_PATH}articles/2019/`);
    await page.emulateMedia({ media: 'screen' });
    expect(await number(4)).toMatch(/^none /u);
    await context.close();
  });
});

describe('the language switch keeps the reader’s place', () => {
  it('keeps the search query', async () => {
    const page = await shared.browser.newPage();
    await page.goto(url('/search/?q=ПВТ'));
    await page.locator('.language-switch').click();
    await expect.poll(() => page.url()).toBe(url(`/en/search/?q=${encodeURIComponent('ПВТ')}`));
    // The search page fills its box from the address once its script has run.
    await expect.poll(() => page.locator('.search-page input[type="search"]').inputValue()).toBe('ПВТ');
    await page.locator('.language-switch').click();
    await expect.poll(() => page.url()).toBe(url(`/search/?q=${encodeURIComponent('ПВТ')}`));
    await page.close();
  });

  it('keeps the paragraph, also one followed after the page opened', async () => {
    const page = await shared.browser.newPage();
    await page.goto(url(`${pathOf('000')}#p-4`));
    await page.locator('.language-switch').click();
    await expect.poll(() => page.url()).toBe(url(`/en${pathOf('000')}#p-4`));
    await page.locator('#p-2 .paragraph-anchor').click();
    await page.locator('.language-switch').click();
    await expect.poll(() => page.url()).toBe(url(`${pathOf('000')}#p-2`));
    await page.close();
  });

  it('without JavaScript still leads to the same page in the other language', async () => {
    const context = await shared.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(`${pathOf('000')}#p-4`));
    expect(await page.locator('.language-switch').getAttribute('href')).toBe(`${SUB_PATH}en${pathOf('000')}`);
    await context.close();
  });
});
