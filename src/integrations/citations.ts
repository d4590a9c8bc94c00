/**
 * Publishes each article's reference as files a reference manager imports (`letopis:citations`):
 * `<outDir>/citations/<capture id>.bib`, `.ris` and `.json`, rendered from the citation record that every
 * article page carries (`#citation-record`, CitePanel.astro; read by src/lib/cite/citation-files.ts), so a file
 * says exactly what its page says.
 *
 * performance: as Astro routes (three per article), these files cost as much as the article pages
 * themselves: at 10,000 articles, 13 s of a 90 s build for 30,000 files of a few hundred bytes
 * (`npm run bench`). Written here, 2–5 s. A rebuild reads every article page again but writes only the
 * files whose text changed, and tells the output folder's finisher (output.ts) that the others are still
 * this build's, so they are not pruned as left over. With a cache file (in Astro's cache folder), a page left in
 * place since the last build (Astro reused it) is not read again: the names of its files are kept there, by the
 * page's stamp (file-memo.ts). `astro dev` serves the same files from `src/pages/citations/[file].ts`.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { citationFiles, recordIn } from '../lib/cite/citation-files.ts';
import { openFileMemo } from '../lib/output/file-memo.ts';

/**
 * Writes the citation files of every article page under `<outDir>/articles/` (the Russian-interface
 * copies: the `/en/` copies carry the same record) into `<outDir>/citations/`, leaving a file whose text
 * is already there as it is. Returns every citation file the pages name, written or left.
 */
export function writeCitationFiles(outDir: string, cacheFile?: string): { files: string[]; written: number } {
  const dir = join(outDir, 'citations');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let written = 0;
  /** Writes the files of the page's record whose text is not already there; returns the names of all of them. */
  const publish = (page: string): string[] => {
    const record = recordIn(readFileSync(page, 'utf8'), page);
    if (!record) return [];
    return [...citationFiles(record)].map(([file, text]) => {
      const path = join(dir, file);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        writeFileSync(path, text);
        written++;
      }
      return file;
    });
  };
  const memo = openFileMemo(cacheFile, {
    format: 'letopis-citation-pages/1',
    schema: z.array(z.string()),
    what: 'The citation files of a page',
  });
  const pages = join(outDir, 'articles');
  const names = existsSync(pages) ? readdirSync(pages, { recursive: true, encoding: 'utf8' }) : [];
  for (const name of names.filter((n) => n.endsWith('index.html')).sort()) {
    const page = join(pages, name);
    let published = memo.get(page, publish);
    // a file gone since the page was read (the folder was changed by hand) is written again
    if (published.some((file) => !existsSync(join(dir, file)))) published = publish(page);
    files.push(...published.map((file) => join(dir, file)));
  }
  memo.save();
  return { files, written };
}

/** In Astro's cache folder: the names of each article page's citation files, by the page's stamp. */
const CACHE_FILE = 'letopis-citation-pages';

/**
 * The Astro integration. `keep` receives every citation file of this build, so that the output folder's
 * finisher does not prune those a rebuild left as they were (`output.keep` in astro.config.mjs).
 */
export default function citations({ keep }: { keep: (files: Iterable<string>) => void }): AstroIntegration {
  let cacheFile: string | undefined;
  return {
    name: 'letopis:citations',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheFile = fileURLToPath(new URL(CACHE_FILE, config.cacheDir));
      },
      'astro:build:done': ({ dir, logger }) => {
        const { files, written } = writeCitationFiles(fileURLToPath(dir), cacheFile);
        keep(files);
        logger.info(`${files.length} citation files, ${written} written`);
      },
    },
  };
}
