/**
 * The server of `npm start` (scripts/serve.ts) on a small output folder: captures as plain text that is
 * never sniffed, in the charset they were captured in (a Windows-1251 capture is not shown as mojibake),
 * the header policy moved to the origin it is reached at, and nothing outside the folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistServer } from '../scripts/serve.ts';
import { headersFile } from '../src/lib/headers.ts';
import { tempDir } from './support/temp.ts';

let url = '';
let close: () => void = () => undefined;

beforeAll(async () => {
  const dir = tempDir('serve-');
  mkdirSync(join(dir, 'captures'));
  writeFileSync(join(dir, '_headers'), headersFile('https://archive.example', '/'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Архив</title>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Нет такой страницы</title>');
  writeFileSync(join(dir, 'captures', '001_utf8.txt'), 'Заголовок\n\nТекст.\n');
  writeFileSync(
    join(dir, 'captures', '002_cp1251.txt'),
    iconv.encode('Белорусские программисты открыли центр в Минске\n\nТекст статьи.\n', 'windows-1251'),
  );
  writeFileSync(join(dir, 'captures', '003_page.html.txt'), '<!doctype html><script>alert(1)</script><p>Текст</p>');
  const server = createDistServer(dir, '/');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  close = () => server.close();
});
afterAll(() => close());

describe('npm start’s server', () => {
  it('serves captures as never-sniffed plain text in the charset they were captured in', async () => {
    for (const [file, charset] of [
      ['001_utf8.txt', 'utf-8'],
      ['002_cp1251.txt', 'windows-1251'],
      ['003_page.html.txt', 'utf-8'],
    ]) {
      const response = await fetch(new URL(`captures/${file}`, url));
      expect(response.headers.get('content-type'), file).toBe(`text/plain; charset=${charset}`);
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
    }
    const cp1251 = await fetch(new URL('captures/002_cp1251.txt', url));
    expect(new TextDecoder('windows-1251').decode(await cp1251.arrayBuffer())).toContain('Белорусские программисты');
  });

  it('gives pages the header policy at the origin they are reached at, and a 404 page for what is missing', async () => {
    const page = await fetch(url);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain(`script-src ${url}_astro/ ${url}pagefind/ `);
    const missing = await fetch(new URL('articles/none/', url));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Нет такой страницы');
    const escape = await fetch(new URL('captures/..%2f..%2f..%2fetc%2fhostname', url));
    expect([403, 404]).toContain(escape.status);
    expect(await escape.text()).not.toMatch(/^[a-z0-9-]+\n$/u);
  });
});
