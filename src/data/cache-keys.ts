import { createHash } from 'node:crypto';
import { canonicalJson } from '../lib/canonical-json.ts';
import { currentIdentity } from '../lib/identity/current.ts';
import type { ArticlePageProps } from './article-page.ts';

/**
 * performance: the `cacheKey` of a page for Astro's incremental build (`experimental.incrementalBuild`
 * in astro.config.mjs), derived from the page's props. A page whose key and whose code (Astro hashes the
 * page's module graph, the config and the lockfile) are the same as in the previous build is copied from
 * that build instead of rendered. The props are everything the page shows (its components read nothing
 * else: src/data/routes.ts computes them, for the article pages and the hub pages: entities, topics,
 * their years, the lists by year), so a digest of them, written as canonical JSON, covers every datum on
 * the page; what every page shows besides is added: the archive's identity (content/archive.yaml: its name
 * in every page's title, its languages, the rights an article states). Not the commit or the build day: no
 * keyed page shows them (the home and about pages do, which have one path and no key; a citation's access
 * date is the article's capture day as built), so a commit re-renders only what it changed.
 * test/quality/incremental.test.ts checks a rebuild against a clean build, byte for byte.
 */
export function propsCacheKey(props: object): string {
  return createHash('sha256')
    .update(canonicalJson([currentIdentity(), props], standIns))
    .digest('base64url');
}

/** The texts that stand for parts of pages' props in their keys ({@link standsFor}). */
const standIns = new WeakMap<object, string>();

/**
 * performance: `part` of a page's props (an article's row in a list, with its paragraphs) is made from
 * what `source` says, and `source` changes whenever that does (the content store's digest of an article
 * entry, with the entity or topic the row is about): the keys digest `source` in its place. Written out,
 * 60,000 rows (about what the hub pages of 10,000 articles list) are 46 MB of JSON, 12 s to write and digest
 * on a loaded machine. Without a source (no digest is promised), the part itself.
 */
export function standsFor<T extends object>(part: T, source: string | undefined): T {
  if (source !== undefined) standIns.set(part, source);
  return part;
}

/**
 * performance: the key of an article page, as {@link propsCacheKey} with its entry stood for by the entry's
 * digest in the content store, which the articles loader (src/loaders/articles-loader.ts) computes from all the
 * entry holds: the article and the inputs of its rendering. Digesting the entry again, its text and its HTML,
 * took 6 s of a rebuild of 10,000 articles. Without a digest (none is promised), the entry itself.
 */
export function articlePageKey({ entry, ...rest }: ArticlePageProps, digest: string | number | undefined): string {
  return propsCacheKey({ entry: digest === undefined ? entry : `digest ${digest}`, ...rest });
}
