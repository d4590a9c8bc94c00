import { themeInitHash } from './theme/theme-init.ts';

/**
 * The Content-Security-Policy of every page (a meta tag). The `_headers` file the build writes for static
 * hosts and `npm start` (src/lib/headers.ts) sends the same policy with `script-src` narrowed from 'self' to
 * the project's script folders (test/quality/site.test.ts checks that the two agree). Only the site's own script files run, plus the
 * one inline script allowed by its hash (the theme before first paint, `src/lib/theme/theme-init.ts`);
 * 'wasm-unsafe-eval' is for Pagefind's WebAssembly; no third-party origin. JSON-LD
 * `<script type="application/ld+json">` is data and is not blocked.
 */
export const contentSecurityPolicy = `default-src 'self'; script-src 'self' ${themeInitHash} 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'`;
