// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

const env = process.env;

/**
 * `LETOPIS_SITE` (the public origin, e.g. https://example.org) and `LETOPIS_BASE` (a sub-path such
 * as /letopis/) say where the archive is served; `LETOPIS_OUT_DIR` and `LETOPIS_CACHE_DIR` move the
 * build output and Astro's cache (tests build fixtures into temporary folders this way).
 */
export default defineConfig({
  site: env.LETOPIS_SITE ?? 'https://letopis.example.org',
  base: env.LETOPIS_BASE ?? '/',
  trailingSlash: 'always',
  outDir: env.LETOPIS_OUT_DIR ?? './dist',
  cacheDir: env.LETOPIS_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({ smartypants: false }),
  },
  integrations: [mdx()],
});
