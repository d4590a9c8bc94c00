/**
 * Finding what was said (issue 19, points 1–4), as a reader does it: who said what about the Hi-Tech
 * Park, on the organization, topic, event and person pages, each quote leading to its paragraph; the
 * organization and the topic about it pointing to each other; search by any of the park's names; a
 * topic saying in words why each article is in it. One shared build of the seeds, under a sub-path.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { SUB_PATH } from '../support/shared-build.ts';

const shared = useBuiltSite(SUB_PATH);

const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 740 },
} as const;

describe.each(Object.entries(viewports))('on a %s', (_name, viewport) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await shared.browser.newContext({ viewport });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  /** Each quote of the list under `heading`: its words, caption and the link to its paragraph. */
  async function quotesUnder(heading: RegExp) {
    const section = page.locator('section.quotes').filter({ has: page.getByRole('heading', { name: heading }) });
    return section.locator('figure.quote').evaluateAll((figures) =>
      figures.map((f) => ({
        text: f.querySelector('blockquote')!.textContent!.trim(),
        caption: f.querySelector('figcaption')!.textContent!.replace(/\s+/gu, ' ').trim(),
        speaker: f.querySelector('figcaption a[href*="/people/"]')?.textContent ?? null,
        paragraph: f.querySelector<HTMLAnchorElement>('figcaption a[href*="#p-"]')!.href,
      })),
    );
  }

  it('the Hi-Tech Park page shows what was said about the park, and the quote leads to its paragraph', async () => {
    await page.goto(shared.url('/organizations/hi-tech-park/'));
    const quotes = await quotesUnder(/Что об этом говорили/u);
    const rumas = quotes.find((q) => q.text.includes('экспорт услуг парка'));
    expect(rumas).toBeDefined();
    expect(rumas!.speaker).toBe('Сергей Румас');
    expect(rumas!.caption).toContain('Российская газета');
    expect(rumas!.caption).toContain('23 октября 2019');
    expect(rumas!.paragraph).toMatch(/#p-4$/u);
    await page.goto(rumas!.paragraph);
    expect(await page.locator('#p-4').textContent()).toContain('экспорт услуг парка');
    // The page is not wider than the screen.
    await page.goto(shared.url('/organizations/hi-tech-park/'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });

  it('the topic page lists its quotes with speaker, date and outlet, and says in words why each article is in it', async () => {
    await page.goto(shared.url('/topics/hi-tech-park/'));
    const quotes = await quotesUnder(/Что об этом говорили/u);
    expect(quotes.map((q) => q.speaker).sort()).toEqual(['Александр Лукашенко', 'Сергей Румас']);
    for (const q of quotes) expect(q.caption).toMatch(/(Зеркало|Российская газета), .*\d{4}/u);

    const reasons = await page.locator('.evidence').allTextContents();
    expect(reasons).toHaveLength(3);
    for (const reason of reasons) {
      expect(reason).not.toMatch(/organizations\/|&|¶\d/u);
      expect(reason).toMatch(/абз\. \d/u);
    }
    expect(reasons.join(' ')).toContain('слова «парк» и «айтишник» в одном абзаце');
    // Each paragraph number is a link to that paragraph of the article.
    const link = page.locator('.evidence a[href*="#p-"]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(/#p-\d+$/u);
    expect(page.url()).toContain(href!.split('#')[1]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });

  it('rule syntax never shows on a topic page', async () => {
    await page.goto(shared.url('/topics/eaeu-digital-cooperation/'));
    const reasons = (await page.locator('.evidence').allTextContents()).join(' ');
    expect(reasons).not.toMatch(/organizations\/eaeu|&/u);
    expect(reasons).toContain('называет Евразийский экономический союз, и в том же абзаце есть «цифровой» (абз. 1, 7)');
    expect(
      await page.locator('.evidence a', { hasText: 'Евразийский экономический союз' }).first().getAttribute('href'),
    ).toMatch(/\/organizations\/eaeu\/$/u);
  });

  it('the organization and the topic about it link to each other and say how their articles compare', async () => {
    await page.goto(shared.url('/organizations/hi-tech-park/'));
    const toTopic = page.locator('[data-entity-topic]');
    expect(await toTopic.textContent()).toMatch(/3 статьи: 2 из этих и ещё 1/u);
    await toTopic.getByRole('link').click();
    await page.waitForURL(/\/topics\/hi-tech-park\/$/u);
    const toEntity = page.locator('[data-topic-entity]');
    expect((await toEntity.textContent())!.replace(/\s+/gu, ' ')).toMatch(
      /Тема об организации: Парк высоких технологий\. В теме 2 статьи, где назван «Парк высоких технологий», и ещё 1/u,
    );
    await toEntity.getByRole('link').click();
    await page.waitForURL(/\/organizations\/hi-tech-park\/$/u);
    // The topic holds every article of the organization's page.
    const entityArticles = await page
      .locator('#mentions ~ ol a:has(> span[lang])')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.goto(shared.url('/topics/hi-tech-park/'));
    const topicArticles = await page
      .locator('#members ~ ol > li > a:has(> span[lang])')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(entityArticles.length).toBe(2);
    for (const path of entityArticles) expect(topicArticles).toContain(path);
  });

  it('an event page quotes its participants from the article about it', async () => {
    await page.goto(shared.url('/events/lukashenko-gryzlov-2022-05-12/'));
    const quotes = await quotesUnder(/Что об этом говорили/u);
    expect(quotes.map((q) => q.paragraph.replace(/.*#/u, ''))).toEqual(['p-4', 'p-6', 'p-8']);
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(['Александр Лукашенко']));
  });

  it("a person's own quotes carry their date and outlet, in English too", async () => {
    await page.goto(shared.url('/people/rumas/'));
    const own = await quotesUnder(/^Цитаты$/u);
    expect(own.length).toBeGreaterThan(0);
    for (const q of own) expect(q.caption).toMatch(/^Российская газета, 23 октября 2019 · .*абзац \d+$/u);
    await page.goto(shared.url('/en/people/rumas/'));
    const english = await quotesUnder(/^Quotes$/u);
    for (const q of english) expect(q.caption).toMatch(/^Российская газета, 23 October 2019 · .*paragraph \d+$/u);
  });
});

describe('search by a name finds the entity pages and the paragraph that names it', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await shared.browser.newContext({ viewport: viewports.desktop });
  });
  afterAll(async () => {
    await context?.close();
  });

  async function results(query: string) {
    const page = await context.newPage();
    await page.goto(shared.url(`/search/?q=${encodeURIComponent(query)}`));
    await expect
      .poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 })
      .toMatch(/Найдено|ничего не найдено/u);
    const rows = await page.locator('.search-result').evaluateAll((items) =>
      items.map((item) => ({
        href:
          new URL(item.querySelector<HTMLAnchorElement>('h2 a')!.href).pathname +
          new URL(item.querySelector<HTMLAnchorElement>('h2 a')!.href).hash,
        meta: item.querySelector('.search-result-meta')?.textContent ?? '',
        marks: [...item.querySelectorAll('.search-result-excerpt mark')].map((m) => m.textContent ?? ''),
      })),
    );
    await page.close();
    return rows;
  }

  it.each(['ПВТ', 'HTP', 'Hi-Tech Park', 'High-Tech Park', 'Парк высоких технологий'])(
    '"%s" finds the organization and the topic',
    async (query) => {
      const hrefs = (await results(query)).map((r) => r.href);
      expect(hrefs).toContain(`${SUB_PATH}organizations/hi-tech-park/`);
      expect(hrefs).toContain(`${SUB_PATH}topics/hi-tech-park/`);
    },
  );

  it('an article found through "ПВТ" shows and links the paragraph that names the park', async () => {
    const article = (await results('ПВТ')).find((r) => r.href.includes('/articles/2019/'));
    expect(article?.href).toMatch(/#p-4$/u);
    expect(article?.meta).toContain('абзац 4');
    expect(article?.marks).toEqual(['Парка высоких технологий']);
  });

  it('highlights never include punctuation', async () => {
    const marks = (await results('Лукашенко')).flatMap((r) => r.marks);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u);
  });
});
