import type { Loader } from 'astro/loaders';
import type { ArchivePaths } from '../lib/inputs/paths.ts';
import { t } from '../lib/i18n/strings.ts';
import { renderArticleHtml } from '../lib/render/article-html.ts';
import {
  hasRendering,
  keepRendering,
  pruneRenderings,
  renderingsFolder,
  useRenderingsFolder,
} from '../lib/render/rendering-store.ts';
import { withBase } from '../lib/url.ts';
import rehypeMentions from '../plugins/rehype-mentions.ts';
import rehypeParagraphAnchors from '../plugins/rehype-paragraph-anchors.ts';
import { holdingSaves } from './hold-saves.ts';
import { loadArchive } from './load-archive.ts';

/**
 * The shape of the HTML an article renders to (renderArticleHtml and the rehype plugins below), part of every
 * entry's digest: raise it when that markup changes, or a build with a warm cache keeps the old renderings
 * (2: the ¶ link in `span.paragraph-tools`; 3: kept in files beside the store, not in it).
 */
const RENDERING = 3;

/**
 * The `articles` collection: one entry per capture, enriched, with its paragraphs rendered to HTML
 * (mention links, paragraph anchors). An entry whose content digest is unchanged keeps its rendering.
 *
 * performance (#20): the renderings are kept beside the store, one file each under the entry's digest
 * (src/lib/render/rendering-store.ts), and a page reads its own (`renderingForPage`): in the store they were
 * nearly half of what Astro parses and serialises whole in every build, and only the pages rendered again
 * read them. The digest covers everything a rendering is made from, so a file is never stale.
 *
 * performance: entries are stored as readArchive built them, without `parseData`. The collection's schema
 * (`archivedArticle`, src/lib/archive/article.ts) types them, and it is what the library's own `Article` type
 * is inferred from, so the compiler checks that readArchive builds exactly that shape; every input is checked
 * where it is read (sidecars, registry, captures). Checking each entry again costs about 0.1 ms (1–1.5 s per
 * 10,000 articles on the project's machine, a quarter of rendering their paragraphs) and finds nothing the
 * compiler has not; `src/lib/archive/article.test.ts` checks that built articles pass the schema as they are.
 */
export function articlesLoader(paths: ArchivePaths): Loader {
  return {
    name: 'letopis-articles',
    // The archive is read for seconds before anything is stored: Astro's interim saves are held (hold-saves.ts),
    // by every loader that reads it, as any of them may be the one that starts the reading.
    load: ({ store, logger, generateDigest, config, meta }) =>
      holdingSaves(meta, async () => {
        const { archive } = await loadArchive(paths, logger, config.cacheDir);
        const folder = renderingsFolder(config.cacheDir);
        useRenderingsFolder(folder);
        const digests = new Set<string>();
        const ids = new Set(archive.articles.map((a) => a.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const article of archive.articles) {
          // The rendering reads the registry only for the paths of the entities the article names: a change
          // elsewhere in the registry (a provisional entity a new capture brought) renders no other article again.
          const links = [...new Set(article.mentions.map((m) => m.entity))].map((ref) => [
            ref,
            archive.registryPaths.get(ref),
          ]);
          const digest = generateDigest(
            `${RENDERING}\n${config.base}\n${JSON.stringify(links)}\n${JSON.stringify(article)}`,
          );
          digests.add(digest);
          if (store.get(article.id)?.digest === digest && hasRendering(folder, digest)) continue;
          const html = await renderArticleHtml(article.paragraphs, [
            [
              rehypeMentions,
              {
                mentions: article.mentions,
                href: (ref: string) => withBase(config.base, archive.registryPaths.get(ref)!),
              },
            ],
            [rehypeParagraphAnchors, { label: t(article.language === 'en' ? 'en' : 'ru').paragraphAnchor }],
          ]);
          keepRendering(folder, digest, html);
          store.set({ id: article.id, data: { ...article }, digest });
        }
        pruneRenderings(folder, digests);
      }),
  };
}
