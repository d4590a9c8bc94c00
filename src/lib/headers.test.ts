import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.ts';
import { headerContentSecurityPolicy, headersFile, headersFor, parseHeadersFile, rehostPolicy } from './headers.ts';

const scriptSrc = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/u))
    .find(([d]) => d === 'script-src')!
    .slice(1);

describe('the _headers file', () => {
  it('allows scripts only from the project’s folders, never the whole origin, and keeps the rest of the page’s policy', () => {
    const policy = headerContentSecurityPolicy('https://archive.example', '/letopis/');
    const sources = scriptSrc(policy);
    expect(sources.slice(0, 2)).toEqual([
      'https://archive.example/letopis/_astro/',
      'https://archive.example/letopis/pagefind/',
    ]);
    expect(sources).not.toContain("'self'");
    expect(sources.slice(2)).toEqual(scriptSrc(contentSecurityPolicy).filter((s) => s !== "'self'"));
    expect(policy.replace(/script-src [^;]*;/u, '')).toBe(
      `${contentSecurityPolicy.replace(/script-src [^;]*;/u, '')}; frame-ancestors 'self'`,
    );
  });

  it('serves captures as plain UTF-8 text that is never sniffed, and every path with the policy', () => {
    const rules = parseHeadersFile(headersFile('https://archive.example', '/letopis/'));
    const capture = headersFor(rules, '/letopis/captures/000_132f9a9ed851b9fb.txt');
    expect(capture.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(capture.get('x-content-type-options')).toBe('nosniff');
    expect(capture.get('content-security-policy')).toContain('script-src https://archive.example/letopis/_astro/');
    expect(headersFor(rules, '/captures/001_x.html.txt').get('content-type')).toBe('text/plain; charset=utf-8');
    const page = headersFor(rules, '/letopis/articles/2019/x/');
    expect(page.get('content-type')).toBeUndefined();
    expect(page.get('x-content-type-options')).toBe('nosniff');
  });

  it('caches the bundler’s content-named files for good, and nothing else', () => {
    const rules = parseHeadersFile(headersFile('https://archive.example', '/letopis/'));
    const forever = 'public, max-age=31536000, immutable';
    expect(headersFor(rules, '/letopis/_astro/Base.D3x9a1.css').get('cache-control')).toBe(forever);
    expect(headersFor(rules, '/_astro/font.B2c.woff2').get('cache-control')).toBe(forever);
    for (const path of ['/letopis/', '/letopis/sw.js', '/letopis/pagefind/pagefind.js', '/letopis/captures/0.txt'])
      expect(headersFor(rules, path).get('cache-control'), path).toBeUndefined();
  });

  it('moves the script folders to the origin a copy is served from (npm start, a test server)', () => {
    const policy = headerContentSecurityPolicy('https://archive.example', '/');
    const local = rehostPolicy(policy, 'http://127.0.0.1:4321');
    expect(scriptSrc(local).slice(0, 2)).toEqual(['http://127.0.0.1:4321/_astro/', 'http://127.0.0.1:4321/pagefind/']);
    expect(local).not.toContain('archive.example');
  });
});
