import type { APIRoute } from 'astro';
import { textParts, titleLine } from '../lib/views/display-title.ts';
import type { UiLanguage } from '../lib/i18n/dates.ts';
import { getArchiveIndex, nameOf } from './registry.ts';

/**
 * `/search/facet-names.json` (and `/en/…`): the name of every registry entity and topic by its ref
 * (`people/lukashenko` → "Александр Лукашенко", on /en/ "Alexander Lukashenko"), in one interface
 * language; on /en/ also each outlet named in Cyrillic, with its romanization (`Зеркало` →
 * "Зеркало (Zerkalo)"). Search filter values are refs and outlets as the sidecars give them; the search
 * page shows them by name, and fetches this only when the reader opens the facets, so that a first
 * search does not download the whole registry's names.
 */
export function facetNamesRoute(ui: UiLanguage): APIRoute {
  return async () => {
    const index = await getArchiveIndex();
    const outlets = index.articles.flatMap(({ data: a }) => (a.outlet ? [textParts(a.outlet, a.language, ui)] : []));
    const names = Object.fromEntries([
      ...[...index.entities].map(([ref, entity]) => [ref, nameOf(entity, ui)]),
      ...index.topics.map((topic) => [`topics/${topic.id}`, nameOf(topic.data, ui)]),
      ...outlets.filter((outlet) => outlet.romanized).map((outlet) => [outlet.original.text, titleLine(outlet)]),
    ]);
    return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json' } });
  };
}
