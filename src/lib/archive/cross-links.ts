import type { Quote } from '../entities/index.ts';
import type { ArchivedArticle } from './article.ts';

/** Where one article speaks of one entity: the paragraphs, in order. */
export interface Occurrence {
  article: string;
  paragraphs: number[];
}

export interface CrossLinks {
  /** entity ref → the articles that mention it (article order kept). */
  byEntity: Map<string, Occurrence[]>;
  /** entity ref → other entity ref → number of articles naming both. */
  together: Map<string, Map<string, number>>;
  /** person ref → their attributed quotes. */
  quotesBySpeaker: Map<string, Array<{ article: string; quote: Quote }>>;
  /** topic id → member articles with their score (article order kept). */
  byTopic: Map<string, Array<{ article: string; score: number }>>;
  /** article id → related articles, most shared (rarest) entities first. */
  related: Map<string, Array<{ article: string; shared: string[]; weight: number }>>;
}

/** The refs an article names (mentions and editorial links), each with its paragraphs. */
export function entitiesOf(article: ArchivedArticle): Map<string, number[]> {
  const found = new Map<string, Set<number>>();
  const add = (ref: string, paragraph: number) => {
    const set = found.get(ref) ?? new Set<number>();
    set.add(paragraph);
    found.set(ref, set);
  };
  for (const mention of article.mentions) add(mention.entity, mention.paragraph);
  for (const link of article.about ?? []) for (const p of link.paragraphs.length ? link.paragraphs : [1]) add(link.entity, p);
  return new Map([...found].map(([ref, set]) => [ref, [...set].sort((a, b) => a - b)]));
}

/**
 * Entities named in more than this share of all articles say nothing about how two articles are
 * related (in this archive, nearly everything names Lukashenko); they are left out of relatedness,
 * which also keeps the work linear in practice rather than quadratic.
 */
export const MAX_RELATED_SHARE = 0.2;
/** How many related articles each article lists. */
export const RELATED_LIMIT = 5;

/**
 * Builds every cross-reference of the archive in one pass over the articles (an inverted index), so
 * an entity page never scans all articles.
 */
export function crossLinks(articles: readonly ArchivedArticle[]): CrossLinks {
  const byEntity = new Map<string, Occurrence[]>();
  const together = new Map<string, Map<string, number>>();
  const quotesBySpeaker: CrossLinks['quotesBySpeaker'] = new Map();
  const byTopic: CrossLinks['byTopic'] = new Map();
  const entitySets = new Map<string, string[]>();
  // performance: lists grow in place (copying a list to add one item was quadratic for a frequent entity)
  const append = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  for (const article of articles) {
    const entities = entitiesOf(article);
    const refs = [...entities.keys()].sort();
    entitySets.set(article.id, refs);
    for (const [ref, paragraphs] of entities) {
      append(byEntity, ref, { article: article.id, paragraphs });
    }
    for (const a of refs) {
      const row = together.get(a) ?? new Map<string, number>();
      for (const b of refs) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
      together.set(a, row);
    }
    for (const quote of article.quotes) {
      if (!quote.speaker) continue;
      append(quotesBySpeaker, quote.speaker, { article: article.id, quote });
    }
    for (const match of article.topics) {
      append(byTopic, match.topic, { article: article.id, score: match.score });
    }
  }

  const maxDocs = Math.max(2, Math.floor(articles.length * MAX_RELATED_SHARE));
  const related: CrossLinks['related'] = new Map();
  for (const article of articles) {
    const scores = new Map<string, { shared: string[]; weight: number }>();
    for (const ref of entitySets.get(article.id)!) {
      const docs = byEntity.get(ref)!;
      if (docs.length > maxDocs && articles.length > 10) continue;
      const idf = Math.log(1 + articles.length / docs.length);
      for (const { article: other } of docs) {
        if (other === article.id) continue;
        const score = scores.get(other) ?? { shared: [], weight: 0 };
        score.shared.push(ref);
        score.weight += idf;
        scores.set(other, score);
      }
    }
    related.set(
      article.id,
      [...scores]
        .map(([other, score]) => ({ article: other, ...score }))
        .sort((a, b) => b.weight - a.weight || a.article.localeCompare(b.article))
        .slice(0, RELATED_LIMIT),
    );
  }
  return { byEntity, together, quotesBySpeaker, byTopic, related };
}
