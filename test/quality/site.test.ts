/**
 * One build of the seeds, under a sub-path, checked as a whole: every link and #anchor resolves, external
 * links are only the captures' sources, every page is valid HTML, no third-party script and no inline
 * script but the theme's (allowed by its hash) can run (CSP), and a browser visiting every page sends no request off the host.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticles } from '../../src/lib/archive/build-articles.ts';
import { permalinkLock } from '../../src/lib/permalinks/lock.ts';
import { launchBrowser } from '../support/browser.ts';
import type { BuildResult } from '../support/build.ts';
import { parsePolicy, readHeadersFile } from '../support/csp.ts';
import { root, seedsDir } from '../support/seeds.ts';
import { serveStatic, type StaticSite } from '../support/serve.ts';
import { seedsBuild, SITE, SUB_PATH } from '../support/shared-build.ts';
import { listFiles } from '../support/tree.ts';

const BASE = SUB_PATH;

let site: BuildResult;
let files: string[];
let pages: string[];
const documents = new Map<string, Document>();
const doc = (file: string) => {
  if (!documents.has(file))
    documents.set(file, parseHTML(readFileSync(join(site.outDir, file), 'utf8')).document as unknown as Document);
  return documents.get(file)!;
};
/** The CSP source that allows an inline script with this text: `'sha256-…'`. */
const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** The public URL of a built file: `articles/x/index.html` → https://letopis.example.org/letopis/articles/x/ */
const urlOf = (file: string) => new URL(`${BASE}${file.replace(/(^|\/)index\.html$/u, '$1')}`, SITE);

beforeAll(async () => {
  site = await seedsBuild(SUB_PATH);
  if (site.status !== 0) throw new Error(site.output);
  files = listFiles(site.outDir);
  pages = files.filter((f) => f.endsWith('.html'));
});

/** The built file a same-origin URL is served from, or undefined when there is none. */
function fileFor(url: URL): string | undefined {
  if (!url.pathname.startsWith(BASE)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname.slice(BASE.length));
  } catch {
    return undefined;
  }
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return files.includes(file) ? file : undefined;
}

/** Ids (and `<a name>`s) a fragment can point at. */
const anchorsCache = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  if (!anchorsCache.has(file)) {
    const d = doc(file);
    const names = [...d.querySelectorAll('[id]')]
      .map((e) => e.id)
      .concat([...d.querySelectorAll('a[name]')].map((e) => e.getAttribute('name')!));
    anchorsCache.set(file, new Set(names));
  }
  return anchorsCache.get(file)!;
}

/** What every article's own sources are, from the input (captures and sidecars), not from the pages. */
function sourceUrls(build: BuildResult): Set<string> {
  const read = (dir: string, pattern: RegExp) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => pattern.test(name))
          .sort()
          .map((name) => ({ path: name, bytes: readFileSync(join(dir, name)) }))
      : [];
  const { articles, problems } = buildArticles({
    captures: read(seedsDir, /\.(?:txt|md)$/iu),
    sidecars: read(join(build.contentDir, 'articles'), /\.ya?ml$/iu),
    lock: permalinkLock.parse(JSON.parse(readFileSync(join(build.contentDir, 'permalinks.json'), 'utf8'))),
    lockPath: 'permalinks.json',
  });
  expect(problems).toEqual([]);
  return new Set(
    articles
      .flatMap((a) => [a.sourceUrl, a.outletUrl])
      .filter((u): u is string => Boolean(u))
      .map((u) => new URL(u).href),
  );
}

/** Elements and attributes that hold a URL the browser follows or loads. */
const urlAttributes: Array<[string, string]> = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['iframe', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['form', 'action'],
  ['input', 'src'],
  ['use', 'href'],
  ['image', 'href'],
];
const navigation = new Set(['a', 'area']);

