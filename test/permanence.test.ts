import { spawnSync } from 'node:child_process';
import { sha256 } from './support/tree.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDate } from '../src/lib/build-info.ts';
import { readCapture } from '../src/lib/capture/index.ts';
import type { BuildResult } from './support/build.ts';
import { buildVariant } from './support/permanence-build.ts';
import { root, seedsDir } from './support/seeds.ts';
import { seedsBuild } from './support/shared-build.ts';

type Lock = Record<string, Record<string, string>>;
const lockOf = (site: BuildResult): Lock =>
  JSON.parse(readFileSync(join(site.contentDir, 'permalinks.json'), 'utf8')) as Lock;
const projectLock = JSON.parse(readFileSync(join(root, 'content/permalinks.json'), 'utf8')) as Lock;
const articlePath = (n: string) => Object.entries(projectLock.articles!).find(([id]) => id.startsWith(`${n}_`))![1];
const articleId = (n: string) => Object.keys(projectLock.articles!).find((id) => id.startsWith(`${n}_`))!;
const captureFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.(?:txt|md|html)$/u.test(f))
    .sort();
const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
const REDIRECT = 'meta[name="letopis-redirect"]';

/** Every path of every page kind in the lock is a built page or one of our redirect pages. */
function expectLockResolves(site: BuildResult, lock: Lock) {
  let count = 0;
  for (const [kind, entries] of Object.entries(lock)) {
    for (const [id, path] of Object.entries(entries)) {
      expect(site.exists(path), `${kind} ${id}: ${path}`).toBe(true);
      const page = site.page(path);
      expect(
        page.querySelector('h1') ?? page.querySelector(REDIRECT),
        `${kind} ${id}: ${path} is a page or a redirect`,
      ).not.toBeNull();
      count++;
    }
  }
  return count;
}

/** `sha256sum -c checksums.sha256` in the output folder. */
function sha256sumCheck(outDir: string) {
  return spawnSync('sha256sum', ['-c', '--strict', 'checksums.sha256'], { cwd: outDir, encoding: 'utf8' });
}

