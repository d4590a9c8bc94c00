/**
 * The identity of the archive being built, read once from `<content>/archive.yaml` (the content folder as
 * `archivePaths` finds it: `LETOPIS_CONTENT` or `content/`). Pages and interface strings read it from here.
 */
import { archivePaths } from '../inputs/paths.ts';
import { readIdentity } from './read.ts';
import type { ArchiveIdentity, InterfaceLanguage } from './schema.ts';

let cached: { dir: string; identity: ArchiveIdentity } | undefined;

/** The archive's identity (memoised per content folder). */
export function currentIdentity(): ArchiveIdentity {
  const dir = archivePaths().contentDir;
  if (cached?.dir !== dir) cached = { dir, identity: readIdentity(dir) };
  return cached.identity;
}

/** A localized identity text in `lang`, else in the archive's default language. */
export function identityText(
  text: Partial<Record<InterfaceLanguage, string>> | undefined,
  lang: InterfaceLanguage,
): string | undefined {
  return text?.[lang] ?? text?.[currentIdentity().languages[0]!];
}
