/**
 * Hostile captures and sidecars: whatever markup, script or MDX they hold is shown as text, and the
 * Content-Security-Policy would stop a script even if something slipped through.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/lib/archive/read-metadata.ts';
import { themeInitScript } from '../../src/lib/theme/theme-init.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildArchive, type BuildResult } from '../support/build.ts';
import { root } from '../support/seeds.ts';
import { serveStatic, type StaticSite } from '../support/serve.ts';
import { listFiles } from '../support/tree.ts';
import { tempDir } from '../support/temp.ts';

/** A second hostile capture: breaking out of attributes, <pre>, JSON-LD and comments; MDX expressions; a javascript: source. */
const breakouts = [
  'Заголовок </script><script>alert(20)</script> и "><img src=x onerror=alert(21)>',
  '',
  'Абзац с </pre><script>alert(22)</script> и <svg onload=alert(23)> и <iframe src="javascript:alert(24)"></iframe>.',
  '',
  'Ещё абзац: {alert(25)} ${alert(26)} {/* MDX */} <meta http-equiv="refresh" content="0;url=javascript:alert(27)"> <base href="http://127.0.0.2/">',
  '',
  'Комментарий <!-- и --> и <style>body{display:none}</style> и <a href="JaVaScRiPt:alert(28)" onclick="alert(29)">ссылка</a>.',
  '',
  '---',
  'Source URL: javascript:alert(30)',
  '',
].join('\n');

const hostileSidecar = [
  'outlet: "</script><script>alert(31)</script>"',
  'author: "<img src=x onerror=alert(32)>"',
  'url: "https://example.com/a?q=\\"><script>alert(33)</script>"',
  'notes: "{alert(34)} <b onmouseover=alert(35)>заметка</b>"',
  '',
].join('\n');

/**
 * What the page shows: dialogs opened, CSP violations, and where markup from the capture became elements.
 * The one inline script allowed is the theme's, which the CSP names by its hash.
 */
async function inspect(page: Page): Promise<string[]> {
  return page.evaluate((allowedInline) => {
    const found: string[] = [];
    const dataTypes = ['application/ld+json', 'application/json'];
    for (const element of document.querySelectorAll(
      'img, iframe, frame, object, embed, base, style, meta[http-equiv="refresh" i]',
    )) {
      found.push(`<${element.localName}> ${element.outerHTML.slice(0, 80)}`);
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/iu.test(attribute.name)) found.push(`<${element.localName} ${attribute.name}>`);
        if (
          /^\s*(?:javascript|vbscript|data):/iu.test(attribute.value) &&
          ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute.name)
        ) {
          found.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
        }
      }
    }
    for (const script of document.querySelectorAll('script')) {
      const type = (script.getAttribute('type') ?? '').toLowerCase();
      if (dataTypes.includes(type)) {
        try {
          JSON.parse(script.textContent ?? '');
        } catch {
          found.push(`<script type="${type}"> broken open: ${script.textContent?.slice(0, 80)}`);
        }
      } else if (!script.src) {
        if (script.textContent !== allowedInline) found.push(`inline <script>${script.textContent?.slice(0, 80)}`);
      } else if (script.textContent?.trim()) {
        found.push(`<script src> with inline text ${script.textContent.slice(0, 80)}`);
      } else if (new URL(script.src).origin !== location.origin) {
        found.push(`third-party <script src="${script.src}">`);
      }
    }
    return found;
  }, themeInitScript);
}

