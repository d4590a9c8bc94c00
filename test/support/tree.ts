import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, as sorted paths relative to it (`articles/2019/x/index.html`). */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files.sort();
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Each file's sha256, by relative path. */
export function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, sha256(readFileSync(join(dir, file)))]));
}

/** Each file's sha256, size and modification time, by relative path: what a "nothing was written" check compares. */
export function snapshotTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((file) => {
      const stat = statSync(join(dir, file));
      return [file, `${sha256(readFileSync(join(dir, file)))} ${stat.size} B mtime ${stat.mtimeMs}`];
    }),
  );
}
