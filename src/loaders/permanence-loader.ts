import type { Loader } from 'astro/loaders';
import type { ArchivePaths } from '../lib/inputs/paths.ts';
import { holdingSaves } from './hold-saves.ts';
import { loadArchive } from './load-archive.ts';
import { PERMANENCE_ENTRY } from './permanence-schema.ts';

/**
 * The `permanence` collection: one entry, the redirects, withdrawals and lock of this build's reading of the
 * archive (the same reading the articles and the registry come from), so that no page reads those files again.
 */
export function permanenceLoader(paths: ArchivePaths): Loader {
  return {
    name: 'letopis-permanence',
    load: ({ store, logger, generateDigest, parseData, config, meta }) =>
      holdingSaves(meta, async () => {
        const { permanence, lock } = await loadArchive(paths, logger, config.cacheDir);
        // The line numbers are for messages; a page has no use for them.
        const unlocated = <T extends { line?: number }>({ line: _line, ...entry }: T) => entry;
        const data = await parseData({
          id: PERMANENCE_ENTRY,
          data: {
            redirects: permanence.redirects.map(unlocated),
            withdrawals: permanence.withdrawals.map(unlocated),
            lock,
            retiredProvisional: permanence.retiredProvisional,
          },
        });
        store.clear();
        store.set({ id: PERMANENCE_ENTRY, data, digest: generateDigest(JSON.stringify(data)) });
      }),
  };
}
