import { getCollection } from 'astro:content';
import { articlePageProps } from './article-page.ts';
import { articleIndexProps, articleYearProps } from './article-lists.ts';
import { articlePageKey, propsCacheKey } from './cache-keys.ts';
import { entityIndexProps, entityPageProps, entityYearProps } from './entity-pages.ts';
import { mentionYears } from '../lib/views/mention-pages.ts';
import { getArchiveIndex, type EntityKind } from './registry.ts';
import { populatedEntityKinds } from './permanence.ts';
import { topicPageProps, topicYearProps } from './topic-pages.ts';

/** The part of a permanent path after its first segment: `/people/lukashenko/` → `lukashenko`. */
const rest = (permalink: string) => permalink.split('/').filter(Boolean).slice(1).join('/');

/** A route with everything its page shows as props, keyed by them (cache-keys.ts): Astro reuses the page while they stay the same. */
const keyed = <Params, Props extends object>(params: Params, props: Props) => ({
  params,
  props,
  cacheKey: propsCacheKey(props),
});

/**
 * The routes of both interface languages are the same: computed once per build (each language's page
 * module asks), as the archive index is (registry.ts). Each module gets its own list of routes, since
 * Astro files its own lookup of a module's paths with the list.
 */
function once<Route extends { params: object }>(compute: () => Promise<Route[]>): () => Promise<Route[]> {
  let memo: Promise<Route[]> | undefined;
  return async () => {
    const routes = await (import.meta.env.DEV ? compute() : (memo ??= compute()));
    return routes.map((route) => ({ ...route, params: { ...route.params } }));
  };
}

/**
 * Static paths of the entity pages, `/<kind>/<slug>/`, and of their mentions by year,
 * `/<kind>/<slug>/<year>/`, for an entity named in more articles than its page lists (mention-pages.ts);
 * each with what it shows (entity-pages.ts).
 */
export const entityRoutes = once(async () => {
  const index = await getArchiveIndex();
  const { links, yearOf } = index;
  const routes = [];
  for (const kind of await populatedEntityKinds()) {
    for (const entry of await getCollection(kind)) {
      const entity = entry.data;
      const path = rest(entity.permalink);
      const years = mentionYears(links.byEntity.get(`${kind}/${entry.id}`) ?? [], yearOf);
      routes.push(keyed({ kind, path }, { page: 'entity' as const, ...entityPageProps(index, kind, entity, years) }));
      for (const { year } of years)
        routes.push(
          keyed(
            { kind, path: `${path}/${year}` },
            { page: 'year' as const, ...entityYearProps(index, kind, entity, years, year) },
          ),
        );
    }
  }
  return routes;
});

/** Static paths of the entity index pages, one per kind the registry has. */
export const entityIndexRoutes = once(async () => {
  const index = await getArchiveIndex();
  const routes = [];
  for (const kind of await populatedEntityKinds())
    if ((await getCollection(kind)).length > 0)
      routes.push(keyed({ kind }, entityIndexProps(index, kind as EntityKind)));
  return routes;
});

/**
 * Static paths of the topic pages, `/topics/<slug>/`, and of their articles by year for a large topic;
 * each with what it shows (topic-pages.ts).
 */
export const topicRoutes = once(async () => {
  const index = await getArchiveIndex();
  const { topics, links, yearOf } = index;
  return topics.flatMap((topic) => {
    const path = rest(topic.data.permalink);
    const years = mentionYears(links.byTopic.get(topic.id) ?? [], yearOf);
    return [
      keyed({ path }, { page: 'topic' as const, ...topicPageProps(index, topic, years) }),
      ...years.map(({ year }) =>
        keyed({ path: `${path}/${year}` }, { page: 'year' as const, ...topicYearProps(index, topic, years, year) }),
      ),
    ];
  });
});

/** Static paths of the year pages of the article list, `/articles/<year>/`, each with its articles (article-lists.ts). */
export const articleYearRoutes = once(async () => {
  const { articles } = await getArchiveIndex();
  return articleYearProps(articles).map((props) => keyed({ year: props.year }, props));
});

/** The props of the article list, `/articles/` (a page of one path, which Astro cannot key). */
export async function articleIndexPage() {
  return articleIndexProps((await getArchiveIndex()).articles);
}

/**
 * Static paths of the article pages, `/articles/<year>/<slug>/` (a withdrawn article gets a tombstone
 * instead), each with everything its page shows (article-page.ts) and the cache key derived from that;
 * computed once for both interface languages, as the hub pages' are.
 */
export const articleRoutes = once(async () => {
  const index = await getArchiveIndex();
  return index.articles.map((entry, i) => {
    const props = articlePageProps(index, i);
    return { params: { path: rest(entry.data.permalink) }, props, cacheKey: articlePageKey(props, entry.digest) };
  });
});
