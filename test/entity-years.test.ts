/**
 * An entity named in more articles than its page lists (MENTIONS_ON_PAGE), or a topic with more, keeps
 * its page light: the page lists the newest articles and links one page per year, and the year pages
 * together list every article exactly once; the timeline shows the articles by month. Built from the
 * bench's synthetic archive (scripts/bench/generate.mjs) of `N` articles: enough
 * for more than MENTIONS_ON_PAGE of them to name the same person and share a topic over several years.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../scripts/bench/generate.mjs';
import { MENTIONS_ON_PAGE } from '../src/lib/views/mention-pages.ts';
import { buildArchive, type BuildResult } from './support/build.ts';
import { root } from './support/seeds.ts';
import { tempDir } from './support/temp.ts';

const N = 110;

describe('articles by year on a much-named entity’s or a large topic’s page', () => {
  let site: BuildResult;
  /** Article page paths listed in a page's mention list. */
  const listed = (path: string) =>
    [...site.page(path).querySelectorAll('.mention-list h3 a, #members ~ .article-list > li > a')].map((a) =>
      a.getAttribute('href')!,
    );

  beforeAll(async () => {
    const archive = generateArchive({
      n: N,
      dir: join(tempDir('entity-years-'), 'input'),
      root,
      markdown: false,
    }) as { seedsDir: string; contentDir: string };
    site = await buildArchive('entity-years', {
      env: { LETOPIS_SEEDS: archive.seedsDir, LETOPIS_CONTENT: archive.contentDir },
    });
    if (site.status !== 0) throw new Error(site.output);
  });

  it.each([
    ['/people/lukashenko/', '#mentions'],
    ['/topics/e-government/', '#members'],
  ])('lists the newest articles on %s and every other one on its year’s page, once', (path, heading) => {
    const page = site.page(path);
    const total = Number(/\d+/u.exec(page.querySelector(heading)!.textContent!)![0]);
    expect(total).toBeGreaterThan(MENTIONS_ON_PAGE);
    const newest = listed(path);
    expect(newest).toHaveLength(MENTIONS_ON_PAGE);

    const years = [...page.querySelectorAll('.year-nav a')].map((a) => a.getAttribute('href')!);
    expect(years.length).toBeGreaterThan(1);
    const byYear = years.flatMap((href) => {
      expect(href).toMatch(new RegExp(`^${path}(?:\\d{4}|undated)/$`, 'u'));
      const year = href.split('/').at(-2)!;
      const articles = listed(href);
      // Each year's page lists that year's articles: their permanent paths start with the year.
      for (const article of articles) expect(article.startsWith(`/articles/${year}/`), article).toBe(true);
      return articles;
    });
    expect(byYear).toHaveLength(total);
    expect(new Set(byYear).size).toBe(total);
    expect(byYear.slice(0, MENTIONS_ON_PAGE)).toEqual(newest);
  });

  it('shows a person’s quotes from the articles listed on the page, and each year’s on that year’s page', () => {
    const quoted = (path: string) =>
      [...site.page(path).querySelectorAll('#quotes ~ .quote figcaption a[href*="#p-"]')].map(
        (a) => a.getAttribute('href')!.split('#')[0]!,
      );
    const onPage = quoted('/people/lukashenko/');
    expect(onPage.length).toBeGreaterThan(0);
    const newest = new Set(listed('/people/lukashenko/'));
    for (const article of onPage) expect(newest.has(article), article).toBe(true);
    const years = [...site.page('/people/lukashenko/').querySelectorAll('.year-nav a')].map((a) =>
      a.getAttribute('href')!,
    );
    const byYear = years.flatMap((href) => {
      const year = href.split('/').at(-2)!;
      const articles = quoted(href);
      for (const article of articles) expect(article.startsWith(`/articles/${year}/`), article).toBe(true);
      return articles;
    });
    expect(byYear.length).toBeGreaterThan(onPage.length);
    expect(byYear.slice(0, onPage.length)).toEqual(onPage);
  });

  it('makes the same pages in the English interface, linking English pages', () => {
    const years = [...site.page('/en/people/lukashenko/').querySelectorAll('.year-nav a')].map((a) =>
      a.getAttribute('href')!,
    );
    expect(years.length).toBeGreaterThan(1);
    for (const href of years) {
      expect(href).toMatch(/^\/en\/people\/lukashenko\//u);
      expect(site.exists(href), href).toBe(true);
      for (const article of listed(href)) expect(article).toMatch(/^\/en\/articles\//u);
    }
  });

  it('shows a large archive’s articles on the timeline by month, each month linking its year’s list', () => {
    const months = [...site.page('/timeline/').querySelectorAll('li.timeline-article a')];
    expect(months.length).toBeGreaterThan(11);
    expect(months.length).toBeLessThan(N);
    let total = 0;
    for (const a of months) {
      total += Number(/: (\d+) /u.exec(a.textContent!)![1]);
      expect(a.getAttribute('href')).toMatch(/^\/articles\/(?:\d{4}|undated)\/$/u);
      expect(site.exists(a.getAttribute('href')!)).toBe(true);
    }
    expect(total).toBe(N);
    // The chart draws one mark per month too.
    expect(site.page('/timeline/').querySelectorAll('svg circle').length).toBe(months.length);
  });

  it('leaves an entity named in few articles on one page', () => {
    const page = site.page('/people/trump/');
    expect(listed('/people/trump/').length).toBeLessThanOrEqual(MENTIONS_ON_PAGE);
    expect(page.querySelector('.year-nav')).toBeNull();
  });
});
