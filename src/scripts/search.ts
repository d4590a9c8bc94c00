/**
 * The search page in the browser: loads Pagefind's JS API from the site's own bundle, merges the other
 * languages' indexes (each language is indexed with its own stemming), runs the search in the URL on
 * load and on every change, and renders results as plain DOM (no HTML strings from the index). The
 * facets load only when the reader opens them (or the URL has chosen one): listing them fetches every
 * filter chunk of the index, a third of a first search's bytes at 10,000 articles.
 */
import { facetParam, facets, hasSearch, normaliseQuery, pagefindOptions, parseSearchParams, toSearchParams, type Facet, type SearchState } from '../lib/search/query.ts';
import { addressFor, excerptAround, excerptSegments, kindOf, languagesToMerge, matchedOnlyNames, paragraphOf, termsAnchorId, type Anchor } from '../lib/search/result.ts';
import { compareText } from '../lib/collate.ts';

interface Config {
  strings: {
    any: string;
    facets: Record<Facet, string>;
    kinds: Record<string, string>;
    results: string;
    searching: string;
    enterQuery: string;
    nothing: string;
    paragraph: string;
    matchedName: string;
    failed: string;
  };
  languages: Record<string, string>;
  /** Where the facets' value names are (registry ref → name): fetched with the facets, not with the page. */
  labels: string;
  base: string;
  bundle: string;
}

/** Each filter's values with their page counts. */
type Counts = Record<string, Record<string, number>>;

/** The parts of Pagefind's JS API used here. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: Counts }>;
  filters(): Promise<Counts>;
}
interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors: Anchor[];
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/gu, (_, k: string) => String(values[k] ?? ''));

/** Loads Pagefind once, with every language's index. */
async function loadPagefind(config: Config): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ basePath: config.bundle, baseUrl: config.base, excerptLength: 26 });
  const entry = (await (await fetch(`${config.bundle}pagefind-entry.json`)).json()) as { languages: Record<string, { page_count: number }> };
  // Pagefind refuses to merge its own bundle path again; `./` names the same files by another path.
  for (const language of languagesToMerge(entry.languages, document.documentElement.lang)) {
    await pagefind.mergeIndex(`${config.bundle}./`, { language, baseUrl: config.base });
  }
  return pagefind;
}

/** Turns the facets' legend into the button that shows them; without the script it stays plain text. */
function disclosureIn(legend: HTMLLegendElement, region: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'search-refine';
  button.textContent = legend.textContent;
  button.setAttribute('aria-controls', region.id);
  button.setAttribute('aria-expanded', 'false');
  legend.replaceChildren(button);
  return button;
}

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

  let pagefind: Promise<Pagefind> | undefined;
  /** Every facet's values, fetched the first time the facets show. */
  let facetValues: Promise<Counts> | undefined;
  /** The facets' value names, once the facets have loaded. */
  let labels: Record<string, string> = {};
  const loadFacets = (pf: Pagefind) =>
    (facetValues ??= Promise.all([
      pf.filters(),
      fetch(config.labels).then((response) => {
        if (!response.ok) throw new Error(`${config.labels}: ${response.status}`);
        return response.json() as Promise<Record<string, string>>;
      }),
    ]).then(([values, names]) => {
      labels = names;
      return values;
    }));
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

  const valueLabel = (facet: Facet, value: string) =>
    facet === 'kind' ? (s.kinds[value] ?? value) : facet === 'language' ? (config.languages[value] ?? value) : (labels[value] ?? value);

  /** One select per facet the index has, options with this search's counts; the chosen value always kept. */
  function renderFacets(available: Counts, counts: Counts) {
    // The select just used is replaced too: its successor takes the focus, so a keyboard reader keeps their place.
    const focused = (document.activeElement as HTMLElement | null)?.dataset.facet;
    facetList.replaceChildren();
    for (const facet of facets) {
      const values = Object.keys(available[facet] ?? {});
      if (values.length === 0) continue;
      const label = document.createElement('label');
      label.textContent = s.facets[facet];
      const select = document.createElement('select');
      select.name = facetParam[facet];
      select.dataset.facet = facet;
      select.append(new Option(s.any, ''));
      const sorted = values.sort((a, b) => (facet === 'year' ? compareText()(b, a) : compareText(document.documentElement.lang || 'ru')(valueLabel(facet, a), valueLabel(facet, b))));
      for (const value of sorted) {
        const n = counts[facet]?.[value] ?? 0;
        const option = new Option(`${valueLabel(facet, value)} (${n})`, value);
        select.append(option);
      }
      select.value = state.filters[facet] ?? '';
      label.append(select);
      facetList.append(label);
      if (facet === focused) select.focus();
    }
  }

  const searchFor = (pf: Pagefind) => pf.search(state.q || null, pagefindOptions(state));

  function fail(error: unknown) {
    console.error(error);
    pagefind = undefined;
    facetValues = undefined;
    status.textContent = s.failed;
  }

  /** Fills the facets for the search on screen, whose results stay as they are. */
  async function showFacets() {
    const mine = run;
    try {
      pagefind ??= loadPagefind(config);
      const pf = await pagefind;
      const available = await loadFacets(pf);
      // Before any search, a value counts its pages in the whole archive.
      const counts = hasSearch(state) ? (await searchFor(pf)).filters : available;
      if (mine === run) renderFacets(available, counts);
    } catch (error) {
      if (mine === run) fail(error);
    }
  }

  const ui = document.documentElement.lang === 'en' ? 'en' : 'ru';

  function renderResult(data: ResultData, query: string): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const kind = kindOf(data.url, config.base, data.meta);
    const paragraph = paragraphOf(data.locations, data.anchors);
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    const address = addressFor(data.url, config.base, ui);
    link.href = paragraph ? `${address}#${paragraph.id}` : address;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'search-result-meta';
    const parts = [s.kinds[kind] ?? '', data.meta[`date_${ui}`] ?? '', data.meta.outlet ?? '', paragraph ? fill(s.paragraph, { n: paragraph.n }) : ''];
    meta.textContent = parts.filter(Boolean).join(' · ');
    item.append(heading, meta);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    if (matchedOnlyNames(data.locations, data.anchors)) {
      excerpt.textContent = `${data.content.slice(data.meta.title?.length ?? 0, 220).replace(/^[\s.]+/u, '')}…`;
      const names = document.createElement('p');
      names.className = 'search-result-names';
      names.textContent = fill(s.matchedName, { names: query });
      item.append(excerpt, names);
    } else {
      // Pagefind's excerpt picks the densest window, which may be the hidden names; cut our own then.
      const inNames = data.anchors.some((a) => a.id === termsAnchorId) && /<mark>/u.test(data.excerpt);
      const segments = inNames ? excerptAround(data.content, data.locations, data.anchors) : excerptSegments(data.excerpt);
      for (const segment of segments) {
        if (segment.mark) {
          const mark = document.createElement('mark');
          mark.textContent = segment.text;
          excerpt.append(mark);
        } else excerpt.append(segment.text);
      }
      item.append(excerpt);
    }
    return item;
  }

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
      pagefind ??= loadPagefind(config);
      const pf = await pagefind;
      // Pagefind counts only in the filter chunks it has loaded, so with the facets open all of them come first.
      const available = facetsOpen() ? await loadFacets(pf) : undefined;
      const search = await searchFor(pf);
      if (mine !== run) return;
      if (available) renderFacets(available, search.filters);
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
