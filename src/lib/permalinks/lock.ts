import { z } from 'zod';
import { compareText } from '../collate.ts';

/**
 * The page kinds that get permanent URLs. `pages` holds every other page a build published (the
 * home page, year pages such as `/articles/2019/` and `/en/articles/2019/`, index pages such as
 * `/people/`), keyed by the path itself: letopis:lock records them after a successful build.
 */
export const pageKinds = ['articles', 'people', 'organizations', 'events', 'places', 'topics', 'pages'] as const;
export type PageKind = (typeof pageKinds)[number];

/**
 * `content/permalinks.json`: every path ever published, per page kind, keyed by the entry's id.
 * A path in the lock is never changed or dropped by a build; moving a page means adding a redirect.
 */
export const permalinkLock = z.strictObject(
  Object.fromEntries(
    pageKinds.map((kind) => [kind, z.record(z.string(), z.string().regex(/^\/(?:[a-z0-9/-]*\/)?$/u)).default({})]),
  ) as {
    [K in PageKind]: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
  },
);
export type PermalinkLock = z.infer<typeof permalinkLock>;

export const emptyLock = (): PermalinkLock => permalinkLock.parse({});

/** An entry that wants a permanent path: its id and the path its current data would give it. */
export interface PathRequest {
  id: string;
  /** The path this entry would get if it were new, e.g. `/articles/2019/some-title/`. */
  wanted: string;
  /** A deterministic suffix that tells it apart when another entry wants the same path. */
  disambiguator: string;
}

export interface PathResolution {
  /** id → the path it is published at. */
  paths: Map<string, string>;
  /** The lock with the new paths added, keys sorted. */
  lock: PermalinkLock;
  /** Paths given for the first time in this build. */
  added: Array<{ id: string; path: string }>;
  /** Locked entries whose path the current data would change (kept, reported for information). */
  drifted: Array<{ id: string; locked: string; wanted: string }>;
}

const withSuffix = (path: string, suffix: string) => path.replace(/\/$/u, `-${suffix}/`);

/**
 * Gives each entry of one page kind its permanent path: the locked one if it has one, else the
 * wanted one, else (when another entry holds it) the wanted one with the entry's disambiguator.
 */
export function resolvePaths(kind: PageKind, requests: PathRequest[], lock: PermalinkLock): PathResolution {
  const locked = lock[kind];
  const taken = new Map(Object.entries(locked).map(([id, path]) => [path, id]));
  const paths = new Map<string, string>();
  const added: PathResolution['added'] = [];
  const drifted: PathResolution['drifted'] = [];
  const fresh: PathRequest[] = [];
  for (const request of requests) {
    const path = locked[request.id];
    if (path === undefined) fresh.push(request);
    else {
      paths.set(request.id, path);
      if (path !== request.wanted && !path.startsWith(request.wanted.replace(/\/$/u, '-'))) {
        drifted.push({ id: request.id, locked: path, wanted: request.wanted });
      }
    }
  }
  // New entries that collide with each other all get their disambiguator: the result does not depend on order.
  const wantedCount = new Map<string, number>();
  for (const r of fresh) wantedCount.set(r.wanted, (wantedCount.get(r.wanted) ?? 0) + 1);
  for (const request of [...fresh].sort((a, b) => compareText()(a.id, b.id))) {
    const clash = taken.has(request.wanted) || wantedCount.get(request.wanted)! > 1;
    const path = clash ? withSuffix(request.wanted, request.disambiguator) : request.wanted;
    if (taken.has(path)) throw new Error(`two entries of ${kind} claim ${path}: ${taken.get(path)} and ${request.id}`);
    taken.set(path, request.id);
    paths.set(request.id, path);
    added.push({ id: request.id, path });
  }
  const next = {
    ...lock,
    [kind]: Object.fromEntries(
      [...Object.entries(locked), ...added.map((a) => [a.id, a.path])].sort(([a], [b]) => compareText()(a, b)),
    ),
  };
  return { paths, lock: next, added, drifted };
}
