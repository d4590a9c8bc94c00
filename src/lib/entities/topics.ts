/**
 * Topic membership: which articles a topic page lists. Pure: the caller supplies the article's
 * mentions and lemmas, and topics compiled once with {@link compileTopics}.
 *
 * Score = number of (evidence, paragraph) pairs: each paragraph that mentions one of the rule's
 * entities counts 1 per entity, each paragraph that contains one of its keywords counts 1 per
 * keyword. A keyword is a lemmatised phrase (`технологический суверенитет` matches
 * `технологического суверенитета`), or several terms joined by ` & ` that must all occur in the same
 * paragraph; a term containing `/` is an entity ref and is satisfied by a mention of that entity.
 * A topic about an entity (`entity` in its file) counts the entity's mentions as evidence, and an
 * article naming it is a member whatever its score: the topic holds every article of the entity's page.
 */
import type { Mention, TopicEvidence, TopicMatch } from './enrichment-schema.ts';
import type { Morphology } from './morphology.ts';
import type { EntityRef, Topic } from './schema.ts';
import { foldKey, tokenize } from './tokenize.ts';
import { compareText } from '../collate.ts';

/** One term of a keyword: an entity, or a phrase as lemma alternatives per word. */
export type KeywordTerm = { readonly entity: EntityRef } | { readonly phrase: readonly (readonly string[])[] };

/** A keyword ready for matching. */
export interface CompiledKeyword {
  /** The keyword as written in the topic file. */
  readonly source: string;
  /** Terms that must all occur in one paragraph. */
  readonly terms: readonly KeywordTerm[];
}

/** A topic ready for {@link topicsFor}. */
export interface CompiledTopic {
  /** Topic id (file name). */
  readonly id: string;
  /** The entity the topic is about: an article naming it is a member whatever its score. */
  readonly about?: EntityRef;
  /** Entities whose mentions count (the topic's own entity first). */
  readonly entities: readonly EntityRef[];
  /** Keywords whose occurrences count. */
  readonly keywords: readonly CompiledKeyword[];
  /** Least score for membership. */
  readonly minScore: number;
}

/** The article as {@link topicsFor} needs it. */
export interface TopicInput {
  /** Paragraph texts. */
  readonly paragraphs: readonly string[];
  /** Entity mentions (`findMentions`). */
  readonly mentions: readonly Mention[];
  /**
   * Per paragraph, per word, the word's lemmas (`lemmatise`). Without it, words are compared by their
   * folded form only, so inflected forms do not match.
   */
  readonly lemmas?: readonly (readonly (readonly string[])[])[];
}

/** Lemmatises keywords once, for the whole archive. */
export function compileTopics(topics: readonly Topic[], morphology: Morphology): CompiledTopic[] {
  return topics.map((topic) => ({
    id: topic.id,
    ...(topic.entity ? { about: topic.entity } : {}),
    entities: [...new Set([...(topic.entity ? [topic.entity] : []), ...topic.rule.entities])],
    minScore: topic.rule.minScore,
    keywords: topic.rule.keywords.map((source) => ({
      source,
      terms: source.split('&').map((raw): KeywordTerm => {
        const term = raw.trim();
        if (term.includes('/')) return { entity: term };
        return { phrase: tokenize(term).map((t) => morphology.analyse(t.text).bestLemmas) };
      }),
    })),
  }));
}

/** Per paragraph, per word, its lemmas: the `lemmas` input of {@link topicsFor}. */
export function lemmatise(paragraphs: readonly string[], morphology: Morphology): string[][][] {
  return paragraphs.map((text) => tokenize(text).map((t) => [...morphology.lemmas(t.text)]));
}

/** The topics an article belongs to, best first. */
export function topicsFor(article: TopicInput, topics: readonly CompiledTopic[]): TopicMatch[] {
  const lemmas = article.lemmas ?? article.paragraphs.map((p) => tokenize(p).map((t) => [foldKey(t.text)]));
  const positions = lemmas.map(positionsByLemma);
  const mentioned = article.paragraphs.map(
    (_, i) => new Set(article.mentions.filter((m) => m.paragraph === i + 1).map((m) => m.entity)),
  );

  const matches: TopicMatch[] = [];
  for (const topic of topics) {
    const evidence: TopicEvidence[] = [];
    for (const entity of topic.entities) {
      const paragraphs = mentioned.flatMap((set, i) => (set.has(entity) ? [i + 1] : []));
      if (paragraphs.length > 0) evidence.push({ kind: 'entity', ref: entity, paragraphs });
    }
    for (const keyword of topic.keywords) {
      const paragraphs = lemmas.flatMap((words, i) =>
        keyword.terms.every((term) =>
          'entity' in term ? mentioned[i].has(term.entity) : hasPhrase(words, positions[i], term.phrase),
        )
          ? [i + 1]
          : [],
      );
      if (paragraphs.length > 0) evidence.push({ kind: 'keyword', ref: keyword.source, paragraphs });
    }
    const score = evidence.reduce((sum, e) => sum + e.paragraphs.length, 0);
    const namesItsEntity = evidence.some((e) => e.kind === 'entity' && e.ref === topic.about);
    if ((score >= topic.minScore || namesItsEntity) && score > 0) matches.push({ topic: topic.id, score, evidence });
  }
  return matches.sort((a, b) => b.score - a.score || compareText()(a.topic, b.topic));
}

function positionsByLemma(words: readonly (readonly string[])[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  words.forEach((lemmas, i) => {
    for (const lemma of lemmas) {
      const list = map.get(lemma);
      if (list) list.push(i);
      else map.set(lemma, [i]);
    }
  });
  return map;
}

function hasPhrase(
  words: readonly (readonly string[])[],
  positions: ReadonlyMap<string, number[]>,
  phrase: readonly (readonly string[])[],
): boolean {
  if (phrase.length === 0) return false;
  const starts = new Set(phrase[0].flatMap((lemma) => positions.get(lemma) ?? []));
  for (const start of starts) {
    let ok = true;
    for (let k = 1; k < phrase.length && ok; k++) {
      const word = words[start + k];
      ok = word !== undefined && phrase[k].some((lemma) => word.includes(lemma));
    }
    if (ok) return true;
  }
  return false;
}

/**
 * An article's topics with the editor's links added (`about` in its sidecar): a topic about an entity
 * the editor links to the article holds the article too, the linked paragraphs as its evidence, as if
 * the article named the entity there. So a topic never lacks an article of its entity's page.
 */
export function withLinkedTopics(
  matches: readonly TopicMatch[],
  about: ReadonlyArray<{ entity: string; paragraphs: readonly number[] }> | undefined,
  topics: ReadonlyArray<Pick<Topic, 'id' | 'entity'>>,
): TopicMatch[] {
  if (!about?.length) return [...matches];
  const result = matches.map((m) => ({ ...m, evidence: [...m.evidence] }));
  for (const topic of topics) {
    const link = topic.entity && about.find((a) => a.entity === topic.entity);
    if (!link) continue;
    const paragraphs = link.paragraphs.length > 0 ? [...link.paragraphs] : [1];
    const match = result.find((m) => m.topic === topic.id);
    if (match?.evidence.some((e) => e.kind === 'entity' && e.ref === link.entity)) continue;
    const evidence: TopicEvidence = { kind: 'entity', ref: link.entity, paragraphs };
    if (match) {
      match.evidence.unshift(evidence);
      match.score += paragraphs.length;
    } else result.push({ topic: topic.id, score: paragraphs.length, evidence: [evidence] });
  }
  return result.sort((a, b) => b.score - a.score || compareText()(a.topic, b.topic));
}
