/**
 * performance (#20): the content store reaches the pages as a file read when the build renders them,
 * not as a module holding it as source text.
 *
 * Astro hands its content data store (`<cacheDir>/data-store.json`, 77 MB at 10,000 articles) to the pages
 * as the virtual module `astro:data-layer-content`, whose source is `JSON.parse("<the whole file as one
 * string literal>")`: the bundler copies that string into the prerender chunk, and Node compiles the chunk
 * before it runs it. Compiling a module with a 77 MB string literal took 46 s of CPU on the project's machine
 * (import alone, `node` 22), a third of a rebuild after one new capture; reading and parsing the same file
 * at run time took 4 s (both measured alone, the machine under load 6–10). This Vite plugin, in the build
 * only, gives the module as that read instead; the data, and so every page, are the same. It marks the module as content data, as Astro's
 * own does, so that Astro's incremental build leaves it out of every page's code hash (a page is rendered
 * again when its data changes, by its key: src/data/cache-keys.ts). With the chunked store
 * (`experimental.collectionStorage`) or without a store file, Astro's own module is used.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's id of the resolved module (`\0astro:data-layer-content`), and the store file's name in the cache folder. */
const RESOLVED_ID = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';

/**
 * The module's source: the store file read and parsed when the module runs. `stamp` says which state of the file
 * it reads (its size, modification time and inode): the bundler names the chunk by its content, and a process
 * that builds twice (the tests' build server) would otherwise import the first build's chunk again, Node keeping
 * modules by name, and render the second build's pages from the first build's store.
 */
export function storeModuleSource(file: string, stamp: string): string {
  return [
    "import { readFileSync } from 'node:fs';",
    `const file = ${JSON.stringify(file)};`,
    `const stamp = ${JSON.stringify(stamp)};`,
    'let text;',
    'try {',
    "  text = readFileSync(file, 'utf8');",
    '} catch (error) {',
    // Astro turns a failing store module into an empty store without a word: say it before it does.
    '  console.error(`letopis:store-module: cannot read the content store ${file} (${stamp}): ${error}. Delete the cache folder and build again.`);',
    '  throw error;',
    '}',
    'export default JSON.parse(text);',
    '',
  ].join('\n');
}

/** The Vite plugin giving the module as {@link storeModuleSource} of `file` while the file exists. */
function storePlugin(file: string): Plugin {
  return {
    name: 'letopis:store-module',
    enforce: 'pre',
    load(id) {
      if (id !== RESOLVED_ID || !existsSync(file)) return null;
      const { size, mtimeNs, ino } = statSync(file, { bigint: true });
      // Astro's mark of content data: left out of the pages' code hashes (incremental build).
      return {
        code: storeModuleSource(file, `${size} ${mtimeNs} ${ino}`),
        map: { mappings: '' },
        meta: { astroIncremental: { kind: 'content-data' } },
      };
    },
  };
}

/**
 * The integration: `integrations: [storeModule()]` in astro.config.mjs. Its plugin goes first among the build's
 * Vite plugins: Astro's own, which also runs before the others, would otherwise load the module first.
 */
export default function storeModule(): AstroIntegration {
  let file: string | undefined;
  return {
    name: 'letopis:store-module',
    hooks: {
      'astro:config:done': ({ config }) => {
        const storage = config.experimental.collectionStorage;
        file =
          storage === undefined || storage === 'single-file'
            ? fileURLToPath(new URL(STORE_FILE, config.cacheDir))
            : undefined;
      },
      'astro:build:setup': ({ vite }) => {
        if (file) vite.plugins = [storePlugin(file), ...(vite.plugins ?? [])];
      },
    },
  };
}
