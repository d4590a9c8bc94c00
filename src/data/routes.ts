import { getCollection } from 'astro:content';
import { cacheKey } from './cache-keys.ts';
import { entityKinds, getArchiveIndex, type EntityData } from './registry.ts';

/** The part of a permanent path after its first segment: `/people/lukashenko/` → `lukashenko`. */
const rest = (permalink: string) => permalink.split('/').filter(Boolean).slice(1).join('/');

/** Static paths of the entity pages, `/<kind>/<slug>/`. */
export async function entityRoutes() {
  const routes = [];
  for (const kind of entityKinds) {
    for (const entry of await getCollection(kind)) {
      const entity = entry.data as EntityData;
      routes.push({ params: { kind, path: rest(entity.permalink) }, props: { kind, entity } });
    }
  }
  return routes;
}

/** Static paths of the entity index pages, one per kind the registry has. */
export async function entityIndexRoutes() {
  const routes = [];
  for (const kind of entityKinds) if ((await getCollection(kind)).length > 0) routes.push({ params: { kind }, props: { kind } });
  return routes;
}

/** Static paths of the topic pages, `/topics/<slug>/`. */
export async function topicRoutes() {
  const { topics } = await getArchiveIndex();
  return topics.map((topic) => ({ params: { path: rest(topic.data.permalink) }, props: { topic } }));
}

/**
 * Static paths of the article pages, `/articles/<year>/<slug>/` (a withdrawn article gets a tombstone
 * instead), with its neighbours by date (the list is newest first). The page shows the neighbours and its
 * related articles, so their digests are part of its cache key.
 */
export async function articleRoutes() {
  const { articles, articleById, links } = await getArchiveIndex();
  return articles.map((entry, i) => {
    const related = (links.related.get(entry.id) ?? []).map((r) => [r.shared, articleById.get(r.article)?.digest]);
    const [older, newer] = [articles[i + 1], articles[i - 1]];
    return {
      params: { path: rest(entry.data.permalink) },
      props: { entry, older, newer },
      cacheKey: cacheKey(entry.digest, older?.digest, newer?.digest, related),
    };
  });
}
