/**
 * A rebuild after an editor's correction and a new capture reuses the pages that did not change (Astro's
 * incremental build, keyed by `src/data/cache-keys.ts`), and what it publishes is byte for byte what a clean
 * build of the changed input publishes: no page is left stale.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, type BuildResult } from '../support/build.ts';
import { hashTree } from '../support/tree.ts';
import { copyProjectInput } from '../support/temp.ts';

const CHANGED = '004_43449519c07e0d1e';
const SIDECAR = `content/articles/${CHANGED}.yaml`;
/**
 * A capture the editor adds: undated, it is listed last; it names a new person in full (a provisional
 * entity) and a person the archive has a page for, whose pages (and those that show how often he is named)
 * change with it.
 */
const ADDED_TEXT = Buffer.from(
  'Совет по цифровому развитию получил председателя\n\nИван Петрович Сидорчук назначен председателем совета по цифровому развитию. Указ подписал Александр Лукашенко.\n',
);
const ADDED = `005_${createHash('sha256').update(ADDED_TEXT).digest('hex').slice(0, 16)}`;

/** When each citation file was written: file name → mtime. */
const citationTimes = (outDir: string) =>
  Object.fromEntries(
    readdirSync(join(outDir, 'citations')).map((file) => [file, statSync(join(outDir, 'citations', file)).mtimeMs]),
  );

/** The pages Astro copied from the previous build: it marks each just after the page's path. */
const reusedPages = (output: string) => [...output.matchAll(/├─ (\S+) \((?:restored|cached)\)/gu)].map((m) => m[1]!);

let work: string;
let rebuilt: BuildResult;
const env = (cache: string, dist: string) => ({
  LETOPIS_SEEDS: join(work, 'seeds'),
  LETOPIS_CONTENT: join(work, 'content'),
  LETOPIS_CACHE_DIR: join(work, cache),
  LETOPIS_OUT_DIR: join(work, dist),
});

