import { getCollection } from 'astro:content';
import { articlePageProps } from './article-page.ts';
import { articlePageKey } from './cache-keys.ts';
import { mentionYears, type MentionYear } from '../lib/views/mention-pages.ts';
import { getArchiveIndex, type ArchiveIndex, type EntityData, type EntityKind } from './registry.ts';
import { populatedEntityKinds } from './permanence.ts';

/** The part of a permanent path after its first segment: `/people/lukashenko/` → `lukashenko`. */
const rest = (permalink: string) => permalink.split('/').filter(Boolean).slice(1).join('/');

/**
 * Static paths of the entity pages, `/<kind>/<slug>/`, and of their mentions by year,
 * `/<kind>/<slug>/<year>/`, for an entity named in more articles than its page lists (mention-pages.ts).
 * Each gets the list of those years (`years`, empty when there are none).
 */
export async function entityRoutes() {
  const index = await getArchiveIndex();
  const { links, yearOf } = index;
  const routes: Array<{
    params: { kind: EntityKind; path: string };
    props: { index: ArchiveIndex; kind: EntityKind; entity: EntityData; years: MentionYear[]; year?: string };
  }> = [];
  for (const kind of await populatedEntityKinds()) {
    for (const entry of await getCollection(kind)) {
      const entity = entry.data;
      const path = rest(entity.permalink);
      const years = mentionYears(links.byEntity.get(`${kind}/${entry.id}`) ?? [], yearOf);
      routes.push({ params: { kind, path }, props: { index, kind, entity, years } });
      for (const { year } of years)
        routes.push({ params: { kind, path: `${path}/${year}` }, props: { index, kind, entity, years, year } });
    }
  }
  return routes;
}

/** Static paths of the entity index pages, one per kind the registry has. */
export async function entityIndexRoutes() {
  const index = await getArchiveIndex();
  const routes = [];
  for (const kind of await populatedEntityKinds())
    if ((await getCollection(kind)).length > 0) routes.push({ params: { kind }, props: { index, kind } });
  return routes;
}

/**
 * Static paths of the topic pages, `/topics/<slug>/`, and of their articles by year for a large topic;
 * each gets the list of those years (`years`, empty when there are none).
 */
export async function topicRoutes() {
  const index = await getArchiveIndex();
  const { topics, links, yearOf } = index;
  return topics.flatMap((topic) => {
    const path = rest(topic.data.permalink);
    const years = mentionYears(links.byTopic.get(topic.id) ?? [], yearOf);
    return [
      { params: { path }, props: { index, topic, years } },
      ...years.map(({ year }) => ({ params: { path: `${path}/${year}` }, props: { index, topic, years, year } })),
    ];
  });
}

/** Static paths of the year pages of the article list, `/articles/<year>/`, each with the articles. */
export async function articleYearRoutes() {
  const { articles } = await getArchiveIndex();
  return [...new Set(articles.map((a) => a.data.year))].map((year) => ({ params: { year }, props: { articles } }));
}

/**
 * Static paths of the article pages, `/articles/<year>/<slug>/` (a withdrawn article gets a tombstone
 * instead), each with everything its page shows (article-page.ts) and the cache key derived from that.
 */
export async function articleRoutes() {
  const index = await getArchiveIndex();
  return index.articles.map((entry, i) => {
    const props = articlePageProps(index, i);
    return { params: { path: rest(entry.data.permalink) }, props, cacheKey: articlePageKey(props, entry.digest) };
  });
}
