import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './seeds.ts';

/** A fresh folder under test/.tmp (git-ignored, so created here on a clean checkout). */
export function tempDir(prefix: string): string {
  mkdirSync(join(root, 'test/.tmp'), { recursive: true });
  return mkdtempSync(join(root, 'test/.tmp', prefix));
}

/** A private copy of the project's seeds/ and content/ (registry, sidecars, lock), so a test may change or build them. */
export function copyProjectInput(prefix: string): { dir: string; seeds: string; content: string } {
  const dir = tempDir(prefix);
  cpSync(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true });
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  return { dir, seeds: join(dir, 'seeds'), content: join(dir, 'content') };
}
