// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import pagefindIndex from './src/integrations/pagefind.ts';
import sitemap from '@astrojs/sitemap';
import captures, { permanentPagesOnly } from './src/integrations/captures.ts';
import citations from './src/integrations/citations.ts';
import outputFolder from './src/integrations/output.ts';
import headers from './src/integrations/headers.ts';
import interfaceLanguages from './src/integrations/languages.ts';
import permanenceLock from './src/integrations/lock.ts';
import storeModule from './src/integrations/store-module.ts';
import { archivePaths } from './src/lib/inputs/paths.ts';
import { readIdentity } from './src/lib/identity/read.ts';
import { resolveSite } from './src/lib/identity/site.ts';

const env = process.env;
const output = outputFolder();
/** The archive's identity (content/archive.yaml): its public address and base path among the rest. */
const identity = readIdentity(archivePaths().contentDir);

/**
 * Where the archive is served: `site` and `base` in content/archive.yaml, which `LETOPIS_SITE` (the public
 * origin, e.g. https://example.org) and `LETOPIS_BASE` (a sub-path such as /letopis/) override. Without a
 * public address links point to the local preview, and a build for publication (`LETOPIS_PUBLISH=1`, which
 * `npm run build -- --publish` sets) refuses. `LETOPIS_OUT_DIR` and `LETOPIS_CACHE_DIR` move the build
 * output and Astro's cache (tests build fixtures into temporary folders this way).
 */
export default defineConfig({
  site: resolveSite(env.LETOPIS_SITE, identity.site, env.LETOPIS_PUBLISH === '1'),
  base: env.LETOPIS_BASE || identity.base,
  trailingSlash: 'always',
  outDir: env.LETOPIS_OUT_DIR ?? './dist',
  cacheDir: env.LETOPIS_CACHE_DIR ?? './node_modules/.astro',
  // No inline <style> or <script> in built pages, so the Content-Security-Policy (Base.astro,
  // the _headers file of src/lib/headers.ts) can forbid inline code; fonts and small assets stay files, not data: URIs.
  // Render several pages at once (measured: -20 % wall time at 10,000 articles, npm run bench).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // The output folder is emptied by letopis:output, and only when the incremental cache cannot vouch for it.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
  devToolbar: { enabled: false },
  // A rebuild copies the article pages whose data and code did not change from the
  // previous build (in cacheDir) instead of rendering them again: see src/data/cache-keys.ts.
  experimental: { incrementalBuild: true },
  markdown: {
    processor: unified({ smartypants: false }),
  },
  integrations: [
    mdx(),
    storeModule() /* the pages read the content store from its file, not from a module that holds it (#20) */,
    // The sitemap leaves out redirect pages, tombstones and noindex pages; captures publishes seeds/ + checksums.sha256
    sitemap({ filter: permanentPagesOnly(env.LETOPIS_BASE || identity.base, env.LETOPIS_OUT_DIR ?? './dist') }),
    captures({ keep: output.keep }),
    interfaceLanguages() /* an archive without an English interface publishes no /en/ pages */,
    output.stalePages /* before search: removes the pages the previous build left and this one does not */,
    citations({ keep: output.keep }) /* each article's .bib, .ris and .json, from its page */,
    // search: indexes the built pages in shards; LETOPIS_SEARCH_SPLIT_FROM: how many articles of the years before
    // the newest make the archive more than one shard (src/lib/search/shards.ts, MIN_OLDER; tests set 1)
    pagefindIndex({
      shards: env.LETOPIS_SEARCH_SPLIT_FROM ? { minOlder: Number(env.LETOPIS_SEARCH_SPLIT_FROM) } : {},
    }),
    headers() /* _headers: the CSP narrowed to the project's script folders, captures as plain text (nosniff) */,
    output.finish /* removes the rest the previous build left, then stamps the service worker */,
    permanenceLock() /* last: only a build that succeeded records its paths and anchors in content/ */,
  ],
});
