// What a build wrote: pages, article-page sizes (HTML + the stylesheets it links), the search index,
// and the bytes a browser transfers for a first search (Chromium, Performance API, over a local server).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every file under `dir` (relative paths). */
function walk(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(dir, rel));
    else out.push(rel);
  }
  return out;
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Gzip at level 9 (what a server's static compression, or `gzip -9`, sends). */
const gzip9 = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * The article's own text: the paragraphs of `.article-body` with their markup removed (entities decoded
 * as far as the weight is concerned: `&amp;` and the like are counted as written). Empty when the page
 * has no such block (the baseline).
 */
export function articleText(html) {
  const start = html.search(/<div class="article-body"/u);
  if (start < 0) return '';
  // The body ends where the page's search-only block was (cut out of the page served) or the printed address begins.
  const end = html.slice(start).search(/<div (?:data-index-only )?hidden|<p class="print-only/u);
  return html
    .slice(start, end < 0 ? undefined : start + end)
    .replace(/<span class="paragraph-tools".*?<\/span>/gu, '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Sizes of a built site. `isArticle(relPath)` picks the article pages among the HTML files.
 * An article page's size is its HTML plus every stylesheet it links (each counted in full, as a first visit
 * loads it; a stylesheet inlined in a `<style>` is part of the HTML), raw and gzipped at level 9 (each file
 * compressed on its own, as it is sent). For the largest page by gzipped weight it also gives the gzipped
 * size of its article text alone, so what the page adds beyond the text can be told apart.
 */
export function siteSizes(outDir, isArticle, base = '/') {
  const files = walk(outDir);
  const pages = files.filter((f) => f.endsWith('.html'));
  const cssSize = new Map();
  /** [bytes, gzipped bytes] of a linked stylesheet. */
  const sizeOfCss = (href) => {
    const rel = href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//u, '');
    if (!cssSize.has(rel)) {
      const bytes = readFileSync(join(outDir, rel));
      cssSize.set(rel, [bytes.length, gzip9(bytes)]);
    }
    return cssSize.get(rel);
  };
  const articles = pages.filter(isArticle).map((rel) => {
    const html = readFileSync(join(outDir, rel), 'utf8');
    const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/gu)]
      .map((m) => /href="([^"]+)"/u.exec(m[0])?.[1])
      .filter((href) => href && !/^https?:/u.test(href))
      .map(sizeOfCss);
    const css = sheets.reduce((sum, [bytes]) => sum + bytes, 0);
    const gzip = gzip9(html) + sheets.reduce((sum, [, gz]) => sum + gz, 0);
    // Readable without JavaScript: the text is in the HTML (the first paragraph, or any <p> for the baseline).
    const readable = /<p[\s>]/u.test(html);
    return { rel, html: Buffer.byteLength(html), css, total: Buffer.byteLength(html) + css, gzip, readable };
  });
  const pagefindBytes = files
    .filter((f) => f.startsWith('pagefind/'))
    .reduce((sum, f) => sum + statSync(join(outDir, f)).size, 0);
  const largest = articles.reduce((a, b) => (b.total > (a?.total ?? -1) ? b : a), undefined);
  const heaviest = articles.reduce((a, b) => (b.gzip > (a?.gzip ?? -1) ? b : a), undefined);
  return {
    pages: pages.length,
    articlePages: articles.length,
    medianArticleBytes: median(articles.map((a) => a.total)),
    medianArticleHtmlBytes: median(articles.map((a) => a.html)),
    medianArticleGzipBytes: median(articles.map((a) => a.gzip)),
    largestArticleBytes: largest?.total ?? 0,
    largestArticle: largest?.rel,
    largestArticleGzipBytes: heaviest?.gzip ?? 0,
    largestGzipArticle: heaviest?.rel,
    /** The heaviest page's article text alone, gzipped: the part of its weight the page cannot shed. */
    largestArticleTextGzipBytes: heaviest ? gzip9(articleText(readFileSync(join(outDir, heaviest.rel), 'utf8'))) : 0,
    allReadableWithoutJs: articles.every((a) => a.readable),
    pagefindBytes,
    pagefindFiles: files.filter((f) => f.startsWith('pagefind/')).length,
  };
}

/** Bytes of the files the service worker precaches on a first visit (public/sw.js's list, stamped at build). */
export function precacheBytes(outDir) {
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
  const m = /const PRECACHE = (\[[^\n]*\]);/u.exec(sw);
  if (!m) return undefined;
  const list = JSON.parse(m[1]);
  return {
    files: list.length,
    bytes: list.reduce((sum, p) => {
      try {
        const path = join(outDir, p);
        return sum + (statSync(path).isDirectory() ? statSync(join(path, 'index.html')).size : statSync(path).size);
      } catch {
        return sum;
      }
    }, 0),
  };
}

/**
 * Opens a search in Chromium over a static server of `outDir` and sums what was transferred:
 * `performance` resource entries (and the page itself), their `transferSize` (body + headers) and
 * `encodedBodySize`. Service workers are blocked, so the worker's background precache is not in this
 * figure (see precacheBytes). The server does not compress: every figure is uncompressed.
 * `kind`: 'letopis' opens /search/?q=…; 'baseline' types the query into Pagefind's default UI.
 */
/** The size of the file a static server sends for `url` from `outDir` (0 when it is no file there). */
function servedSize(outDir, url) {
  const path = join(outDir, decodeURIComponent(new URL(url).pathname));
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : statSync(join(path, 'index.html')).size;
  } catch {
    return 0;
  }
}

export async function firstSearchBytes(outDir, kind, query, { serveStatic, launchBrowser }) {
  const site = await serveStatic(outDir, '/');
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // Requests made by dedicated workers are not in the page's Performance timeline: count them from the network too.
    const network = new Map();
    page.on('requestfinished', async (request) => {
      try {
        const sizes = await request.sizes();
        // A dedicated worker's script is reported with its headers only: count the file the server sent.
        const body = sizes.responseBodySize || servedSize(outDir, request.url());
        network.set(request.url(), body + sizes.responseHeadersSize);
      } catch {
        // closed before the sizes were read
      }
    });
    if (kind === 'letopis') {
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(
        () => /Найдено|ничего не найдено/u.test(document.querySelector('.search-status')?.textContent ?? ''),
        null,
        { timeout: 60_000 },
      );
    } else {
      await page.goto(`${site.url}search/`);
      await page.locator('.pagefind-ui__search-input').fill(query);
      await page.waitForSelector('.pagefind-ui__result', { timeout: 60_000 });
    }
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const perf = await page.evaluate(() => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      return {
        requests: entries.length,
        transfer: entries.reduce((s, e) => s + e.transferSize, 0),
        encoded: entries.reduce((s, e) => s + e.encodedBodySize, 0),
        results: document.querySelectorAll('.search-result, .pagefind-ui__result').length,
      };
    });
    const networkBytes = [...network.values()].reduce((a, b) => a + b, 0);
    await context.close();
    const requests = [...network]
      .map(([url, bytes]) => ({ path: new URL(url).pathname, bytes }))
      .sort((a, b) => b.bytes - a.bytes);
    return { ...perf, networkRequests: network.size, networkBytes, requests };
  } finally {
    await browser.close();
    await site.close();
  }
}