describe('permanence: a build of the seeds', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await seedsBuild('/');
    if (site.status !== 0) throw new Error(site.output);
  });

  it('resolves every path in the lock, of every page kind, to a page', () => {
    const lock = lockOf(site);
    expect(Object.keys(lock).sort()).toEqual([
      'articles',
      'events',
      'organizations',
      'pages',
      'people',
      'places',
      'topics',
    ]);
    // Year and index pages are part of the contract too.
    for (const path of ['/', '/articles/2019/', '/en/articles/2019/', '/people/', '/en/topics/'])
      expect(lock.pages![path], path).toBe(path);
    expect(expectLockResolves(site, lock)).toBeGreaterThanOrEqual(5);
  });

  it('gives every article every paragraph anchor #p-1 … #p-N, in order, N the capture’s paragraph count', () => {
    for (const [id, path] of Object.entries(lockOf(site).articles!)) {
      const file = captureFiles(seedsDir).find((f) => f.replace(/\.[^.]+$/u, '') === id)!;
      const n = readCapture(readFileSync(join(seedsDir, file))).paragraphs.length;
      const page = site.page(path);
      const ids = [...page.querySelectorAll('.article-body [id^="p-"]')].map((p) => p.id);
      expect(ids, path).toEqual(Array.from({ length: n }, (_, i) => `p-${i + 1}`));
      for (const pid of ids) expect(page.querySelector(`#${pid} a[href="#${pid}"]`), `${path}#${pid}`).not.toBeNull();
    }
  });

  it('publishes every capture byte-identical at /captures/<file>, linked from its article page', () => {
    const files = captureFiles(seedsDir);
    expect(files).toHaveLength(5);
    for (const file of files) {
      const published = readFileSync(join(site.outDir, 'captures', file));
      const original = readFileSync(join(seedsDir, file));
      expect(Buffer.compare(published, original), file).toBe(0);
    }
    const page = site.page(articlePath('001'));
    const link = page.querySelector('.as-captured a.capture-link')!;
    expect(link.getAttribute('href')).toBe(`/captures/${articleId('001')}.txt`);
    expect(page.querySelector('.as-captured code.hash')!.textContent).toBe(
      sha256(readFileSync(join(seedsDir, `${articleId('001')}.txt`))),
    );
  });

  it('writes checksums.sha256 that sha256sum -c verifies, agreeing with seeds/SHA256SUMS', () => {
    const lines = readFileSync(join(site.outDir, 'checksums.sha256'), 'utf8').trimEnd().split('\n');
    expect(lines).toEqual(
      captureFiles(seedsDir).map((f) => `${sha256(readFileSync(join(seedsDir, f)))}  captures/${f}`),
    );
    const seedSums = readFileSync(join(seedsDir, 'SHA256SUMS'), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => l.replace('captures/', ''))).toEqual(seedSums);
    const check = sha256sumCheck(site.outDir);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout.match(/: OK$/gmu)).toHaveLength(5);
  });

  it('has an RSS feed of the articles, newest first, with absolute permanent links', () => {
    const doc = xml(site.read('/rss.xml'));
    const home = site.page('/');
    const order = [...home.querySelectorAll('main ol a')].map((a) => a.getAttribute('href'));
    const links = [...doc.querySelectorAll('item > link')].map((l) => l.textContent);
    expect(links).toEqual(order.map((p) => `https://letopis.example.org${p}`));
    expect(doc.querySelector('channel > title')!.textContent).toBe('Летопись');
    expect([...doc.querySelectorAll('item > title')].map((t) => t.textContent)).toContain(
      '[Лукашенко и посол России Грызлов обсудили сотрудничество в IT-сфере]',
    );
    expect(doc.querySelector('channel > lastBuildDate')!.textContent).toBe(buildDate({ cwd: root }).toUTCString());
  });

  it('has an Atom feed per RFC 4287: ids, updated from the build date, an entry per article, newest first', () => {
    const text = site.read('/atom.xml');
    const doc = xml(text);
    const feed = doc.querySelector('feed')!;
    expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(doc.querySelector('feed > id')!.textContent).toBe('https://letopis.example.org/');
    expect(doc.querySelector('feed > updated')!.textContent).toBe(
      buildDate({ cwd: root })
        .toISOString()
        .replace(/\.\d{3}Z$/u, 'Z'),
    );
    expect(doc.querySelector('feed > author > name')!.textContent).toBe('Летопись');
    expect(doc.querySelector('feed > link[rel="self"]')!.getAttribute('href')).toBe(
      'https://letopis.example.org/atom.xml',
    );
    const entries = [...doc.querySelectorAll('entry')];
    expect(entries).toHaveLength(5);
    const rss = [...xml(site.read('/rss.xml')).querySelectorAll('item > link')].map((l) => l.textContent);
    expect(entries.map((e) => e.querySelector('id')!.textContent)).toEqual(rss);
    for (const entry of entries) {
      for (const required of ['id', 'title', 'updated'])
        expect(entry.querySelector(required)?.textContent, required).toBeTruthy();
      expect(entry.querySelector('updated')!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u);
      expect(entry.querySelector('link[rel="alternate"]')!.getAttribute('href')).toBe(
        entry.querySelector('id')!.textContent,
      );
    }
    expect(text).not.toMatch(/<summary>[^<]*[<>][^<]*<\/summary>/u);
  });

  it('names both feeds in every page’s head', () => {
    for (const path of ['/', articlePath('000'), '/cite/', '/en/cite/']) {
      const head = site.page(path).head;
      expect(head.querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute('href'), path).toBe(
        '/rss.xml',
      );
      expect(head.querySelector('link[rel="alternate"][type="application/atom+xml"]')!.getAttribute('href'), path).toBe(
        '/atom.xml',
      );
    }
  });

  it('has a sitemap of every locked page meant for search engines and a robots.txt that points at it', () => {
    expect(site.read('/sitemap-index.xml')).toContain('<loc>https://letopis.example.org/sitemap-0.xml</loc>');
    const locs = [...site.read('/sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]);
    // Every locked page but the offline pages, which are what the service worker shows, not pages to list,
    // and the pages that ask not to be indexed (registry entries no article names keep their locked page).
    const locked = Object.values(lockOf(site))
      .flatMap((paths) => Object.values(paths))
      .filter((path) => !/^(?:\/en)?\/offline\/$/u.test(path));
    const noindex = locked.filter((path) => site.read(path).includes('<meta name="robots" content="noindex"'));
    expect(noindex.length).toBeGreaterThan(0);
    for (const path of locked)
      if (noindex.includes(path)) expect(locs, path).not.toContain(`https://letopis.example.org${path}`);
      else expect(locs, path).toContain(`https://letopis.example.org${path}`);
    for (const path of ['/offline/', '/en/offline/']) expect(locs).not.toContain(`https://letopis.example.org${path}`);
    expect(locs).toContain('https://letopis.example.org/cite/');
    expect(locs.some((l) => l!.includes('404'))).toBe(false);
    expect(site.read('/robots.txt')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://letopis.example.org/sitemap-index.xml\n',
    );
  });

  it('has a 404 page in Russian and English, linking home and to search', () => {
    const page = site.page('/404.html');
    expect(page.querySelector('h1')!.textContent).toBe('Страница не найдена');
    expect(page.querySelector('[lang="en"] h2')!.textContent).toBe('Page not found');
    const hrefs = [...page.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/', '/search/', '/en/', '/en/search/']);
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(
      site.page('/').querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content'),
    );
  });

  it('explains how to cite the archive, in Russian at /cite/ and in English at /en/cite/', () => {
    const ru = site.page('/cite/');
    const en = site.page('/en/cite/');
    expect(ru.documentElement.getAttribute('lang')).toBe('ru');
    expect(en.documentElement.getAttribute('lang')).toBe('en');
    expect(ru.querySelector('h1')!.textContent).toBe('Как цитировать архив');
    expect(en.querySelector('h1')!.textContent).toBe('How to cite this archive');
    for (const page of [ru, en]) {
      const text = page.querySelector('main')!.textContent!;
      for (const needle of [
        '#p-2',
        'ГОСТ Р 7.0.100-2018',
        'APA',
        'BibTeX',
        'RIS',
        'CSL-JSON',
        '≈',
        '[Лукашенко',
        'sha256sum -c checksums.sha256',
        '/captures/',
        'circa',
        '0.1.0',
      ]) {
        expect(text, needle).toContain(needle);
      }
      expect(page.querySelector('a[href$="#p-2"]')).not.toBeNull();
      expect(page.querySelector('a[href="/checksums.sha256"]')).not.toBeNull();
    }
    expect(ru.querySelector('a[href="/en/cite/"]')).not.toBeNull();
    expect(en.querySelector('a[href="/cite/"]')).not.toBeNull();
    expect(site.page('/').querySelector('footer a[href="/cite/"]')).not.toBeNull();
  });
});

const withdrawn001 = `# one withdrawn article still in seeds/, one whose capture is gone
- id: ${articleId('001')}
  title: Лукашенко и посол России Грызлов обсудили сотрудничество в IT-сфере
  titleSupplied: true
  reason:
    ru: По требованию правообладателя.
    en: At the rights holder’s request.
  withdrawn: 2026-02-01
- id: ${articleId('003')}
  title: Министр Сергей Попков выступил на четвертом Форуме регионов России и Беларуси
  date: { value: "2017-06-30", precision: day, evidence: stated }
  outlet: Test Outlet
  reason: Текст оказался неполной копией.
  withdrawn: 2026-03-15
`;

/** The year pages of 2017 and 2022 lose their every article in the fixture below: they are redirected, as the build demands. */
const yearRedirects = ['/articles/2017/', '/en/articles/2017/', '/articles/2022/', '/en/articles/2022/']
  .map(
    (path) => `- from: ${path}\n  to: ${path.replace(/\d{4}\/$/u, '')}\n  reason: No article of this year is left.\n`,
  )
  .join('');

describe('permanence: redirects and withdrawn articles (a fixture under a sub-path)', () => {
  let site: Awaited<ReturnType<typeof buildVariant>>;
  const base = '/letopis/';
  beforeAll(async () => {
    site = await buildVariant('permanence-retired', {
      base,
      env: { LETOPIS_SITE: 'https://example.org' },
      dropSeeds: [`${articleId('002')}.txt`, `${articleId('003')}.txt`],
      dropContent: [`articles/${articleId('002')}.yaml`, `articles/${articleId('003')}.yaml`],
      content: {
        'withdrawn.yaml': withdrawn001,
        'redirects.yaml': `- from: ${articlePath('002')}\n  to: ${articlePath('000')}\n  reason: Дубликат.\n- from: /about/citing/\n  to: /cite/#archive\n${yearRedirects}`,
      },
    });
    if (site.status !== 0) throw new Error(site.output);
  });

  it('builds without calling the withdrawn and redirected captures "gone", and keeps the lock whole', () => {
    expect(site.output).not.toContain('gone from seeds');
    expect(lockOf(site).articles).toEqual(projectLock.articles);
  });

  it('still resolves every path in the lock, to a page, a tombstone or a redirect', () => {
    expectLockResolves(site, lockOf(site));
  });

  it('leaves a tombstone, not the article, at a withdrawn article’s URL while its capture is in seeds/', () => {
    const page = site.page(articlePath('001'));
    expect(page.querySelector('.article-body')).toBeNull();
    expect(page.querySelector('.tombstone')!.getAttribute('data-withdrawn')).toBe(articleId('001'));
    expect(page.querySelector('h1')!.textContent).toBe(
      '[Лукашенко и посол России Грызлов обсудили сотрудничество в IT-сфере]',
    );
    const text = page.querySelector('main')!.textContent!;
    for (const needle of [
      'Материал изъят из архива',
      'По требованию правообладателя.',
      'At the rights holder’s request.',
      '1 февраля 2026',
      '≈ май 2022',
      'Зеркало',
    ])
      expect(text, needle).toContain(needle);
    const gost = page.querySelector('.citation[data-format="gost"]')!.textContent!;
    expect(gost).toContain(`URL: https://example.org/letopis${articlePath('001')}`);
    expect(gost).toContain('[Лукашенко');
    expect(page.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(
      `https://example.org/letopis${articlePath('001')}`,
    );
  });

  it('has the tombstone in the English interface too, at /en/ + the permalink', () => {
    const page = site.page(`/en${articlePath('001')}`);
    expect(page.documentElement.getAttribute('lang')).toBe('en');
    expect(page.querySelector('.tombstone')!.getAttribute('data-withdrawn')).toBe(articleId('001'));
    const text = page.querySelector('main')!.textContent!;
    for (const needle of ['Withdrawn from the archive', 'At the rights holder’s request.', '1 February 2026'])
      expect(text, needle).toContain(needle);
    // Cited as on the Russian tombstone and on every article page: the archive by its own name, ГОСТ in Russian.
    const cited = (path: string, format: string) =>
      site.page(path).querySelector(`.citation[data-format="${format}"]`)!.textContent!;
    for (const format of ['gost', 'apa'])
      expect(cited(`/en${articlePath('001')}`, format)).toBe(cited(articlePath('001'), format));
    expect(cited(`/en${articlePath('001')}`, 'gost')).toContain('Копия: Летопись');
    expect(cited(`/en${articlePath('001')}`, 'gost')).toContain('Изъято из архива 1 февраля 2026.');
    expect(site.page(articlePath('001')).querySelector(`a[href="/letopis/en${articlePath('001')}"]`)).not.toBeNull();
  });

  it('keeps the tombstone from the record alone once the capture has left seeds/', () => {
    const page = site.page(articlePath('003'));
    expect(page.querySelector('h1')!.textContent).toBe(
      'Министр Сергей Попков выступил на четвертом Форуме регионов России и Беларуси',
    );
    const text = page.querySelector('main')!.textContent!;
    for (const needle of ['30 июня 2017', 'Test Outlet', 'Текст оказался неполной копией.', '15 марта 2026'])
      expect(text, needle).toContain(needle);
  });

  it('does not publish a withdrawn capture, and checksums.sha256 still verifies', () => {
    const lines = readFileSync(join(site.outDir, 'checksums.sha256'), 'utf8');
    expect(lines).not.toContain(articleId('001'));
    expect(captureFiles(join(site.outDir, 'captures'))).toEqual([`${articleId('000')}.txt`, `${articleId('004')}.txt`]);
    const check = sha256sumCheck(site.outDir);
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('writes a redirect page at the old path: meta refresh, canonical and a visible link, all with the base', () => {
    const page = site.page(articlePath('002'));
    const target = `/letopis${articlePath('000')}`;
    expect(page.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0; url=${target}`);
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`https://example.org${target}`);
    expect([...page.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toEqual([target, target]);
    expect(page.querySelector('main')!.textContent).toContain('Дубликат.');
    expect(page.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    const csp = (p: Document) => p.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content');
    expect(csp(page)).toBe(csp(site.page('/')));
    const other = site.page('/about/citing/');
    expect(other.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(
      '0; url=/letopis/cite/#archive',
    );
  });

  it('writes tombstones and redirect pages that html-validate accepts', async () => {
    const validator = new HtmlValidate(
      JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData,
    );
    const errors: string[] = [];
    for (const path of [
      articlePath('001'),
      `/en${articlePath('001')}`,
      articlePath('003'),
      articlePath('002'),
      '/about/citing/',
    ]) {
      const report = await validator.validateString(site.read(path), path);
      for (const result of report.results)
        for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('leaves withdrawn and redirected paths out of the feeds and the sitemap', () => {
    const retired = [
      articlePath('001'),
      articlePath('002'),
      articlePath('003'),
      '/about/citing/',
      `/en${articlePath('001')}`,
    ];
    const locs = [...site.read('/sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]);
    expect(locs).toContain(`https://example.org/letopis${articlePath('000')}`);
    const rss = site.read('/rss.xml');
    const atom = site.read('/atom.xml');
    for (const path of retired) {
      expect(locs).not.toContain(`https://example.org/letopis${path}`);
      expect(rss).not.toContain(path);
      expect(atom).not.toContain(path);
    }
    expect(xml(atom).querySelectorAll('entry')).toHaveLength(2);
  });

  it('respects the base in robots.txt, the sitemap, the feeds, the capture links and the 404 page', () => {
    expect(site.read('/robots.txt')).toContain('Sitemap: https://example.org/letopis/sitemap-index.xml\n');
    expect(site.read('/sitemap-index.xml')).toContain('<loc>https://example.org/letopis/sitemap-0.xml</loc>');
    expect(xml(site.read('/atom.xml')).querySelector('feed > link[rel="self"]')!.getAttribute('href')).toBe(
      'https://example.org/letopis/atom.xml',
    );
    expect(xml(site.read('/rss.xml')).querySelector('channel > link')!.textContent).toBe(
      'https://example.org/letopis/',
    );
    const article = site.page(articlePath('000'));
    expect(article.querySelector('a.capture-link')!.getAttribute('href')).toBe(
      `/letopis/captures/${articleId('000')}.txt`,
    );
    expect(article.querySelector('link[type="application/atom+xml"]')!.getAttribute('href')).toBe('/letopis/atom.xml');
    const notFound = site.page('/404.html');
    expect([...notFound.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toEqual([
      '/letopis/',
      '/letopis/search/',
      '/letopis/en/',
      '/letopis/en/search/',
    ]);
  });
});

describe('permanence: bad redirect and withdrawal lists stop the build', () => {
  it('lists every problem found before the build, each with its file, line and fix', async () => {
    const site = await buildVariant('permanence-bad', {
      content: {
        'redirects.yaml': [
          `- from: ${articlePath('000')}`,
          `  to: /cite/`,
          `- from: /old/a/`,
          `  to: /old/b/`,
          `- from: /old/b/`,
          `  to: /cite/`,
          `- from: /old/b/`,
          `  to: /en/cite/`,
          '',
        ].join('\n'),
        'withdrawn.yaml': `- id: 999_nothing\n  title: Нет такой\n  reason: опечатка\n  withdrawn: 2026-01-01\n`,
      },
    });
    expect(site.status).not.toBe(0);
    expect(site.output).toMatch(/found 4 problems/u);
    expect(site.output).toMatch(/redirects\.yaml:1: .*live page of the article/u);
    expect(site.output).toMatch(/redirects\.yaml:3: .*itself redirected/u);
    expect(site.output).toMatch(/redirects\.yaml:7: \/old\/b\/ is redirected twice/u);
    expect(site.output).toMatch(/withdrawn\.yaml:1: no article "999_nothing" was ever published/u);
    expect(site.output).toContain('→ ');
    expect(site.output).not.toMatch(/Stack trace|    at /u);
  });
});
