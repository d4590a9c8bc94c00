/** Test helper: small hand-made registries for unit tests. Not used by production code. */
import type { Entity } from './schema.ts';

/** A registry person with Russian and English names. */
export function testPerson(
  id: string,
  ru: { given: string; patronymic?: string; surname: string },
  en: { given: string; surname: string },
  gender: 'male' | 'female' = 'male',
): Entity {
  return {
    collection: 'people',
    id,
    ref: `people/${id}`,
    file: `people/${id}.yaml`,
    names: { ru: `${ru.given} ${ru.surname}`, en: `${en.given} ${en.surname}` },
    aliases: [],
    acronyms: [],
    links: [],
    role: { ru: 'роль', en: 'role' },
    givenName: { ru: ru.given, en: en.given },
    ...(ru.patronymic ? { patronymic: { ru: ru.patronymic } } : {}),
    surname: { ru: ru.surname, en: en.surname },
    gender,
  };
}

/** A registry organisation. */
export function testOrganization(
  id: string,
  names: { ru: string; en: string },
  aliases: string[] = [],
  acronyms: string[] = [],
  periods: Array<{ from?: number; to?: number; names: { ru?: string; en?: string }; aliases?: string[] }> = [],
): Entity {
  return {
    collection: 'organizations',
    kind: 'other',
    id,
    ref: `organizations/${id}`,
    file: `organizations/${id}.yaml`,
    names,
    aliases,
    acronyms,
    links: [],
    periods: periods.map((p) => ({ aliases: [], acronyms: [], ...p })),
  };
}
