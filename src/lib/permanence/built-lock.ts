/**
 * After a build: every path of the lock is a page of the built site, and every other page the build
 * published (year pages, index pages, the home page …) joins the lock under `pages`. Pure: the
 * integration (letopis:lock) lists the built pages.
 */
import { pageKinds, type PermalinkLock } from '../permalinks/lock.ts';
import type { Problem } from '../problems.ts';

/** A path the lock can hold (the lock's own rule). */
const LOCKABLE = /^\/(?:[a-z0-9/-]*\/)?$/u;

export interface BuiltLock {
  lock: PermalinkLock;
  /** Pages recorded for the first time. */
  added: string[];
  problems: Problem[];
}

/**
 * @param built every page path of the built site (`/articles/2019/`, without the base)
 * @param retired redirect sources and tombstones: pages that stand for a retired path, never recorded as pages
 */
export function lockBuiltPages(
  lock: PermalinkLock,
  built: ReadonlySet<string>,
  retired: ReadonlySet<string>,
  lockFile: string,
): BuiltLock {
  const problems: Problem[] = [];
  const owned = new Set<string>();
  for (const kind of pageKinds) {
    if (kind === 'pages') continue;
    for (const path of Object.values(lock[kind])) owned.add(path).add(`/en${path}`);
  }
  for (const kind of pageKinds) {
    for (const [id, path] of Object.entries(lock[kind])) {
      if (built.has(path)) continue;
      problems.push({
        file: lockFile,
        message:
          kind === 'pages'
            ? `the page ${path} was published, but this build does not produce it`
            : `${kind} "${id}" was published at ${path}, but this build does not produce that page`,
        fix: `a published URL must keep working: restore what made the page, or add a redirect to the page that replaces it in content/redirects.yaml (- from: ${path}  to: …)${kind === 'articles' ? ' or withdraw the article in content/withdrawn.yaml' : ''}`,
      });
    }
  }
  const fresh = [...built]
    .filter((path) => LOCKABLE.test(path) && !owned.has(path) && !retired.has(path) && lock.pages[path] === undefined)
    .sort();
  const pages = Object.fromEntries(
    [...Object.entries(lock.pages), ...fresh.map((path) => [path, path] as const)].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    ),
  );
  return { lock: { ...lock, pages }, added: fresh, problems };
}
