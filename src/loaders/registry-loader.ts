import type { Loader } from 'astro/loaders';
import type { ArchivePaths } from '../lib/inputs/paths.ts';
import type { RegistryKind } from '../lib/archive/registry-paths.ts';
import { renderEditorial } from '../lib/render/editorial.ts';
import { holdingSaves } from './hold-saves.ts';
import { loadArchive } from './load-archive.ts';

/**
 * One registry collection (`people`, `organizations`, `events`, `places` or `topics`): its entries
 * with their permanent paths; a topic's description rendered as editorial Markdown: sanitised, never
 * raw HTML or MDX code (src/lib/render/editorial.ts; raw HTML is refused when the registry is read).
 */
export function registryLoader(kind: RegistryKind, paths: ArchivePaths): Loader {
  return {
    name: `letopis-${kind}`,
    load: ({ store, logger, generateDigest, parseData, config, meta }) =>
      holdingSaves(meta, async () => {
        const { archive } = await loadArchive(paths, logger, config.cacheDir);
        store.clear();
        const entries =
          kind === 'topics' ? archive.registry.topics : archive.registry.entities.filter((e) => e.collection === kind);
        for (const entry of entries) {
          const permalink = archive.registryPaths.get(`${kind}/${entry.id}`)!;
          const data = await parseData({ id: entry.id, data: { ...entry, permalink } });
          const rendered = 'body' in entry && entry.body ? { html: renderEditorial(entry.body) } : undefined;
          store.set({
            id: entry.id,
            data,
            digest: generateDigest(JSON.stringify(data)),
            ...(rendered && { rendered }),
          });
        }
      }),
  };
}
