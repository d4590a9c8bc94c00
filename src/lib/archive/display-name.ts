/**
 * A registry entity's or topic's name in an interface language. English pages show the registry's
 * English name; a name known only in Cyrillic is romanized (ALA-LC, src/lib/i18n/romanize.ts), never
 * shown in Cyrillic alone to a reader of the English interface.
 */
import type { UiLanguage } from '../i18n/dates.ts';
import { romanize } from '../i18n/romanize.ts';

/** The names a registry entry may have (every entity has `ru`; `en` may be missing on a provisional one). */
export interface Names {
  ru: string;
  en?: string | undefined;
  be?: string | undefined;
}

/** The name shown in `ui`: Russian, or English (else the Russian name romanized). */
export function displayName(names: Names, ui: UiLanguage): string {
  if (ui === 'ru') return names.ru;
  return names.en ?? romanize(names.ru, 'ru');
}