describe('hostile captures in a browser', () => {
  let built: BuildResult;
  let server: StaticSite;
  let browser: Browser;
  let articlePaths: Record<string, string>;
  beforeAll(async () => {
    const work = tempDir('unsafe-input-');
    cpSync(join(root, 'test/fixtures/unsafe/seeds'), join(work, 'seeds'), { recursive: true });
    mkdirSync(join(work, 'content/articles'), { recursive: true });
    writeFileSync(join(work, 'seeds/002_breakouts.txt'), breakouts);
    writeFileSync(join(work, 'content/articles/002_breakouts.yaml'), hostileSidecar);
    built = await buildArchive('unsafe-browser', {
      env: { LETOPIS_SEEDS: join(work, 'seeds'), LETOPIS_CONTENT: join(work, 'content') },
    });
    if (built.status !== 0) throw new Error(built.output);
    articlePaths = JSON.parse(readFileSync(join(work, 'content/permalinks.json'), 'utf8')).articles;
    server = await serveStatic(built.outDir, '/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds HTML, scripts and markdown in a capture as text, never as markup', () => {
    const page = built.page(articlePaths['001_markup']!);
    const body = page.querySelector('.article-body')!;
    expect(body.textContent).toContain('<script>alert("xss")</script>');
    expect(body.textContent).toContain('<img src=x onerror=alert(2)>');
    expect(body.textContent).toContain('[нажми](javascript:alert(3))');
    expect(body.textContent).toContain('**Жирный** текст, _курсив_, `код`');
    expect(page.querySelector('h1')!.textContent).toBe('Заголовок с <script>alert(1)</script> внутри');
    const inline = [...page.querySelectorAll('script:not([src])')].filter(
      (script) => script.textContent !== themeInitScript,
    );
    // Besides the theme script (allowed by its CSP hash), only data blocks (JSON-LD, the citation record)
    // are inline, and the capture's markup cannot close them.
    for (const script of inline)
      expect(['application/ld+json', 'application/json']).toContain(script.getAttribute('type'));
    for (const script of inline) expect(script.textContent).not.toMatch(/<\/?script/iu);
    // The capture's markdown and MDX stay text, in the body or (the trailing import line, which the cleaner
    // removes as boilerplate) in the list of removed blocks, whose line numbers are the page's own <strong>.
    expect(page.querySelector('body')!.textContent).toContain(
      'import X from "./x.mdx"; export const y = 1; <Component />',
    );
    expect(page.querySelectorAll('img, strong:not(.removed-blocks strong), em, code:not(.hash)').length).toBe(0);
    expect([...page.querySelectorAll('a')].some((a) => a.getAttribute('href')!.startsWith('javascript:'))).toBe(false);
  });

  it('opens no dialog and injects no element on any page', async () => {
    const pages = listFiles(built.outDir).filter((f) => f.endsWith('.html'));
    const problems: string[] = [];
    // One tab walks every page (a new tab per page cost most of the walk); what it reports is put down to the page it is on.
    const page = await browser.newPage();
    let file = '';
    page.on('dialog', (dialog) => {
      problems.push(`${file}: dialog "${dialog.message()}"`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/iu.test(message.text()))
        problems.push(`${file}: CSP had to block something: ${message.text()}`);
    });
    for (file of pages) {
      // `load`: the page's own scripts have run; what a script from the capture would do, it does by then.
      await page.goto(new URL(file.replace(/(^|\/)index\.html$/u, '$1'), server.url).href, { waitUntil: 'load' });
      // Hover and click what a reader would: every link and summary, to fire any handler that got through.
      for (const summary of await page.locator('summary').all()) await summary.click();
      for (const link of await page.locator('main a[href^="#"]').all()) await link.hover();
      problems.push(...(await inspect(page)).map((p) => `${file}: ${p}`));
    }
    await page.close();
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it('shows the markup, script and MDX as the capture’s text', async () => {
    const page = await browser.newPage();
    await page.goto(new URL(articlePaths['001_markup']!.slice(1), server.url).href);
    expect(await page.locator('h1').textContent()).toBe('Заголовок с <script>alert(1)</script> внутри');
    const body = (await page.locator('.article-body').textContent())!;
    for (const text of [
      '<img src=x onerror=alert(2)>',
      '[нажми](javascript:alert(3))',
      '<a href="javascript:alert(4)">ещё одна</a>',
      '**Жирный** текст, _курсив_, `код`',
    ]) {
      expect(body).toContain(text);
    }
    // The trailing MDX line is removed as boilerplate by the cleaner and listed, as text, among the removed blocks.
    expect(await page.locator('.removed-blocks').textContent()).toContain(
      'import X from "./x.mdx"; export const y = 1; <Component />',
    );
    await page.goto(new URL(articlePaths['002_breakouts']!.slice(1), server.url).href);
    expect(await page.locator('h1').textContent()).toBe(
      'Заголовок </script><script>alert(20)</script> и "><img src=x onerror=alert(21)>',
    );
    const text = (await page.locator('main').textContent())!;
    for (const shown of [
      '</pre><script>alert(22)</script>',
      '{alert(25)} ${alert(26)}',
      '</script><script>alert(31)</script>',
      '<img src=x onerror=alert(32)>',
    ]) {
      expect(text).toContain(shown);
    }
    await page.close();
  });

  it('blocks inline code, inline handlers and third-party scripts through its CSP, while the page’s own JSON-LD is still read', async () => {
    const page = await browser.newPage();
    await page.goto(new URL(articlePaths['001_markup']!.slice(1), server.url).href, { waitUntil: 'networkidle' });
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
      const w = window as unknown as Record<string, unknown>;
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.body.append(inline);
      const handler = document.createElement('div');
      handler.setAttribute('onclick', 'window.__handlerRan = true');
      document.body.append(handler);
      handler.click();
      const thirdParty = document.createElement('script');
      thirdParty.src = 'http://127.0.0.2:9/evil.js';
      const blocked = new Promise<boolean>((resolve) => {
        thirdParty.onerror = () => resolve(true);
        thirdParty.onload = () => resolve(false);
      });
      document.body.append(thirdParty);
      await blocked;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (s) => JSON.parse(s.textContent ?? 'null') as unknown,
      );
      return { inline: w.__inlineRan === true, handler: w.__handlerRan === true, violations, jsonLd: jsonLd.length };
    });
    expect(outcome).toMatchObject({ inline: false, handler: false });
    expect(outcome.violations.some((v) => v.startsWith('script-src-elem inline'))).toBe(true);
    expect(outcome.violations.some((v) => v.startsWith('script-src-elem http://127.0.0.2'))).toBe(true);
    expect(outcome.jsonLd).toBeGreaterThan(0);
    await page.close();
  });
});

describe('a sidecar’s addresses', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('rejects %s as a source or outlet URL, saying what to write instead', (address) => {
    for (const key of ['url', 'outletUrl']) {
      const { metadata, problems } = readMetadata('content/articles/x.yaml', `${key}: ${JSON.stringify(address)}\n`);
      expect(metadata, key).toBeUndefined();
      expect(problems).toEqual([
        expect.objectContaining({ file: 'content/articles/x.yaml', line: 1, fix: expect.stringContaining('https://') }),
      ]);
    }
  });

  it('accepts http and https addresses', () => {
    for (const address of ['https://rg.ru/2019/10/23/x.html', 'http://example.by/']) {
      expect(readMetadata('x.yaml', `url: ${address}\noutletUrl: ${address}\n`).problems).toEqual([]);
    }
  });
});
