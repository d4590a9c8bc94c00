/**
 * The search page in the browser: loads Pagefind (`search-pagefind.ts`), runs the search in the URL on
 * load and on every change, and renders results (`search-result.ts`) as plain DOM (no HTML strings from
 * the index). The facets (`search-facets.ts`, a chunk of its own) load only when the reader opens them
 * (or the URL has chosen one): listing them fetches every filter chunk of the index, a third of a first
 * search's bytes at 10,000 articles.
 */
import {
  hasSearch,
  normaliseQuery,
  pagefindOptions,
  parseSearchParams,
  toSearchParams,
  type Facet,
  type SearchState,
} from '../lib/search/query.ts';
import { disclosureIn } from './search-disclosure.ts';
import { SearchSource, type Config, type Counts, type Pagefind, type ResultData } from './search-pagefind.ts';
import { fill, renderResult as renderResultItem } from './search-result.ts';

/** Wires up the search page (`SearchPage.astro`). */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('.search-page');
  const data = document.getElementById('search-config');
  if (!root || !data) return;
  const config = JSON.parse(data.textContent!) as Config;
  const s = config.strings;
  const form = root.querySelector<HTMLFormElement>('form.search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const facetBox = form.querySelector<HTMLFieldSetElement>('.search-facets')!;
  const facetList = form.querySelector<HTMLElement>('.search-facet-list')!;
  const refine = disclosureIn(facetBox.querySelector('legend')!, facetList);
  const clear = form.querySelector<HTMLButtonElement>('.search-clear')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const nothing = root.querySelector<HTMLElement>('.search-nothing')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  /**
   * Results are loaded a few at a time: each one's data is a fragment file to fetch. A search shows the
   * first five, as Pagefind's own UI does (the fewest bytes before the reader sees anything); "more" adds ten.
   */
  const FIRST = 5;
  const MORE = 10;
  let remaining: Array<{ data: () => Promise<ResultData> }> = [];
  let query = '';

  async function showMore(mine: number, count = MORE) {
    const next = remaining.slice(0, count);
    remaining = remaining.slice(count);
    const loaded = await Promise.all(next.map((r) => r.data()));
    if (mine !== run) return;
    list.append(...loaded.map((d) => renderResult(d, query)));
    more.hidden = remaining.length === 0;
  }
  more.addEventListener('click', () => {
    const first = list.children.length;
    void showMore(run).then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
  });

  const source = new SearchSource(config);
  let run = 0;

  const facetsOpen = () => refine.getAttribute('aria-expanded') === 'true';
  function setFacetsOpen(open: boolean) {
    refine.setAttribute('aria-expanded', String(open));
    facetList.hidden = !open;
  }

  let state: SearchState;
  /** Takes the state from the address bar; a facet chosen there opens the facets, so the reader sees it applied. */
  function readUrl() {
    state = parseSearchParams(location.search);
    input.value = state.q;
    sortSelect.value = state.sort;
    if (Object.keys(state.filters).length > 0) setFacetsOpen(true);
  }
  readUrl();

  /**
   * Fills the facets for run `mine` (unless a newer one started meanwhile): this search's counts, the
   * chosen values kept. Their code is fetched the first time.
   */
  async function renderFacets(mine: number, available: Counts, counts: Counts) {
    const { renderFacets: renderFacetList, valueLabel } = await import('./search-facets.ts');
    if (mine !== run) return;
    renderFacetList(facetList, available, counts, state.filters, s, (facet: Facet, value: string) =>
      valueLabel(config, source.labels, facet, value),
    );
  }

  const searchFor = (pf: Pagefind) => pf.search(state.q || null, pagefindOptions(state));

  function fail(error: unknown) {
    console.error(error);
    source.forget();
    status.textContent = s.failed;
  }

  /** Fills the facets for the search on screen, whose results stay as they are. */
  async function showFacets() {
    const mine = run;
    try {
      const pf = await source.pagefind();
      const available = await source.facets(pf);
      // Before any search, a value counts its pages in the whole archive.
      const counts = hasSearch(state) ? (await searchFor(pf)).filters : available;
      await renderFacets(mine, available, counts);
    } catch (error) {
      if (mine === run) fail(error);
    }
  }

  const ui = document.documentElement.lang === 'en' ? 'en' : 'ru';

  const renderResult = (data: ResultData, query: string) => renderResultItem(data, query, config, ui);

  async function update(push: boolean) {
    const mine = ++run;
    const params = toSearchParams(state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (`${location.pathname}${location.search}` !== url) history[push ? 'pushState' : 'replaceState'](null, '', url);
    clear.hidden = Object.keys(state.filters).length === 0;
    if (!hasSearch(state)) {
      list.replaceChildren();
      more.hidden = true;
      nothing.hidden = true;
      status.textContent = s.enterQuery;
      return;
    }
    status.textContent = s.searching;
    try {
      const pf = await source.pagefind();
      // Pagefind counts only in the filter chunks it has loaded, so with the facets open all of them come first.
      const available = facetsOpen() ? await source.facets(pf) : undefined;
      const search = await searchFor(pf);
      if (mine !== run) return;
      if (available) await renderFacets(mine, available, search.filters);
      if (mine !== run) return;
      // Sorting and facets are offered once searching works (not, say, on a page opened from disk).
      facetBox.hidden = false;
      list.replaceChildren();
      remaining = search.results;
      query = state.q;
      await showMore(mine, FIRST);
      if (mine !== run) return;
      const total = search.results.length;
      nothing.hidden = total > 0;
      status.textContent = total > 0 ? fill(s.results, { n: total }) : fill(s.nothing, { q: state.q });
    } catch (error) {
      if (mine === run) fail(error);
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, q: normaliseQuery(input.value) };
      void update(false);
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: normaliseQuery(input.value) };
    void update(true);
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLSelectElement;
    if (target === sortSelect) state = { ...state, sort: parseSearchParams(`sort=${target.value}`).sort };
    else if (target.dataset.facet) {
      const filters = { ...state.filters };
      if (target.value) filters[target.dataset.facet as Facet] = target.value;
      else delete filters[target.dataset.facet as Facet];
      state = { ...state, filters };
    } else return;
    void update(true);
  });
  refine.addEventListener('click', () => {
    setFacetsOpen(!facetsOpen());
    if (facetsOpen()) void showFacets();
  });
  clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    void update(true).then(() => input.focus());
  });
  addEventListener('popstate', () => {
    readUrl();
    void update(false);
  });
  void update(false);
}
