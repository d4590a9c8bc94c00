/**
 * performance (#20): the articles' paragraphs rendered to HTML, kept in Astro's cache folder as one file per
 * rendering, named by the content store's digest of the article entry (which covers everything the rendering
 * is made from: src/loaders/articles-loader.ts), instead of in the content store.
 *
 * In the store they were 34 MB of its 77 MB at 10,000 articles, and Astro parses and serialises the whole store
 * in every build (and the pages parse it again), while only the pages rendered again read a rendering: the
 * pages of new or changed articles. A file is written when its rendering is new and read when a page shows it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the renderings in Astro's cache folder `cacheDir`. */
export function renderingsFolder(cacheDir: URL): string {
  return fileURLToPath(new URL('letopis-renderings/', cacheDir));
}

/** A digest as Astro's `generateDigest` gives it (hex), or any name safe as a file name. */
const DIGEST = /^[0-9A-Za-z_-]{1,128}$/u;

/** The file of the rendering with `digest` in `folder`. */
export function renderingFile(folder: string, digest: string): string {
  if (!DIGEST.test(digest))
    throw new Error(`letopis: ${JSON.stringify(digest)} is not a content digest a rendering can be filed under`);
  return join(folder, `${digest}.html`);
}

/** Whether `folder` holds the rendering with `digest`. */
export function hasRendering(folder: string, digest: string): boolean {
  return existsSync(renderingFile(folder, digest));
}

/** Keeps `html` as the rendering with `digest` (written whole or not at all). */
export function keepRendering(folder: string, digest: string, html: string): void {
  mkdirSync(folder, { recursive: true });
  const file = renderingFile(folder, digest);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, html);
  renameSync(temporary, file);
}

/** The rendering with `digest`, as kept. */
export function readRendering(folder: string, digest: string): string {
  const file = renderingFile(folder, digest);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `letopis: the rendered paragraphs of an article are missing from the cache (${file}): the content sync keeps them; delete the cache folder and build again`,
      { cause: error },
    );
  }
}

/** Removes the renderings in `folder` whose digest is not in `keep` (and leftovers of interrupted writes); returns how many. */
export function pruneRenderings(folder: string, keep: ReadonlySet<string>): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.endsWith('.html') && keep.has(name.slice(0, -'.html'.length))) continue;
    rmSync(join(folder, name), { force: true, recursive: true });
    removed++;
  }
  return removed;
}

/**
 * The folder of this build's renderings, shared by every instance of this module: the loader (run from the
 * content config) names it, the pages (in the build's own bundle, in the same process) read from it.
 */
const shared = ((globalThis as { [key: symbol]: unknown })[Symbol.for('letopis.renderings')] ??= {}) as {
  folder?: string;
};

/** Names the folder the pages of this build read the renderings from (the articles loader does). */
export function useRenderingsFolder(folder: string): void {
  shared.folder = folder;
}

/** The rendering with `digest` for a page of this build. */
export function renderingForPage(digest: string): string {
  if (!shared.folder)
    throw new Error(
      'letopis: a page asked for an article rendering before the articles loader (src/loaders/articles-loader.ts) ran in this process; build with `npm run build`',
    );
  return readRendering(shared.folder, digest);
}
