/**
 * Accessibility: axe-core finds no violation on each page kind, in the light and the dark theme, in Russian
 * and in English. One build of the seeds (under a sub-path) serves every case. axe is served from the
 * site's own origin, in its script folder (`_astro/`), through `page.route`, so the page's CSP (the header's
 * `script-src` allows only the project's folders, src/lib/headers.ts) lets it run unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { root } from '../support/seeds.ts';
import { SUB_PATH } from '../support/shared-build.ts';

const BASE = SUB_PATH;
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const lock = JSON.parse(readFileSync(join(root, 'content/permalinks.json'), 'utf8')) as {
  articles: Record<string, string>;
};
const article = Object.entries(lock.articles).find(([id]) => id.startsWith('000_'))![1];

/** The page kinds the issue names, plus the about page. */
const pages: Array<[string, string]> = [
  ['home', '/'],
  ['article', article],
  ['person', '/people/lukashenko/'],
  ['organization', '/organizations/hi-tech-park/'],
  ['topic', '/topics/hi-tech-park/'],
  ['timeline', '/timeline/'],
  ['search', '/search/?q=Лукашенко'],
  // A facet in the URL opens the facets, so their selects are checked too.
  ['search with a facet', '/search/?q=Лукашенко&lang=ru'],
  ['about', '/about/'],
  // What the service worker shows offline for a page it has not kept.
  ['offline', '/offline/'],
];

interface AxeResult {
  violations: Array<{
    id: string;
    impact: string;
    help: string;
    nodes: Array<{ target: string[]; failureSummary: string }>;
  }>;
}

/** Every rule of the levels we hold the archive to. */
const ALL_RULES = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
/**
 * The rules whose outcome a colour scheme can change: the dark theme changes colours only (the same DOM,
 * the same layout), so the other rules, checked in the light theme, would only repeat their results there.
 */
const COLOUR_RULES = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };

async function audit(page: Page, runOnly: typeof ALL_RULES = ALL_RULES): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: `${BASE}_astro/__axe__.js` });
  const result = (await page.evaluate(
    (runOnly) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, {
        runOnly,
      }),
    runOnly,
  )) as AxeResult;
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}\n  ${n.failureSummary}`),
  );
}

describe('axe finds nothing to fix', () => {
  const shared = useBuiltSite(SUB_PATH);

  /** A browser context that serves axe from the site's own script folder. */
  async function auditContext(options: BrowserContextOptions): Promise<BrowserContext> {
    const context = await shared.browser.newContext(options);
    await context.route(`**${BASE}_astro/__axe__.js`, (route) =>
      route.fulfill({ body: axeSource, contentType: 'text/javascript' }),
    );
    return context;
  }

  // Each case opens its page once and audits it in the light theme, then in the dark one (the page's colours follow
  // the reader's system setting, `prefers-color-scheme`, which the test switches in place); the cases run side by
  // side (they mostly wait for Chromium).
  let context: BrowserContext;
  beforeAll(async () => {
    context = await auditContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => context.close());
  it.concurrent.for(
    pages.flatMap(
      ([name, path]) =>
        [
          [name, path, 'ru'],
          [`${name} (en)`, `/en${path}`, 'en'],
        ] as const,
    ),
  )('%s, in the light and the dark theme', async ([, path, lang], { expect }) => {
    const page = await context.newPage();
    const response = await page.goto(shared.url(path));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(path.includes('/articles/') && lang === 'en' ? 'ru' : lang);
    if (path.includes('search')) await page.locator('.search-result').first().waitFor();
    expect(await audit(page, ALL_RULES), 'light theme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await audit(page, COLOUR_RULES), 'dark theme').toEqual([]);
    await page.close();
  });

  it('also passes on a phone (360 px), where the header and the pictures are laid out differently', async () => {
    const context = await auditContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const [name, path] of pages) {
      await page.goto(shared.url(path));
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      if (path.includes('search')) await page.locator('.search-result').first().waitFor();
      problems.push(...(await audit(page)).map((p) => `${name}: ${p}`));
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
