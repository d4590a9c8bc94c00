/**
 * The search's state as it lives in the address bar, so a search can be shared and cited:
 * `/search/?q=Лукашенко&lang=ru&year=2022&sort=newest`. Pure functions, shared by the browser script
 * and the unit tests.
 */

/** Facets a result list can be narrowed by, in display order: Pagefind filter names. */
export const facets = [
  'kind',
  'language',
  'year',
  'outlet',
  'person',
  'organization',
  'event',
  'place',
  'topic',
] as const;
export type Facet = (typeof facets)[number];

/** The URL parameter of each facet (`lang` is shorter and conventional for `language`). */
export const facetParam: Record<Facet, string> = {
  kind: 'kind',
  language: 'lang',
  year: 'year',
  outlet: 'outlet',
  person: 'person',
  organization: 'organization',
  event: 'event',
  place: 'place',
  topic: 'topic',
};

export const sorts = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof sorts)[number];

export interface SearchState {
  /** The query as typed (trimmed). */
  q: string;
  /** Chosen value of each facet; a facet not chosen is absent. */
  filters: Partial<Record<Facet, string>>;
  sort: Sort;
}

/** A query as searched and kept in the URL: runs of white space made one space, trimmed. */
export const normaliseQuery = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Reads the state from a query string (`?q=…&lang=ru`). Unknown parameters and empty values are ignored. */
export function parseSearchParams(params: URLSearchParams | string): SearchState {
  const p = typeof params === 'string' ? new URLSearchParams(params) : params;
  const filters: SearchState['filters'] = {};
  for (const facet of facets) {
    const value = p.get(facetParam[facet])?.trim();
    if (value) filters[facet] = value;
  }
  const sort = p.get('sort');
  return {
    q: normaliseQuery(p.get('q') ?? ''),
    filters,
    sort: (sorts as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'relevance',
  };
}

/** Writes the state as a query string, `q` first, then facets in display order; defaults are left out. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const facet of facets) {
    const value = state.filters[facet];
    if (value) p.set(facetParam[facet], value);
  }
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  return p;
}

/** Pagefind's `search()` options for a state. */
export function pagefindOptions(state: SearchState): {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
} {
  const filters: Record<string, string> = {};
  for (const [facet, value] of Object.entries(state.filters)) if (value) filters[facet] = value;
  if (state.sort === 'relevance') return { filters };
  return { filters, sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } };
}

/** Whether a state asks for anything: a query, or at least one filter (Pagefind can list by filter alone). */
export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0;
}
