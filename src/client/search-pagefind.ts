/**
 * The search page's link to Pagefind: its configuration from the page, the parts of Pagefind's JS API
 * it uses, and loading Pagefind with every shard's index of every language merged (each language is
 * indexed with its own stemming; the archive is indexed in shards: src/lib/search/shards.ts).
 */
import type { Anchor } from '../lib/search/result.ts';
import { mergePlan, type ShardEntry } from '../lib/search/shards.ts';
import type { Facet } from '../lib/search/query.ts';

/** The page's configuration (`#search-config`, written by `SearchPage.astro`). */
export interface Config {
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
export type Counts = Record<string, Record<string, number>>;

/** The parts of Pagefind's JS API used here. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options: Record<string, unknown>,
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: Counts }>;
  filters(): Promise<Counts>;
}
export interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors: Anchor[];
}

/** Loads Pagefind once, with every shard's index of every language. */
export async function loadPagefind(config: Config): Promise<Pagefind> {
  const response = await fetch(`${config.bundle}shards.json`);
  if (!response.ok) throw new Error(`${config.bundle}shards.json: ${response.status}`);
  const { shards } = (await response.json()) as { shards: ShardEntry[] };
  const plan = mergePlan(shards, document.documentElement.lang);
  if (!plan) throw new Error(`${config.bundle}shards.json lists no index`);
  const pagefind = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
  // In this thread, not in Pagefind's web worker: the worker is a second copy of Pagefind's search code
  // (pagefind-worker.js, 43 KB) fetched before the first result, for a search that takes milliseconds here.
  const basePath = `${config.bundle}${plan.primary.dir}/`;
  await pagefind.options({ basePath, baseUrl: config.base, excerptLength: 26, noWorker: true });
  // Merged one after another: Pagefind starts the primary index on the first merge. Pagefind refuses to
  // merge its primary bundle's path again; `./` names the same files by another path.
  for (const { dir, language } of plan.merged) {
    const path = dir === plan.primary.dir ? `${basePath}./` : `${config.bundle}${dir}/`;
    await pagefind.mergeIndex(path, { language, baseUrl: config.base });
  }
  return pagefind;
}

/**
 * Pagefind and the facets' values and names, each loaded once, when first needed; forgotten after a
 * failure, so the next search tries again.
 */
export class SearchSource {
  /** The facets' value names (registry ref → name), once the facets have loaded. */
  labels: Record<string, string> = {};
  private readonly config: Config;
  private loaded: Promise<Pagefind> | undefined;
  /** Every facet's values, fetched the first time the facets show. */
  private facetValues: Promise<Counts> | undefined;

  constructor(config: Config) {
    this.config = config;
  }

  pagefind(): Promise<Pagefind> {
    return (this.loaded ??= loadPagefind(this.config));
  }

  facets(pf: Pagefind): Promise<Counts> {
    const labels = this.config.labels;
    return (this.facetValues ??= Promise.all([
      pf.filters(),
      fetch(labels).then((response) => {
        if (!response.ok) throw new Error(`${labels}: ${response.status}`);
        return response.json() as Promise<Record<string, string>>;
      }),
    ]).then(([values, names]) => {
      this.labels = names;
      return values;
    }));
  }

  forget(): void {
    this.loaded = undefined;
    this.facetValues = undefined;
  }
}
