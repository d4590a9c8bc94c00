import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { buildArticles, type InputFile } from '../lib/archive/build-articles.ts';
import { t } from '../lib/i18n/strings.ts';
import { emptyLock, permalinkLock, type PermalinkLock } from '../lib/permalinks/lock.ts';
import { ProblemsError } from '../lib/problems.ts';
import { renderArticleHtml } from '../lib/render/article-html.ts';
import rehypeParagraphAnchors from '../plugins/rehype-paragraph-anchors.ts';
import type { ArchivePaths } from '../lib/archive/paths.ts';

/** File endings read as captures. */
const CAPTURE_FILE = /\.(?:txt|md)$/iu;

/** A path as an editor would type it: relative to the project when inside it. */
function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Input problems are reported as a list an editor can work through, not as a crash with a stack trace. */
function problemsFailure(error: ProblemsError): AstroError {
  const failure = new AstroError(error.message, 'Fix each file listed above, then build again. Nothing was published.');
  failure.stack = '';
  return failure;
}

function readDir(dir: string, pattern: RegExp, root: string): InputFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ path: displayPath(root, join(dir, name)), bytes: readFileSync(join(dir, name)) }));
}

function readLock(file: string, root: string): PermalinkLock {
  if (!existsSync(file)) return emptyLock();
  try {
    return permalinkLock.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`${displayPath(root, file)} is not a valid permalink lock. Restore it from git (git checkout -- ${displayPath(root, file)}); never edit published paths by hand.`, { cause: error });
  }
}

/**
 * The `articles` collection: reads the captures and their sidecars, merges them, fixes each
 * article's permanent path (recording new ones in the lock) and renders its paragraphs.
 */
export function articlesLoader(paths: ArchivePaths): Loader {
  return {
    name: 'letopis-articles',
    load: async ({ store, logger, generateDigest }) => {
      const lock = readLock(paths.lockFile, paths.root);
      const result = buildArticles({
        captures: readDir(paths.seedsDir, CAPTURE_FILE, paths.root),
        sidecars: readDir(paths.metadataDir, /\.ya?ml$/iu, paths.root),
        lock,
        lockPath: displayPath(paths.root, paths.lockFile),
      });
      if (result.problems.length > 0) throw problemsFailure(new ProblemsError(result.problems));
      if (result.added.length > 0) {
        writeFileSync(paths.lockFile, `${JSON.stringify(result.lock, null, 2)}\n`);
        for (const { id, path } of result.added) logger.info(`new permanent URL ${path} for ${id} (recorded in ${displayPath(paths.root, paths.lockFile)}: commit it)`);
      }
      store.clear();
      for (const article of result.articles) {
        const strings = t(article.language === 'en' ? 'en' : 'ru');
        const html = await renderArticleHtml(article.paragraphs, [[rehypeParagraphAnchors, { label: strings.paragraphAnchor }]]);
        store.set({ id: article.id, data: { ...article }, digest: generateDigest(article.sha256 + JSON.stringify(article)), rendered: { html } });
      }
    },
  };
}
