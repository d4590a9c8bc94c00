/**
 * Response headers of the built archive, for static hosts that read a `_headers` file (Netlify,
 * Cloudflare Pages) and for `npm start` (scripts/start.mjs), which serves `dist/` by the same file.
 *
 * - Every response: the Content-Security-Policy of src/lib/csp.ts with `script-src` narrowed from the
 *   whole origin ('self') to the folders that hold nothing but the project's scripts (`_astro/`, the
 *   bundler's output, and `pagefind/`, the search bundle), plus `frame-ancestors`, which a `<meta>` cannot
 *   say; and `X-Content-Type-Options: nosniff`. A policy in a `<meta>` cannot name a path without the
 *   host (CSP host-source grammar), and the pages must work on any host (a mirror, `npm start`, a
 *   sub-path), so the page's own policy keeps 'self' and the header, enforced together with it, narrows it.
 * - Captures (`captures/*`): `text/plain; charset=utf-8` and `nosniff`, so the browser never runs or
 *   renders a capture, whatever it holds (an HTML capture is published as `<file>.html.txt`).
 * - The bundler's files (`_astro/*`: styles, scripts, fonts, each named by its content's hash): cached for a
 *   year and never revalidated, since a changed file gets a new name (as Astro's deployment guides advise).
 */
import { contentSecurityPolicy } from './csp.ts';

/** Folders of the output that hold only the project's own scripts. */
export const SCRIPT_FOLDERS = ['_astro/', 'pagefind/'] as const;

/** One rule of a `_headers` file: a path pattern (`/x/*` matches everything under /x/) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

/** The header policy: the page's, with script-src limited to {@link SCRIPT_FOLDERS} on `origin`, and frame-ancestors. */
export function headerContentSecurityPolicy(origin: string, base: string): string {
  const root = `${origin.replace(/\/$/u, '')}${base.endsWith('/') ? base : `${base}/`}`;
  const directives = contentSecurityPolicy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const narrowed = directives.map((directive) => {
    const [name, ...sources] = directive.split(/\s+/u);
    if (name !== 'script-src') return directive;
    return [name, ...SCRIPT_FOLDERS.map((folder) => `${root}${folder}`), ...sources.filter((s) => s !== "'self'")].join(
      ' ',
    );
  });
  return [...narrowed, "frame-ancestors 'self'"].join('; ');
}

/**
 * The rules for a site served at `origin` under `base` (e.g. `https://archive.example`, `/letopis/`). The
 * policy applies to every path; the captures' and the bundled files' rules are written for the path under
 * the base and, when the host serves the output folder at its root instead, for `/captures/*` and
 * `/_astro/*` too.
 */
export function headerRules(origin: string, base: string): HeaderRule[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const captures: Array<[string, string]> = [
    ['Content-Type', 'text/plain; charset=utf-8'],
    ['X-Content-Type-Options', 'nosniff'],
  ];
  const bundled: Array<[string, string]> = [['Cache-Control', 'public, max-age=31536000, immutable']];
  const underBase = (folder: string) => [...new Set([`${prefix}${folder}/*`, `/${folder}/*`])];
  return [
    {
      pattern: '/*',
      headers: [
        ['Content-Security-Policy', headerContentSecurityPolicy(origin, base)],
        ['X-Content-Type-Options', 'nosniff'],
      ],
    },
    ...underBase('captures').map((pattern) => ({ pattern, headers: captures })),
    ...underBase('_astro').map((pattern) => ({ pattern, headers: bundled })),
  ];
}

/** The `_headers` file for {@link headerRules}. */
export function headersFile(origin: string, base: string): string {
  const header = [
    '# Response headers for static hosts that read this file (Netlify, Cloudflare Pages) and for npm start.',
    "# Written by the build (src/lib/headers.ts): the page's Content-Security-Policy with scripts limited to the",
    "# project's own folders, captures served as plain text that the browser never sniffs, runs or renders, and",
    '# the bundled files (named by their content) cached for good.',
  ];
  const rules = headerRules(origin, base).flatMap((rule) => [
    rule.pattern,
    ...rule.headers.map(([name, value]) => `  ${name}: ${value}`),
  ]);
  return `${[...header, ...rules].join('\n')}\n`;
}

/** Reads a `_headers` file: its rules in order (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/u.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      if (colon > 0 && rules.length > 0)
        rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a `_headers` pattern (`/captures/*`, `/about/`) matches a request path. */
export function matchesPattern(pattern: string, pathname: string): boolean {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;
}

/** The headers for a request path: every matching rule applies, a later one replacing an earlier one's header of the same name. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) result.set(name.toLowerCase(), value);
  }
  return result;
}

/**
 * The same policy for a site served somewhere else (`npm start` on http://127.0.0.1:4321, a test server):
 * the script folders' origin replaced by `origin`.
 */
export function rehostPolicy(policy: string, origin: string): string {
  return policy.replace(/\bhttps?:\/\/[^/\s;']+(?=\/)/gu, origin.replace(/\/$/u, ''));
}
