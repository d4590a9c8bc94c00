/**
 * The search page's facets as DOM: one select per facet the index has, each option with this search's page
 * count. Loaded by `search.ts` only when the facets first show (a first search does without them).
 */
import { facetParam, facets, type Facet } from '../lib/search/query.ts';
import { compareText } from '../lib/collate.ts';
import type { Config, Counts } from './search-pagefind.ts';

/** The name shown for a facet's value: a kind or language by the UI strings, anything else by `labels`. */
export function valueLabel(
  config: Config,
  labels: Readonly<Record<string, string>>,
  facet: Facet,
  value: string,
): string {
  return facet === 'kind'
    ? (config.strings.kinds[value] ?? value)
    : facet === 'language'
      ? (config.languages[value] ?? value)
      : (labels[value] ?? value);
}

/**
 * Fills `facetList` with one select per facet `available` has, options with `counts`; the chosen value
 * (`chosen`) is always kept. `label` names a value.
 */
export function renderFacets(
  facetList: HTMLElement,
  available: Counts,
  counts: Counts,
  chosen: Partial<Record<Facet, string>>,
  strings: Pick<Config['strings'], 'any' | 'facets'>,
  label: (facet: Facet, value: string) => string,
): void {
  // The select just used is replaced too: its successor takes the focus, so a keyboard reader keeps their place.
  const focused = (document.activeElement as HTMLElement | null)?.dataset.facet;
  facetList.replaceChildren();
  for (const facet of facets) {
    const values = Object.keys(available[facet] ?? {});
    if (values.length === 0) continue;
    const wrapper = document.createElement('label');
    wrapper.textContent = strings.facets[facet];
    const select = document.createElement('select');
    select.name = facetParam[facet];
    select.dataset.facet = facet;
    select.append(new Option(strings.any, ''));
    const sorted = values.sort((a, b) =>
      facet === 'year'
        ? compareText()(b, a)
        : compareText(document.documentElement.lang || 'ru')(label(facet, a), label(facet, b)),
    );
    for (const value of sorted) {
      const n = counts[facet]?.[value] ?? 0;
      select.append(new Option(`${label(facet, value)} (${n})`, value));
    }
    select.value = chosen[facet] ?? '';
    wrapper.append(select);
    facetList.append(wrapper);
    if (facet === focused) select.focus();
  }
}
