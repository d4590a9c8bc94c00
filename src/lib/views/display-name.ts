/**
 * A registry entity's or topic's name in an interface language. English pages show the registry's
 * English name; a name known only in Cyrillic is romanized (ALA-LC, src/lib/i18n/romanize.ts), never
 * shown in Cyrillic alone to a reader of the English interface.
 */
import type { UiLanguage } from '../i18n/dates.ts';
import { hasCyrillic, romanize } from '../i18n/romanize.ts';

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

/**
 * The language of a name of unknown language (an alias, an acronym), for its `lang` attribute: Belarusian
 * when it has a letter Russian lacks (`і`, `ў`), Russian when it is otherwise Cyrillic, else English.
 */
export const nameLanguage = (name: string): 'ru' | 'be' | 'en' =>
  /[іўІЎ]/u.test(name) ? 'be' : hasCyrillic(name) ? 'ru' : 'en';
