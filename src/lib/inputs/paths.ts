import { isAbsolute, relative, resolve } from 'node:path';

/** Where the archive's input lives. Every path can be moved by an environment variable (tests build fixtures this way). */
export interface ArchivePaths {
  root: string;
  /** Raw captures: `LETOPIS_SEEDS` or `seeds/`. */
  seedsDir: string;
  /** Editorial content: `LETOPIS_CONTENT` or `content/`. */
  contentDir: string;
  /** Sidecars: `<content>/articles/`. */
  metadataDir: string;
  /** The permalink lock: `<content>/permalinks.json`. */
  lockFile: string;
}

export function archivePaths(
  root = process.cwd(),
  env: Record<string, string | undefined> = process.env,
): ArchivePaths {
  const contentDir = resolve(root, env.LETOPIS_CONTENT ?? 'content');
  return {
    root,
    seedsDir: resolve(root, env.LETOPIS_SEEDS ?? 'seeds'),
    contentDir,
    metadataDir: resolve(contentDir, 'articles'),
    lockFile: resolve(contentDir, 'permalinks.json'),
  };
}

/** A path as an editor would type it: relative to the project when inside it. */
export function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
