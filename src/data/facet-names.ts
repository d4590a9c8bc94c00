import type { APIRoute } from 'astro';
import type { UiLanguage } from '../lib/i18n/dates.ts';
import { getArchiveIndex, nameOf } from './registry.ts';

/**
 * `/search/facet-names.json` (and `/en/…`): the name of every registry entity and topic by its ref
 * (`people/lukashenko` → "Александр Лукашенко"), in one interface language. Search filter values are
 * refs; the search page shows them by name, and fetches this only when the reader opens the facets, so
 * that a first search does not download the whole registry's names.
 */
export function facetNamesRoute(ui: UiLanguage): APIRoute {
  return async () => {
    const index = await getArchiveIndex();
    const names = Object.fromEntries([
      ...[...index.entities].map(([ref, entity]) => [ref, nameOf(entity, ui)]),
      ...index.topics.map((topic) => [`topics/${topic.id}`, nameOf(topic.data, ui)]),
    ]);
    return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json' } });
  };
}
