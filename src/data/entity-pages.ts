import { editorNoteParts } from '../lib/render/repository-refs.ts';
import type { Occurrence } from '../lib/views/cross-links.ts';
import { MENTIONS_ON_PAGE, type MentionYear } from '../lib/views/mention-pages.ts';
import { topicAgreement } from '../lib/views/topic-entity.ts';
import { coMentionGraph, type CoMentionGraphData } from './co-mention-graph.ts';
import { standsFor } from './cache-keys.ts';
import {
  articleLink,
  countByYear,
  entityLink,
  entryDigest,
  summaryOf,
  type ArticleLink,
  type ArticleSummary,
  type EntityLink,
} from './page-parts.ts';
import { entityQuotes, type EntityQuotes } from './quotes.ts';
import type { ArchiveIndex, EntityData, EntityKind } from './registry.ts';

/**
 * The props of the pages of an entity (`/people/lukashenko/`, `/people/lukashenko/2019/`) and of a kind's
 * list (`/people/`): everything each shows, and nothing else, so that the page's cache key, a digest of
 * them (cache-keys.ts), changes exactly when the page does. The same in both interface languages: the
 * components choose names and format dates.
 */

/** One article naming the entity, as its list of mentions shows it: the article, and each paragraph with the entity's mentions in it. */
export interface MentionRow {
  article: ArticleSummary;
  paragraphs: Array<{ number: number; text: string; ranges: Array<{ start: number; end: number }> }>;
}

/** An entity's page. */
export interface EntityPageProps {
  kind: EntityKind;
  entity: EntityData;
  /** The years of its mentions that have pages of their own (mention-pages.ts); empty when every mention is listed here. */
  years: MentionYear[];
  /** How many articles name it. */
  mentionCount: number;
  /** How many articles name it in each year (the bar chart). */
  perYear: MentionYear[];
  /** The newest mentions, all of them when they fit, with their paragraphs. */
  listed: MentionRow[];
  /** The entities named with it, with how many articles name both (the page orders them). */
  together: Array<{ entity: EntityLink; count: number }>;
  graph: CoMentionGraphData;
  /** The quotes of the listed articles. */
  quotes: EntityQuotes;
  /** A topic about the entity (its file says `entity: <ref>`), and how many of its articles name the entity and how many do not. */
  topic?: { link: EntityLink; naming: number; more: number };
  /** An event's editor's note on its dates, the articles it refers to as links. */
  dateNote?: Array<{ text: string } | { article: ArticleLink }>;
  /** An event's participants, linked when the registry has them. */
  participants: Array<{ ref: string; entity?: EntityLink }>;
}

/** One year of an entity's mentions (`/people/lukashenko/2019/`). */
export interface EntityYearProps {
  kind: EntityKind;
  entity: EntityData;
  /** Every year of its mentions that has a page. */
  years: MentionYear[];
  year: string;
  listed: MentionRow[];
  quotes: EntityQuotes;
}

/** The list of a kind's entities (`/people/`): those the articles name, with how many name each (the page orders them). */
export interface EntityIndexProps {
  kind: EntityKind;
  rows: Array<{ entity: EntityLink; count: number }>;
}

/** The rows of the mention list of `ref` for the occurrences given. */
export function mentionRows(index: ArchiveIndex, ref: string, occurrences: readonly Occurrence[]): MentionRow[] {
  return occurrences.map(({ article, paragraphs }) => {
    const entry = index.articleById.get(article)!;
    const a = entry.data;
    // performance: the entity's mentions sorted out by paragraph once (a long article can name it in thousands)
    const ranges = new Map<number, Array<{ start: number; end: number }>>();
    for (const m of a.mentions) {
      if (m.entity !== ref) continue;
      const list = ranges.get(m.paragraph);
      if (list) list.push({ start: m.start, end: m.end });
      else ranges.set(m.paragraph, [{ start: m.start, end: m.end }]);
    }
    const digest = entryDigest(entry);
    const row = {
      article: summaryOf(entry),
      paragraphs: paragraphs.map((number) => ({
        number,
        text: a.paragraphs[number - 1]!.text,
        ranges: ranges.get(number) ?? [],
      })),
    };
    return standsFor(row, digest && `mention ${digest} ${ref} ${paragraphs.join(',')}`);
  });
}

/** The props of the page of `entity` (of `kind`), whose mentions have pages by year `years` (mentionYears). */
export function entityPageProps(
  index: ArchiveIndex,
  kind: EntityKind,
  entity: EntityData,
  years: MentionYear[],
): EntityPageProps {
  const ref = `${kind}/${entity.id}`;
  const occurrences = index.links.byEntity.get(ref) ?? [];
  const listed = occurrences.slice(0, MENTIONS_ON_PAGE);
  const listedArticles = new Set(listed.map((o) => o.article));
  const topic = index.topics.find((t) => t.data.entity === ref);
  const agreement = topic && topicAgreement(index.links.byTopic.get(topic.id) ?? [], occurrences);
  const linked = (other: string) => {
    const e = index.entities.get(other);
    return e ? entityLink(e) : undefined;
  };
  return {
    kind,
    entity,
    years,
    mentionCount: occurrences.length,
    perYear: countByYear(occurrences.map((o) => index.yearOf(o.article))),
    listed: mentionRows(index, ref, listed),
    together: [...(index.links.together.get(ref) ?? [])].flatMap(([other, count]) => {
      const e = linked(other);
      return e ? [{ entity: e, count }] : [];
    }),
    graph: coMentionGraph(index, { center: ref, limit: 16 }),
    quotes: entityQuotes(index, ref, (article) => listedArticles.has(article)),
    ...(topic &&
      agreement && {
        topic: { link: entityLink(topic.data), naming: agreement.naming.length, more: agreement.more.length },
      }),
    ...(entity.collection === 'events' &&
      entity.dateNote && {
        dateNote: editorNoteParts(entity.dateNote, (id) => index.articleById.has(id)).map((part) =>
          'text' in part ? part : { article: articleLink(index.articleById.get(part.article)!.data) },
        ),
      }),
    participants:
      entity.collection === 'events'
        ? entity.participants.map((p) => {
            const e = linked(p);
            return { ref: p, ...(e && { entity: e }) };
          })
        : [],
  };
}

/** The props of the page of the mentions of `entity` in `year`, one of its `years` with a page. */
export function entityYearProps(
  index: ArchiveIndex,
  kind: EntityKind,
  entity: EntityData,
  years: MentionYear[],
  year: string,
): EntityYearProps {
  const ref = `${kind}/${entity.id}`;
  const inYear = (article: string) => index.yearOf(article) === year;
  const occurrences = (index.links.byEntity.get(ref) ?? []).filter((o) => inYear(o.article));
  return {
    kind,
    entity,
    years,
    year,
    listed: mentionRows(index, ref, occurrences),
    quotes: entityQuotes(index, ref, inYear),
  };
}

/**
 * The props of the list of the entities of `kind`: the registry entries the articles name (one no article
 * names keeps its page, but has no place in the list; registry.ts `namedEntities`).
 */
export function entityIndexProps(index: ArchiveIndex, kind: EntityKind): EntityIndexProps {
  return {
    kind,
    rows: [...index.entities].flatMap(([ref, entity]) => {
      const count = ref.startsWith(`${kind}/`) ? (index.links.byEntity.get(ref)?.length ?? 0) : 0;
      return count > 0 ? [{ entity: entityLink(entity), count }] : [];
    }),
  };
}
