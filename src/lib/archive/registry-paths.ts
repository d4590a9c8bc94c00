import type { Registry } from '../entities/index.ts';
import { entityKinds } from '../entities/kinds.ts';
import { resolvePaths, type PageKind, type PermalinkLock } from '../permalinks/lock.ts';
import { slugFromTitle } from '../permalinks/slug.ts';
import type { Problem } from '../problems.ts';

/** The page kinds of the registry, each at `/<kind>/<slug>/`. */
export const registryKinds = [...entityKinds, 'topics'] as const satisfies readonly PageKind[];
export type RegistryKind = (typeof registryKinds)[number];

export interface RegistryPaths {
  /** `people/lukashenko` → `/people/lukashenko/` (also `topics/<id>`). */
  paths: Map<string, string>;
  lock: PermalinkLock;
  added: Array<{ id: string; path: string }>;
  problems: Problem[];
}

/**
 * Gives every entity and topic its permanent path (`/people/<slug>/` …) through the same lock as
 * articles: a path once published stays, and an entity that disappears from the registry is a problem.
 */
export function registryPaths(
  registry: Registry,
  lock: PermalinkLock,
  lockPath: string,
  present: (kind: RegistryKind, id: string) => boolean = () => false,
  kept: ReadonlySet<string> = new Set(),
): RegistryPaths {
  const paths = new Map<string, string>();
  const added: RegistryPaths['added'] = [];
  const problems: Problem[] = [];
  let next = lock;
  for (const kind of registryKinds) {
    const ids =
      kind === 'topics'
        ? registry.topics.map((t) => t.id)
        : registry.entities.filter((e) => e.collection === kind).map((e) => e.id);
    const resolution = resolvePaths(
      kind,
      ids.map((id) => ({ id, wanted: `/${kind}/${slugFromTitle(id)}/`, disambiguator: id })),
      next,
    );
    next = resolution.lock;
    for (const [id, path] of resolution.paths) paths.set(`${kind}/${id}`, path);
    added.push(...resolution.added.map((a) => ({ id: `${kind}/${a.id}`, path: a.path })));
    const listed = new Set(ids);
    for (const [id, path] of Object.entries(lock[kind])) {
      // A file that is there but has problems is reported by the registry; a page that is gone but whose
      // path is kept (`kept`) keeps working: a path redirected in content/redirects.yaml (a registry entry
      // merged into another), or a provisional page no longer proposed (src/lib/permanence/provisional.ts).
      if (!listed.has(id) && !present(kind, id) && !kept.has(path)) {
        problems.push({
          file: lockPath,
          message: `${kind}/${id} was published at ${path} but is gone from content/${kind}/`,
          fix: `restore content/${kind}/${id}${kind === 'topics' ? '.mdx' : '.yaml'}, or add "- from: ${path}" with "to:" the page that replaces it to content/redirects.yaml (a provisional page of a rejected name is redirected the same way); a published URL must keep working`,
        });
      }
    }
  }
  return { paths, lock: next, added, problems };
}
