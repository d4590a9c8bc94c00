import type { TopicEvidence } from '../lib/entities/enrichment-schema.ts';
import { explainMatch } from '../lib/entities/topic-explanation.ts';
import { searchTermGroups, type TermGroup } from '../lib/search/terms.ts';
import { entitiesOf } from '../lib/views/cross-links.ts';
import { MENTIONS_ON_PAGE, type MentionYear } from '../lib/views/mention-pages.ts';
import { topicAgreement } from '../lib/views/topic-entity.ts';
import { standsFor } from './cache-keys.ts';
import {
  countByYear,
  entityLink,
  entryDigest,
  summaryOf,
  topByCount,
  type ArticleSummary,
  type EntityLink,
} from './page-parts.ts';
import { topicQuotes, type QuoteData } from './quotes.ts';
import type { ArchiveIndex, EntityData, TopicEntry } from './registry.ts';

/**
 * The props of a topic's page (`/topics/e-government/`) and of one year of a large topic's articles
 * (`/topics/e-government/2019/`): everything each shows, and nothing else, so that the page's cache key, a
 * digest of them (cache-keys.ts), changes exactly when the page does. The same in both interface
 * languages: the components choose names and format dates.
 */

/** How many recurring entities a topic's page lists. */
export const RECURRING_ON_PAGE = 20;

/** One article of a topic as its list shows it: the article, and the evidence that puts it in the topic. */
export interface TopicMember {
  article: ArticleSummary;
  evidence: TopicEvidence[];
}

/** The topic's articles listed on a page, with the entities their evidence names (by ref), to link them. */
export interface TopicMembers {
  members: TopicMember[];
  entities: Record<string, EntityLink>;
}

/** A topic's page. */
export interface TopicPageProps {
  /** The topic's entry: its names, path and description (the page renders it). */
  topic: TopicEntry;
  /** The years of its articles that have pages of their own (mention-pages.ts); empty when every article is listed here. */
  years: MentionYear[];
  /** How many articles it has. */
  memberCount: number;
  /** How many in each year (the bar chart). */
  perYear: MentionYear[];
  /** The newest articles, all of them when they fit (`years` is empty then). */
  listed: TopicMembers;
  /** The entities named in most of its articles, with how many name each (the page orders them by name too and keeps {@link RECURRING_ON_PAGE}: ties at the last place are all here). */
  recurring: Array<{ entity: EntityLink; count: number }>;
  /** The quotes of the listed articles. */
  quotes: QuoteData[];
  /** The entity the topic is about (`entity:` in its file), and how many of its articles name it and how many do not. */
  about?: { entity: EntityLink & { collection: EntityData['collection'] }; naming: number; more: number };
  /** The names search finds the topic by: its own and, for a topic about an entity, all of the entity's. */
  searchNames: TermGroup[];
}

/** One year of a large topic's articles. */
export interface TopicYearProps {
  topic: EntityLink;
  /** Every year of its articles that has a page. */
  years: MentionYear[];
  year: string;
  listed: TopicMembers;
  quotes: QuoteData[];
}

/** The members of `topic` among `refs` (in archive order), with the entities their evidence names. */
export function topicMembers(
  index: ArchiveIndex,
  topic: string,
  refs: ReadonlyArray<{ article: string }>,
): TopicMembers {
  const entities: Record<string, EntityLink> = {};
  const members = refs.map(({ article }) => {
    const entry = index.articleById.get(article)!;
    const a = entry.data;
    const evidence = a.topics.find((m) => m.topic === topic)!.evidence;
    for (const ui of ['ru', 'en'] as const)
      for (const part of explainMatch(evidence, ui)) {
        const entity = 'entity' in part ? index.entities.get(part.entity) : undefined;
        if (entity && 'entity' in part) entities[part.entity] = entityLink(entity);
      }
    const digest = entryDigest(entry);
    return standsFor({ article: summaryOf(entry), evidence }, digest && `member ${digest} ${topic}`);
  });
  return { members, entities };
}

/** The props of the page of `topic`, whose articles have pages by year `years` (mentionYears). */
export function topicPageProps(index: ArchiveIndex, topic: TopicEntry, years: MentionYear[]): TopicPageProps {
  const members = index.links.byTopic.get(topic.id) ?? [];
  const listed = members.slice(0, MENTIONS_ON_PAGE);
  const listedArticles = new Set(listed.map((m) => m.article));
  /** Entities named in the topic's articles, by how many of them name each. */
  const recurring = new Map<string, number>();
  for (const { article } of members)
    for (const ref of entitiesOf(index.articleById.get(article)!.data).keys())
      recurring.set(ref, (recurring.get(ref) ?? 0) + 1);
  const recurringRows = [...recurring].flatMap(([ref, count]) => {
    const entity = index.entities.get(ref);
    return entity ? [{ entity: entityLink(entity), count }] : [];
  });
  const aboutRef = topic.data.entity;
  const about = aboutRef ? index.entities.get(aboutRef) : undefined;
  const agreement = about && topicAgreement(members, index.links.byEntity.get(aboutRef!) ?? []);
  return {
    topic,
    years,
    memberCount: members.length,
    perYear: countByYear(members.map((m) => index.yearOf(m.article))),
    listed: topicMembers(index, topic.id, listed),
    recurring: topByCount(recurringRows, RECURRING_ON_PAGE),
    quotes: topicQuotes(index, topic.id, (article) => listedArticles.has(article)),
    ...(about &&
      agreement && {
        about: {
          entity: { ...entityLink(about), collection: about.collection },
          naming: agreement.naming.length,
          more: agreement.more.length,
        },
      }),
    searchNames: searchTermGroups([{ ref: `topics/${topic.id}`, names: topic.data.names }, ...(about ? [about] : [])]),
  };
}

/** The props of the page of the articles of `topic` in `year`, one of its `years` with a page. */
export function topicYearProps(
  index: ArchiveIndex,
  topic: TopicEntry,
  years: MentionYear[],
  year: string,
): TopicYearProps {
  const inYear = (article: string) => index.yearOf(article) === year;
  const members = (index.links.byTopic.get(topic.id) ?? []).filter((m) => inYear(m.article));
  return {
    topic: entityLink(topic.data),
    years,
    year,
    listed: topicMembers(index, topic.id, members),
    quotes: topicQuotes(index, topic.id, inYear),
  };
}
