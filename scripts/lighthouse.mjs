#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (performance, accessibility, best practices, SEO) on the built archive,
// with the desktop and the mobile preset, over the page kinds a reader meets first. It serves dist/ on
// 127.0.0.1 the way a static host would and drives Debian's Chromium through its debugging port.
//
//   node scripts/lighthouse.mjs [--dist DIR] [--min 100] [--json FILE] [--pages /,/timeline/] [--presets mobile] [--save DIR]
//
// Prints a table of scores and the audits that cost points; exits 1 when a score is below --min.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumFlags, chromiumPath } from './chromium.ts';
import { createDistServer } from './serve.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = resolve(root, arg('dist', 'dist'));
const min = Number(arg('min', '0'));
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built archive in ${dist}: run \`npm run build\` first.`);
  process.exit(2);
}

const lock = JSON.parse(readFileSync(join(root, 'content/permalinks.json'), 'utf8'));
/**
 * The first locked path of a kind whose page is meant for readers and search engines (a registry entry no
 * article names keeps its page but is `noindex`): every page kind is measured, in both interfaces where it differs.
 */
const indexable = (path) => !readFileSync(join(dist, path, 'index.html'), 'utf8').includes('content="noindex"');
const first = (kind) =>
  Object.values(lock[kind] ?? {})
    .sort()
    .find(indexable);
const firstArticle = first('articles');
const year = firstArticle.split('/').slice(0, 3).join('/') + '/';
const kinds = ['people', 'organizations', 'events', 'places', 'topics'].flatMap((kind) =>
  first(kind) ? [`/${kind}/`, first(kind)] : [],
);
const pages = arg('pages', '')
  ? arg('pages', '').split(',')
  : [
      '/',
      firstArticle,
      `/en${firstArticle}`,
      ...kinds,
      '/articles/',
      year,
      '/timeline/',
      '/search/?q=ПВТ',
      '/en/search/?q=HTP',
      '/about/',
      '/cite/',
      '/offline/',
      '/404.html',
      '/en/',
    ];

// ── the server of `npm start`, with the headers of dist/_headers, compressing text as every static host does
// (Netlify, Cloudflare Pages, GitHub Pages, nginx with gzip on) ─────────────────────────────────────────
const server = createDistServer(dist, '/', { gzip: true });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ── Chromium with a debugging port (flags as the tests run it: scripts/chromium.ts) ─────────────────────────
const profile = mkdtempSync(join(tmpdir(), 'letopis-lighthouse-'));
const browser = spawn(
  chromiumPath,
  ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...chromiumFlags, 'about:blank'],
  { stdio: ['ignore', 'ignore', 'pipe'] },
);
const port = await new Promise((done, fail) => {
  let seen = '';
  browser.stderr.on('data', (chunk) => {
    seen += chunk;
    const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//u.exec(seen);
    if (match) done(Number(match[1]));
  });
  browser.on('exit', (code) => fail(new Error(`Chromium exited (${code}): ${seen}`)));
});

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const presets = Object.fromEntries(
  Object.entries({ desktop: desktopConfig, mobile: undefined }).filter(([name]) =>
    arg('presets', 'desktop,mobile').split(',').includes(name),
  ),
);
const save = arg('save');
const rows = [];
const lost = [];
try {
  for (const path of pages) {
    for (const [preset, config] of Object.entries(presets)) {
      const url = new URL(path, origin).href;
      const result = await lighthouse(
        url,
        { port, output: 'json', logLevel: 'error', onlyCategories: categories },
        config,
      );
      const { lhr } = result;
      if (save) writeFileSync(join(save, `${preset}-${path.replace(/[^a-z0-9]+/giu, '_')}.json`), JSON.stringify(lhr));
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      rows.push({ path: decodeURI(path), preset, ...scores });
      for (const c of categories) {
        for (const ref of lhr.categories[c].auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1)
            lost.push(
              `${decodeURI(path)} [${preset}] ${c}: ${ref.id} (${audit.score}) ${audit.displayValue ?? ''} — ${audit.title}`,
            );
        }
      }
    }
  }
} finally {
  const exited = new Promise((done) => browser.once('exit', done));
  browser.kill();
  await exited;
  server.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('page', 58)} ${pad('preset', 8)} perf  a11y  best  seo`);
for (const r of rows)
  console.log(
    `${pad(r.path, 58)} ${pad(r.preset, 8)} ${pad(r.performance, 5)} ${pad(r.accessibility, 5)} ${pad(r['best-practices'], 5)} ${r.seo}`,
  );
if (lost.length > 0) console.log(`\nAudits that cost points:\n${lost.map((l) => `  ${l}`).join('\n')}`);
const json = arg('json');
if (json) writeFileSync(json, `${JSON.stringify({ rows, lost }, null, 2)}\n`);
const below = rows.filter((r) => categories.some((c) => r[c] < min));
if (below.length > 0) {
  console.error(`\n${below.length} run(s) below ${min}.`);
  process.exit(1);
}
