/**
 * Entity enrichment: the one entry point the article pipeline calls.
 *
 * ```ts
 * const registry = await loadRegistry('content');
 * const { mentions, quotes, topics } = await enrichArticle(article.paragraphs, registry);
 * ```
 * The alias index and compiled topics are built once per registry object and reused.
 */
import { buildAliasIndex, type AliasIndex } from './alias-index.ts';
import type { Enrichment } from './enrichment-schema.ts';
import { findMentions } from './mentions.ts';
import { loadMorphology, type Morphology } from './morphology.ts';
import { findQuotes } from './quotes.ts';
import type { Registry } from './schema.ts';
import { compileTopics, lemmatise, topicsFor, type CompiledTopic } from './topics.ts';

export { buildAliasIndex, type AliasIndex, type Terminal } from './alias-index.ts';
export { loadRegistry, RegistryError, type RegistryProblem } from './load-registry.ts';
export { findMentions } from './mentions.ts';
export { createMorphology, loadMorphology, type Morphology, type WordAnalysis } from './morphology.ts';
export { findQuotes } from './quotes.ts';
export type { Entity, EntityKind, EntityRef, Registry, Topic } from './schema.ts';
export { compileTopics, lemmatise, topicsFor, withLinkedTopics, type CompiledTopic } from './topics.ts';
export type { Enrichment, Mention, Quote, TopicEvidence, TopicMatch } from './enrichment-schema.ts';
export { unmatchedNames, type UnmatchedName } from './unmatched.ts';

/** Everything derived from a registry that is worth building once. */
export interface CompiledRegistry {
  readonly morphology: Morphology;
  readonly index: AliasIndex;
  readonly topics: readonly CompiledTopic[];
}

const compiled = new WeakMap<Registry, Promise<CompiledRegistry>>();

/** Builds (once per registry object) the alias index and compiled topics. */
export function compileRegistry(registry: Registry): Promise<CompiledRegistry> {
  let result = compiled.get(registry);
  if (!result) {
    result = loadMorphology().then((morphology) => ({
      morphology,
      index: buildAliasIndex(registry.entities, morphology),
      topics: compileTopics(registry.topics, morphology),
    }));
    compiled.set(registry, result);
  }
  return result;
}

/**
 * Finds an article's mentions, quotes and topics. `paragraphs[0]` is paragraph 1 (`#p-1`); `year`, the
 * publication year when known, picks between organizations that shared a name in different periods.
 */
export async function enrichArticle(
  paragraphs: readonly string[],
  registry: Registry,
  year?: number,
): Promise<Enrichment> {
  const { morphology, index, topics } = await compileRegistry(registry);
  return enrichWith(paragraphs, index, topics, morphology, year);
}

/** Synchronous core of {@link enrichArticle}, for callers that compiled the registry themselves. */
export function enrichWith(
  paragraphs: readonly string[],
  index: AliasIndex,
  topics: readonly CompiledTopic[],
  morphology: Morphology,
  year?: number,
): Enrichment {
  const mentions = findMentions(paragraphs, index, year);
  const quotes = findQuotes(paragraphs, mentions);
  const lemmas = lemmatise(paragraphs, morphology);
  return { mentions, quotes, topics: topicsFor({ paragraphs, mentions, lemmas }, topics) };
}
