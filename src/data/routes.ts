import { getCollection } from 'astro:content';
import { cacheKey } from './cache-keys.ts';
import { mentionYears, type MentionYear } from '../lib/views/mention-pages.ts';
import { populatedEntityKinds, getArchiveIndex, type EntityData, type EntityKind } from './registry.ts';

/** The part of a permanent path after its first segment: `/people/lukashenko/` → `lukashenko`. */
const rest = (permalink: string) => permalink.split('/').filter(Boolean).slice(1).join('/');

/**
 * Static paths of the entity pages, `/<kind>/<slug>/`, and of their mentions by year,
 * `/<kind>/<slug>/<year>/`, for an entity named in more articles than its page lists (mention-pages.ts).
 * Each gets the list of those years (`years`, empty when there are none).
 */
export async function entityRoutes() {
  const { links, yearOf } = await getArchiveIndex();
  const routes: Array<{
    params: { kind: EntityKind; path: string };
    props: { kind: EntityKind; entity: EntityData; years: MentionYear[]; year?: string };
  }> = [];
  for (const kind of populatedEntityKinds) {
    for (const entry of await getCollection(kind)) {
      const entity = entry.data as EntityData;
      const path = rest(entity.permalink);
      const years = mentionYears(links.byEntity.get(`${kind}/${entry.id}`) ?? [], yearOf);
      routes.push({ params: { kind, path }, props: { kind, entity, years } });
      for (const { year } of years)
        routes.push({ params: { kind, path: `${path}/${year}` }, props: { kind, entity, years, year } });
    }
  }
  return routes;
}

/** Static paths of the entity index pages, one per kind the registry has. */
export async function entityIndexRoutes() {
  const routes = [];
  for (const kind of populatedEntityKinds)
    if ((await getCollection(kind)).length > 0) routes.push({ params: { kind }, props: { kind } });
  return routes;
}

/**
 * Static paths of the topic pages, `/topics/<slug>/`, and of their articles by year for a large topic;
 * each gets the list of those years (`years`, empty when there are none).
 */
export async function topicRoutes() {
  const { topics, links, yearOf } = await getArchiveIndex();
  return topics.flatMap((topic) => {
    const path = rest(topic.data.permalink);
    const years = mentionYears(links.byTopic.get(topic.id) ?? [], yearOf);
    return [
      { params: { path }, props: { topic, years } },
      ...years.map(({ year }) => ({ params: { path: `${path}/${year}` }, props: { topic, years, year } })),
    ];
  });
}

/**
 * Static paths of the article pages, `/articles/<year>/<slug>/` (a withdrawn article gets a tombstone
 * instead), with its neighbours by date (the list is newest first). The page shows the neighbours and its
 * related articles, so their digests (of a related article, what the page shows of it) are part of its cache key.
 */
export async function articleRoutes() {
  const { articles, articleById, links } = await getArchiveIndex();
  return articles.map((entry, i) => {
    // Of a related article the page shows its title (on English pages romanized by its language, and
    // translated), link and date (ArticlePanel), not the rest of it.
    const related = (links.related.get(entry.id) ?? []).map((r) => {
      const shown = articleById.get(r.article)?.data;
      return [
        r.shared,
        shown?.permalink,
        shown?.title,
        shown?.titleSupplied,
        shown?.titleEn,
        shown?.language,
        shown?.date,
      ];
    });
    const [older, newer] = [articles[i + 1], articles[i - 1]];
    return {
      params: { path: rest(entry.data.permalink) },
      props: { entry, older, newer },
      cacheKey: cacheKey(entry.digest, older?.digest, newer?.digest, related),
    };
  });
}
