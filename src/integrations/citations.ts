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
 * this build's, so they are not pruned as left over. `astro dev` serves the same files from
 * `src/pages/citations/[file].ts`.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { citationFiles, recordIn } from '../lib/cite/citation-files.ts';

/**
 * Writes the citation files of every article page under `<outDir>/articles/` (the Russian-interface
 * copies: the `/en/` copies carry the same record) into `<outDir>/citations/`, leaving a file whose text
 * is already there as it is. Returns every citation file the pages name, written or left.
 */
export function writeCitationFiles(outDir: string): { files: string[]; written: number } {
  const dir = join(outDir, 'citations');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let written = 0;
  const pages = join(outDir, 'articles');
  const names = existsSync(pages) ? readdirSync(pages, { recursive: true, encoding: 'utf8' }) : [];
  for (const name of names.filter((n) => n.endsWith('index.html')).sort()) {
    const page = join(pages, name);
    const record = recordIn(readFileSync(page, 'utf8'), page);
    if (!record) continue;
    for (const [file, text] of citationFiles(record)) {
      const path = join(dir, file);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        writeFileSync(path, text);
        written++;
      }
      files.push(path);
    }
  }
  return { files, written };
}

/**
 * The Astro integration. `keep` receives every citation file of this build, so that the output folder's
 * finisher does not prune those a rebuild left as they were (`output.keep` in astro.config.mjs).
 */
export default function citations({ keep }: { keep: (files: Iterable<string>) => void }): AstroIntegration {
  return {
    name: 'letopis:citations',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { files, written } = writeCitationFiles(fileURLToPath(dir));
        keep(files);
        logger.info(`${files.length} citation files, ${written} written`);
      },
    },
  };
}
