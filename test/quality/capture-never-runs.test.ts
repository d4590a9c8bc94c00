/**
 * A capture can never run (issue 17, point 1): a capture whose text is valid JavaScript
 * (test/fixtures/script-capture), published and served by `npm start` as a static host serves it, is
 * plain UTF-8 text that is never sniffed, and a `<script src>` pointing at it on one of the archive's own
 * pages does not run: the header policy allows scripts only from `_astro/` and `pagefind/`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildArchive, type BuildResult } from '../support/build.ts';
import { buildEnv } from '../support/env.ts';
import { root } from '../support/seeds.ts';

let site: BuildResult;
let start: ChildProcess | undefined;
let url = '';
let browser: Browser;
let articlePath = '';
let startOutput = '';

beforeAll(async () => {
  site = await buildArchive('script-capture', { fixture: 'script-capture' });
  if (site.status !== 0) throw new Error(site.output);
  articlePath = JSON.parse(readFileSync(join(site.contentDir, 'permalinks.json'), 'utf8')).articles[
    '001_script'
  ] as string;
  // npm start itself: dist/ is newer than its input, so it serves without building.
  start = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: buildEnv({
      LETOPIS_OUT_DIR: site.outDir,
      LETOPIS_CONTENT: site.contentDir,
      LETOPIS_SEEDS: join(root, 'test/fixtures/script-capture/seeds'),
      PORT: '0',
      HOST: '127.0.0.1',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      startOutput += chunk.toString();
      const match = /Serving .* at (http:\/\/\S+\/) /u.exec(startOutput);
      if (match) resolve(match[1]!);
    };
    start!.stdout!.on('data', read);
    start!.stderr!.on('data', read);
    start!.on('exit', (code) => reject(new Error(`npm start exited (${code}):\n${startOutput}`)));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  start?.kill();
});

describe('a capture that is valid JavaScript, served by npm start', () => {
  it('is served without a second build: the lock files the build wrote into content/ do not count as new input', () => {
    expect(startOutput).toContain('is up to date; serving it');
  });

  it('is served as plain UTF-8 text, never sniffed, under a policy that allows scripts only from the project’s folders', async () => {
    const response = await fetch(new URL('captures/001_script.txt', url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const policy = response.headers.get('content-security-policy')!;
    const origin = new URL(url).origin;
    expect(policy).toContain(`script-src ${origin}/_astro/ ${origin}/pagefind/ 'sha256-`);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(
      readFileSync(join(root, 'test/fixtures/script-capture/seeds/001_script.txt')),
    );
  });

  it('does not run when a page of the archive loads it as a script, while the page’s own scripts do', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/iu.test(message.text())) violations.push(message.text());
    });
    await page.goto(new URL(articlePath.slice(1), url).href);
    // The page's own module scripts ran: the theme toggle and the citation panel are wired up.
    expect(await page.evaluate(() => document.querySelectorAll('script[type="module"][src]').length)).toBeGreaterThan(
      0,
    );
    const outcome = await page.evaluate(
      (src) =>
        new Promise<{ event: string; ran: unknown }>((resolve) => {
          const script = document.createElement('script');
          script.src = src;
          script.onload = () =>
            resolve({ event: 'load', ran: (window as unknown as { captureRan?: number }).captureRan });
          script.onerror = () =>
            resolve({ event: 'error', ran: (window as unknown as { captureRan?: number }).captureRan });
          document.head.append(script);
        }),
      new URL('captures/001_script.txt', url).href,
    );
    expect(outcome).toEqual({ event: 'error', ran: undefined });
    expect(violations.join('\n')).toMatch(/captures\/001_script\.txt/u);
    await page.close();
  });
});
