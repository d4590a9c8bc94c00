import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, type BuildOptions, type BuildResult } from './build.ts';
import { copyProjectInput } from './temp.ts';

export interface VariantOptions extends BuildOptions {
  /** Files to write into the copied `content/` (path relative to it → text). */
  content?: Record<string, string>;
  /** Seed files to leave out of the copied `seeds/` (file names). */
  dropSeeds?: string[];
  /** Files under the copied `content/` to delete (paths relative to it). */
  dropContent?: string[];
}

/**
 * Builds a variant of the project's own input: `seeds/` and `content/` are copied into a temporary
 * fixture, changed as asked, and built with `buildArchive` (whose `env` option points it at the copy).
 */
export async function buildVariant(
  name: string,
  options: VariantOptions = {},
): Promise<BuildResult & { seedsDir: string }> {
  const { seeds: seedsDir, content: contentDir } = copyProjectInput(`${name}-fixture-`);
  for (const file of options.dropSeeds ?? []) rmSync(join(seedsDir, file));
  for (const file of options.dropContent ?? []) rmSync(join(contentDir, file));
  for (const [file, text] of Object.entries(options.content ?? {})) writeFileSync(join(contentDir, file), text);
  const result = await buildArchive(name, {
    ...options,
    env: { ...options.env, LETOPIS_SEEDS: seedsDir, LETOPIS_CONTENT: contentDir },
  });
  return { ...result, contentDir, seedsDir };
}
