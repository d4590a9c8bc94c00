import type { Quote } from '../entities/index.ts';
import type { ArchivedArticle } from '../archive/article.ts';
import { compareText } from '../collate.ts';

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
  for (const link of article.about ?? [])
    for (const p of link.paragraphs.length ? link.paragraphs : [1]) add(link.entity, p);
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

  const related = relatedArticles(articles, entitySets, byEntity);
  return { byEntity, together, quotesBySpeaker, byTopic, related };
}

/**
 * Each article's {@link RELATED_LIMIT} most related articles: those sharing the most informative
 * entities, each shared entity weighing its inverse document frequency; ties go to the lower id.
 *
 * performance: weights add up in an array indexed by article (not a map keyed by id), only the best
 * few are kept as they come (no sort of every candidate), and the shared entities are listed for those
 * few alone. At 10,000 synthetic articles naming 30 entities this took 3 s with maps and a full sort.
 */
function relatedArticles(
  articles: readonly ArchivedArticle[],
  entitySets: ReadonlyMap<string, string[]>,
  byEntity: ReadonlyMap<string, Occurrence[]>,
): CrossLinks['related'] {
  const maxDocs = Math.max(2, Math.floor(articles.length * MAX_RELATED_SHARE));
  const informative = (ref: string) => byEntity.get(ref)!.length <= maxDocs || articles.length <= 10;
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const docsOf = new Map([...byEntity].map(([ref, docs]) => [ref, docs.map((d) => position.get(d.article)!)]));
  const weights = new Float64Array(articles.length);
  const touched: number[] = [];
  const related: CrossLinks['related'] = new Map();
  for (const [self, article] of articles.entries()) {
    const refs = entitySets.get(article.id)!.filter(informative);
    for (const ref of refs) {
      const docs = docsOf.get(ref)!;
      const idf = Math.log(1 + articles.length / docs.length);
      for (const other of docs) {
        if (other === self) continue;
        if (weights[other] === 0) touched.push(other);
        weights[other] += idf;
      }
    }
    const best: Array<{ index: number; weight: number }> = [];
    const before = (a: { index: number; weight: number }, b: { index: number; weight: number }) =>
      a.weight > b.weight || (a.weight === b.weight && compareText()(articles[a.index]!.id, articles[b.index]!.id) < 0);
    for (const index of touched) {
      const candidate = { index, weight: weights[index]! };
      weights[index] = 0;
      if (best.length === RELATED_LIMIT && !before(candidate, best[RELATED_LIMIT - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1]!)) at--;
      best.splice(at, 0, candidate);
      if (best.length > RELATED_LIMIT) best.pop();
    }
    touched.length = 0;
    related.set(
      article.id,
      best.map(({ index, weight }) => {
        const other = articles[index]!.id;
        const theirs = new Set(entitySets.get(other));
        return { article: other, shared: refs.filter((ref) => theirs.has(ref)), weight };
      }),
    );
  }
  return related;
}
