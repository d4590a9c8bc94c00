// The two projects the bench builds, each in a folder of its own:
// - a snapshot of letopis (src/, public/, astro.config.mjs, tsconfig.json, package.json, with node_modules
//   linked): Astro writes its prerender chunks into `<root>/.astro/`, so two builds of one root at once
//   (a test run, another agent) would overwrite each other's; a snapshot also keeps a run's code fixed;
// - the bare baseline: Astro's glob loader over the same texts as markdown, one plain layout, and
//   Pagefind's Node API with its defaults at astro:build:done.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const linkModules = (root, dir) => symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');

/**
 * Copies what an `astro build` of letopis reads into `dir`. `withoutEnglishArticles` leaves out the
 * English-interface article pages (src/pages/en/articles/[...path].astro), to measure what they cost;
 * `concurrency` sets Astro's `build.concurrency` (pages rendered at once; Astro's default is 1);
 * `chunkedStore` sets `experimental.collectionStorage: 'chunked'` (the content data store in 20 MB
 * chunks instead of one JSON string inlined into the server bundle).
 */
export function letopisSnapshot(
  root,
  dir,
  { withoutEnglishArticles = false, concurrency = undefined, chunkedStore = false } = {},
) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(root, name)))
      cpSync(join(root, name), join(dir, name), { recursive: true, filter: (p) => !p.endsWith('.test.ts') });
  }
  if (withoutEnglishArticles) rmSync(join(dir, 'src/pages/en/articles/[...path].astro'));
  if (concurrency) {
    const config = join(dir, 'astro.config.mjs');
    const source = readFileSync(config, 'utf8');
    if (!source.includes('build: {'))
      throw new Error('bench: astro.config.mjs has no `build: {` to add concurrency to');
    writeFileSync(config, source.replace('build: {', `build: { concurrency: ${Number(concurrency)},`));
  }
  if (chunkedStore) {
    const config = join(dir, 'astro.config.mjs');
    const source = readFileSync(config, 'utf8');
    if (!source.includes('devToolbar:') || source.includes('experimental:'))
      throw new Error('bench: cannot add experimental.collectionStorage to astro.config.mjs');
    writeFileSync(
      config,
      source.replace('devToolbar:', "experimental: { collectionStorage: 'chunked' },\n  devToolbar:"),
    );
  }
  linkModules(root, dir);
  return dir;
}

/** Writes the bare baseline project into `dir`, reading markdown from `markdownDir`. */
export function baselineProject(root, dir, markdownDir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  linkModules(root, dir);
  writeFileSync(join(dir, 'package.json'), '{ "name": "letopis-bench-baseline", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

/** Pagefind with its defaults, through its Node API, after the pages are written. */
const search = {
  name: 'baseline-pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const { index } = await pagefind.createIndex();
      const path = fileURLToPath(dir);
      await index.addDirectory({ path });
      await index.writeFiles({ outputPath: path + 'pagefind' });
      await pagefind.close();
    },
  },
};

export default defineConfig({
  outDir: process.env.LETOPIS_OUT_DIR,
  cacheDir: process.env.LETOPIS_CACHE_DIR,
  integrations: [search],
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const articles = defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(markdownDir)} }) });
export const collections = { articles };
`,
  );
  // One language for every page: the baseline is bare Pagefind with one index.
  writeFileSync(
    join(dir, 'src/layouts/Plain.astro'),
    `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="ru">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>
  <body><main><slot /></main></body>
</html>
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Plain from '../layouts/Plain.astro';

export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Plain title={entry.data.title}><h1>{entry.data.title}</h1><p>{entry.data.date}</p><Content /></Plain>
`,
  );
  writeFileSync(
    join(dir, 'src/pages/search.astro'),
    `---
import Plain from '../layouts/Plain.astro';
---
<Plain title="Search">
  <link href="/pagefind/pagefind-ui.css" rel="stylesheet" />
  <script is:inline src="/pagefind/pagefind-ui.js"></script>
  <div id="search"></div>
  <script is:inline>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search' }));</script>
</Plain>
`,
  );
  return dir;
}
