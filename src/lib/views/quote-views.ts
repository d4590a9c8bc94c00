/**
 * Who said what about whom: the quotes an entity or topic page shows, besides a person's own
 * (`quotesBySpeaker` in cross-links.ts). Built once per build, in one pass over the articles.
 *
 * - An entity's quotes are those in the paragraphs that name it (the quote and the sentence around it:
 *   Румас's «экспорт услуг парка» stands in the paragraph that names the Hi-Tech Park), said by someone
 *   else: a person's own words are their quotes, not quotes about them.
 * - An event's quotes add, in every article that names the event, what its participants said (the
 *   registry's `participants`): a meeting's article quotes the people who met, not always beside its name.
 * - A topic's quotes are those in the paragraphs that put the article in the topic (its evidence).
 *
 * Lists keep the archive's article order, and within an article the order of the text.
 */
import type { EntityRef, Quote } from '../entities/index.ts';
import type { ArchivedArticle } from '../archive/article.ts';
import { entitiesOf } from './cross-links.ts';

/** One quote of one article. */
export interface QuoteRef {
  article: string;
  quote: Quote;
}

export interface QuoteViews {
  /** entity ref → the quotes about it (see the module comment). */
  byEntity: Map<EntityRef, QuoteRef[]>;
  /** topic id → the quotes in its evidence paragraphs. */
  byTopic: Map<string, QuoteRef[]>;
}

/** Builds {@link QuoteViews}; `participants` gives each event's participants (event ref → refs). */
export function quoteViews(
  articles: readonly ArchivedArticle[],
  participants: ReadonlyMap<EntityRef, readonly EntityRef[]>,
): QuoteViews {
  const byEntity: QuoteViews['byEntity'] = new Map();
  const byTopic: QuoteViews['byTopic'] = new Map();
  const add = (map: Map<string, QuoteRef[]>, key: string, article: string, quotes: readonly Quote[]) => {
    if (quotes.length === 0) return;
    const list = map.get(key);
    const refs = quotes.map((quote) => ({ article, quote }));
    if (list) list.push(...refs);
    else map.set(key, refs);
  };
  for (const article of articles) {
    if (article.quotes.length === 0) continue;
    for (const [ref, paragraphs] of entitiesOf(article)) {
      const named = new Set(paragraphs);
      const speakers = new Set(participants.get(ref) ?? []);
      const about = article.quotes.filter(
        (q) => q.speaker !== ref && (named.has(q.paragraph) || (q.speaker !== undefined && speakers.has(q.speaker))),
      );
      add(byEntity, ref, article.id, about);
    }
    for (const match of article.topics) {
      const evidence = new Set(match.evidence.flatMap((e) => e.paragraphs));
      add(
        byTopic,
        match.topic,
        article.id,
        article.quotes.filter((q) => evidence.has(q.paragraph)),
      );
    }
  }
  return { byEntity, byTopic };
}