describe('a rebuild after one sidecar changed and one capture was added', () => {
  let clean: BuildResult;
  let firstCitations: Record<string, number>;

  beforeAll(async () => {
    work = copyProjectInput('incremental-').dir;

    // Both builds log every page (Astro's page graph hash, which keys its cache, differs with --silent).
    const first = await buildArchive('incremental-first', { env: env('cache', 'dist'), verbose: true });
    if (first.status !== 0) throw new Error(first.output);
    firstCitations = citationTimes(first.outDir);
    // The editor corrects the outlet of one article: its page, its citations and the pages that show its
    // outlet (its neighbours by date, lists, the timeline) change; the other pages do not. (Its date would
    // change every page that lists it as related: with the places, every seed shares a country with it.)
    const sidecar = join(work, SIDECAR);
    const corrected = readFileSync(sidecar, 'utf8').replace(/^outlet: tezars\.ru$/mu, 'outlet: Тезарс');
    writeFileSync(sidecar, corrected);
    // A new capture brings a provisional entity: the registry changes, but no page of another article shows it.
    writeFileSync(join(work, 'seeds', `${ADDED}.txt`), ADDED_TEXT);
    appendFileSync(
      join(work, 'seeds/SHA256SUMS'),
      `${createHash('sha256').update(ADDED_TEXT).digest('hex')}  ${ADDED}.txt\n`,
    );
    // A page the first build wrote and the next one does not (as when a route goes): it must not survive.
    mkdirSync(join(work, 'dist/gone'), { recursive: true });
    writeFileSync(join(work, 'dist/gone/index.html'), '<!doctype html><title>gone</title>');

    // Into the same output folder: the pages that did not change stay where they are.
    rebuilt = await buildArchive('incremental-rebuilt', { env: env('cache', 'dist'), verbose: true });
    if (rebuilt.status !== 0) throw new Error(rebuilt.output);
    clean = await buildArchive('incremental-clean', { env: env('fresh-cache', 'clean-dist') });
    if (clean.status !== 0) throw new Error(clean.output);
  });

  it('reuses the pages that do not show the change, and renders those that do', () => {
    const reused = reusedPages(rebuilt.output);
    const articles = reused.filter((path) => /^\/(?:en\/)?articles\/[^/]+\/[^/]+\/index\.html$/u.test(path));
    expect(articles.length, rebuilt.output).toBeGreaterThan(0);
    expect(articles.length).toBeLessThan(5 * 2); // article pages in two interface languages
    // Hub pages are keyed by what they show too (src/data/routes.ts): some do not show the change...
    expect(
      reused.filter((path) => /^\/(?:en\/)?(?:people|organizations|events|places|topics)\//u.test(path)).length,
    ).toBeGreaterThan(0);
    // ... and the page of the person the new capture names does.
    expect(reused).not.toContain('/people/lukashenko/index.html');
    expect(reused).not.toContain('/en/people/lukashenko/index.html');
    // Left in place in the output folder the first build wrote, not copied back from the cache.
    expect(rebuilt.output.match(/\(cached\)/gu)?.length).toBe(reused.length);
  });

  it("rewrites the citation files of the changed article only, and writes the new one's", () => {
    const now = citationTimes(rebuilt.outDir);
    const files = (id: string) => ['.bib', '.json', '.ris'].map((ext) => `${id}${ext}`);
    expect(Object.keys(now).sort()).toEqual([...Object.keys(firstCitations), ...files(ADDED)].sort());
    const rewritten = Object.keys(firstCitations).filter((file) => now[file] !== firstCitations[file]);
    expect(rewritten.sort()).toEqual(files(CHANGED));
  });

  it('publishes exactly what a clean build of the changed input publishes', () => {
    const a = hashTree(rebuilt.outDir);
    const b = hashTree(clean.outDir);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(Object.keys(a).filter((file) => a[file] !== b[file])).toEqual([]);
    const lock = JSON.parse(readFileSync(join(work, 'content/permalinks.json'), 'utf8')) as {
      articles: Record<string, string>;
    };
    const page = rebuilt.page(lock.articles[CHANGED]!);
    expect(page.querySelector('.meta dl')!.textContent).toContain('Тезарс');
    expect(page.querySelector('.meta dl')!.textContent).toContain('февраль 2023');
    expect(rebuilt.page(lock.articles[ADDED]!).querySelector('h1')!.textContent).toContain('Совет по цифровому');
    const mentions = rebuilt.page('/people/lukashenko/').querySelectorAll('.mention-list h3 a');
    expect([...mentions].map((a) => a.getAttribute('href'))).toContain(lock.articles[ADDED]);
  });
});

describe('a rebuild on another day (or from another commit), nothing else changed', () => {
  /** The article pages and citation files of the rebuild above, by path, with their digests. */
  let before: Record<string, string>;
  let again: BuildResult;
  const articlesAndCitations = (tree: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(tree).filter(([path]) => /^(?:en\/)?articles\/[^/]+\/[^/]+\/|^citations\//u.test(path)),
    );

  beforeAll(async () => {
    before = articlesAndCitations(hashTree(rebuilt.outDir));
    // Another build day (the commit's day and version change alike: build-info.ts); 2001-09-09 is no commit's.
    again = await buildArchive('incremental-next-day', {
      env: { ...env('cache', 'dist'), SOURCE_DATE_EPOCH: '1000000000' },
      verbose: true,
    });
    if (again.status !== 0) throw new Error(again.output);
  });

  it('renders no page that has a key (articles, their year lists, entities, topics): none shows the day', () => {
    const reused = new Set(reusedPages(again.output));
    const keyed = /^\/(?:en\/)?(?:articles|people|organizations|events|places|topics)\/[^/]+\/.*index\.html$/u;
    const rendered = [...again.output.matchAll(/[├└]─ (\/\S*?index\.html)/gu)]
      .map((m) => m[1]!)
      .filter((p) => !reused.has(p));
    expect(rendered.filter((path) => keyed.test(path))).toEqual([]);
    expect([...reused].filter((path) => keyed.test(path)).length).toBeGreaterThan(6 * 2);
    expect(articlesAndCitations(hashTree(again.outDir))).toEqual(before);
  });

  it('says the new day on the home and about pages', () => {
    for (const path of ['/', '/about/', '/en/', '/en/about/'])
      expect(again.page(path).querySelector('.build-info time')!.getAttribute('datetime'), path).toBe('2001-09-09');
  });
});