describe('links in the built archive', () => {
  it('has no broken internal link, no missing #anchor, and external links only to the articles’ sources', () => {
    const allowed = sourceUrls(site);
    const problems: string[] = [];
    const counts = { internal: 0, anchors: 0, external: 0 };
    const check = (from: string, tag: string, value: string) => {
      const where = `${from}: <${tag}> ${value}`;
      if (/^\s*javascript:/iu.test(value)) return void problems.push(`${where}: javascript: URL`);
      let url: URL;
      try {
        url = new URL(value, urlOf(from));
      } catch {
        return void problems.push(`${where}: not a URL`);
      }
      if (url.origin === SITE) {
        const target = fileFor(url);
        if (!target) return void problems.push(`${where}: no such file in dist/`);
        counts.internal++;
        const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0]!;
        if (fragment && fragment !== 'top' && target.endsWith('.html')) {
          counts.anchors++;
          if (!anchorsOf(target).has(fragment)) problems.push(`${where}: no id="${fragment}" in ${target}`);
        }
        return;
      }
      if (!navigation.has(tag))
        return void problems.push(`${where}: a resource from another origin (only the site's own files may be loaded)`);
      if (!/^https?:$/u.test(url.protocol) || !allowed.has(url.href))
        return void problems.push(`${where}: external link that is not an article's source or outlet URL`);
      counts.external++;
    };
    for (const file of pages) {
      const d = doc(file);
      for (const [tag, attribute] of urlAttributes) {
        for (const element of d.querySelectorAll(`${tag}[${attribute}]`))
          check(file, tag, element.getAttribute(attribute)!);
      }
      for (const element of d.querySelectorAll('img[srcset], source[srcset]')) {
        for (const candidate of element.getAttribute('srcset')!.split(','))
          check(file, element.localName, candidate.trim().split(/\s+/u)[0]!);
      }
      const refresh = d
        .querySelector('meta[http-equiv="refresh" i]')
        ?.getAttribute('content')
        ?.match(/url=(.+)$/iu)?.[1];
      if (refresh) check(file, 'meta refresh', refresh.trim());
    }
    for (const file of files.filter((f) => f.endsWith('.css'))) {
      for (const [, , value] of readFileSync(join(site.outDir, file), 'utf8').matchAll(
        /url\(\s*(['"]?)([^'")]+)\1\s*\)/gu,
      )) {
        if (!value!.startsWith('data:') && !value!.startsWith('#')) check(file, 'css url()', value!);
      }
    }
    expect(problems).toEqual([]);
    // Not a vacuous pass: the pages do link to each other, to paragraphs and to their sources.
    expect(counts.internal).toBeGreaterThan(pages.length * 2);
    expect(counts.anchors).toBeGreaterThan(0);
    expect(counts.external).toBeGreaterThan(0);
  });

  it('lists in the sitemap, if there is one, only pages that exist', () => {
    const locs = files
      .filter((f) => /sitemap.*\.xml$/u.test(f))
      .flatMap((f) =>
        [...readFileSync(join(site.outDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!),
      );
    const missing = locs.filter((loc) => !fileFor(new URL(loc.replaceAll('&amp;', '&'))));
    expect(missing).toEqual([]);
  });
});

describe('HTML of the built archive', () => {
  it('has no html-validate error on any page (config: .htmlvalidate.json)', async () => {
    const config = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate(config);
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(readFileSync(join(site.outDir, file), 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
    expect(pages.length).toBeGreaterThan(5);
  });
});

/** Script types the browser treats as data, never runs. */
const dataScriptTypes = new Set(['application/ld+json', 'application/json']);

describe('scripts and the Content-Security-Policy', () => {
  it('has no inline script (other than JSON data and the one its CSP allows by hash), no event-handler attribute and no inline style on any page', () => {
    const problems: string[] = [];
    let dataScripts = 0;
    for (const file of pages) {
      const d = doc(file);
      const scriptSources =
        parsePolicy(d.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? '').get(
          'script-src',
        ) ?? [];
      for (const script of d.querySelectorAll('script')) {
        const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
        if (script.hasAttribute('src')) continue;
        if (!dataScriptTypes.has(type)) {
          if (scriptSources.includes(sha256Source(script.textContent!))) continue;
          problems.push(`${file}: inline <script${type ? ` type="${type}"` : ''}>${script.textContent!.slice(0, 60)}`);
          continue;
        }
        dataScripts++;
        try {
          JSON.parse(script.textContent!);
        } catch {
          problems.push(`${file}: <script type="${type}"> is not JSON`);
        }
      }
      for (const element of d.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) {
          if (/^on/iu.test(name)) problems.push(`${file}: <${element.localName} ${name}> (event handler attribute)`);
          if (name === 'style')
            problems.push(`${file}: <${element.localName} style> (the CSP allows only the site's style sheets)`);
        }
      }
      if (d.querySelector('style'))
        problems.push(`${file}: inline <style> (the CSP allows only the site's style sheets)`);
    }
    expect(problems).toEqual([]);
    expect(dataScripts, 'JSON-LD pages were checked').toBeGreaterThan(0);
  });

  it('puts one CSP meta tag on every page, before anything it governs, allowing only the site’s own scripts', () => {
    const policies = new Set<string>();
    const inline = new Set<string>();
    for (const file of pages) {
      for (const script of doc(file).querySelectorAll('script:not([src])')) {
        if (!dataScriptTypes.has((script.getAttribute('type') ?? '').trim().toLowerCase()))
          inline.add(script.textContent!);
      }
      const head = doc(file).head;
      const metas = head.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]');
      expect(metas.length, file).toBe(1);
      const meta = metas[0]!;
      const first = head.querySelector('script, link, style');
      if (first)
        expect(
          meta.compareDocumentPosition(first) & 4 /* FOLLOWING */,
          `${file}: the CSP meta comes after <${first.localName}>`,
        ).toBeTruthy();
      policies.add(meta.getAttribute('content')!);
    }
    expect(policies.size).toBe(1);
    const policy = parsePolicy([...policies][0]!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // One inline script on any page (the theme before first paint), allowed by its hash and nothing else.
    expect(inline.size).toBe(1);
    const inlineHash = sha256Source([...inline][0]!);
    expect(policy.get('script-src')).toEqual(["'self'", inlineHash, "'wasm-unsafe-eval'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    // Every fetch directive stays on the site's own origin (data: only for images).
    for (const [directive, sources] of policy) {
      for (const source of sources)
        expect(
          [
            "'self'",
            "'none'",
            "'wasm-unsafe-eval'",
            ...(directive === 'img-src' ? ['data:'] : directive === 'script-src' ? [inlineHash] : []),
          ],
          `${directive} ${source}`,
        ).toContain(source);
    }
  });

  it('ships a _headers file with the same policy, scripts narrowed to the project’s folders, and captures as plain text', () => {
    const meta = parsePolicy(
      doc('index.html').querySelector('meta[http-equiv="Content-Security-Policy" i]')!.getAttribute('content')!,
    );
    const headers = readHeadersFile(readFileSync(join(site.outDir, '_headers'), 'utf8'));
    const header = parsePolicy(headers.get('/*')?.get('content-security-policy') ?? '');
    const headerOnly = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];
    // Scripts: not the whole origin ('self' would let /captures/… be a script source) but the bundler's and Pagefind's folders.
    const scriptSources = header.get('script-src')!;
    expect(scriptSources.filter((s) => s.startsWith('http'))).toEqual([
      `${SITE}${BASE}_astro/`,
      `${SITE}${BASE}pagefind/`,
    ]);
    expect(scriptSources).not.toContain("'self'");
    expect(scriptSources.filter((s) => !s.startsWith('http'))).toEqual(
      meta.get('script-src')!.filter((s) => s !== "'self'"),
    );
    expect(new Map([...header].filter(([d]) => !headerOnly.includes(d) && d !== 'script-src'))).toEqual(
      new Map([...meta].filter(([d]) => d !== 'script-src')),
    );
    expect(header.get('frame-ancestors')).toBeDefined();
    // Every script of every page is in one of those folders.
    const scripts = new Set(
      pages.flatMap((file) =>
        [...doc(file).querySelectorAll('script[src]')].map((s) => new URL(s.getAttribute('src')!, urlOf(file)).href),
      ),
    );
    expect(scripts.size).toBeGreaterThan(0);
    for (const script of scripts)
      expect(
        scriptSources.some((source) => source.startsWith('http') && script.startsWith(source)),
        script,
      ).toBe(true);
    expect(headers.get('/*')?.get('x-content-type-options')).toBe('nosniff');
    for (const pattern of [`${BASE}captures/*`, '/captures/*']) {
      expect(headers.get(pattern)?.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(headers.get(pattern)?.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('a browser visiting every page', () => {
  let browser: Browser;
  let server: StaticSite;
  beforeAll(async () => {
    server = await serveStatic(site.outDir, BASE);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends every request to the host it was served from, and nothing is blocked or missing', async () => {
    const origin = new URL(server.url).origin;
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const requests: string[] = [];
    const problems: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    context.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        problems.push(`${response.status()} ${response.url()}`);
    });
    let searches = 0;
    const queue = [...pages];
    // Four tabs walk the pages side by side, each page after page (a new tab per page cost most of the walk);
    // what a tab reports is put down to the page it is on.
    const lane = async () => {
      const page = await context.newPage();
      let file = '';
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content.Security.Policy/iu.test(message.text()))
          problems.push(`${file}: console: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => problems.push(`${file}: ${error.message}`));
      for (file = queue.shift() ?? ''; file; file = queue.shift() ?? '') {
        await page.goto(new URL(`${file.replace(/(^|\/)index\.html$/u, '$1')}`, server.url).href, {
          waitUntil: 'load',
        });
        await page.waitForTimeout(100);
        // A search box loads its index on first use: use the first few, so those requests are seen too.
        const search = page.locator('input[type="search"]:visible');
        if (searches < 3 && (await search.count()) > 0) {
          searches++;
          await search.first().fill('Минск');
          await page.waitForTimeout(300);
          await page.waitForLoadState('networkidle');
        }
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: 4 }, lane));
    // Whatever the pages started in the background (a service worker filling its cache) finishes too.
    const last = await context.newPage();
    await last.goto(server.url, { waitUntil: 'networkidle' });
    await last.waitForTimeout(500);
    await context.close();
    if (process.env.LETOPIS_DEBUG_REQUESTS) console.log(requests.join('\n'));
    expect(searches, 'a search box was used').toBeGreaterThan(0);
    expect(requests.length).toBeGreaterThanOrEqual(pages.length);
    expect(requests.filter((url) => !/^(?:data|blob):/u.test(url) && new URL(url).origin !== origin)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
