/**
 * Schemas of what enrichment finds in an article and every article keeps (src/lib/archive/article.ts): its
 * entity mentions, its quotations and the topics it belongs to. The matchers use the types inferred from
 * them, so the `articles` collection's schema and the library cannot drift apart.
 */
import { z } from 'zod';
import { entityRef } from './schema.ts';

/** A 1-based paragraph number (paragraph 1 is shown as `#p-1`). */
const paragraphNumber = z.number().int().positive();

/** A UTF-16 offset within a paragraph's text. */
const offset = z.number().int().nonnegative();

/** Where in the article something was found: a stretch of one paragraph. */
const span = {
  /** The paragraph it is in. */
  paragraph: paragraphNumber,
  /** Offset of its first character within the paragraph string. */
  start: offset,
  /** Offset just past its last character. */
  end: offset,
};

/** One place where an entity is mentioned. */
export const mention = z.object({
  ...span,
  /** The entity, `<kind>/<id>` (`people/lukashenko`). */
  entity: entityRef,
  /** The text as written, `paragraph.slice(start, end)`. */
  text: z.string(),
});
export type Mention = z.infer<typeof mention>;

/**
 * A direct quotation in an article: `start` is after the opening mark or dash, `end` before the closing mark;
 * `text` is the quoted words without quotation marks or the author's interruption.
 */
export const quote = z.object({
  ...span,
  /** The quoted words. */
  text: z.string(),
  /** The speaker's entity ref (`people/popkov`), when known. */
  speaker: entityRef.optional(),
});
export type Quote = z.infer<typeof quote>;

/** Why an article is in a topic. */
export const topicEvidence = z.object({
  /** `entity`: a mention of `ref`; `keyword`: the keyword `ref` occurred. */
  kind: z.enum(['entity', 'keyword']),
  /** The entity ref or the keyword as written in the topic file. */
  ref: z.string(),
  /** The paragraphs where it occurred. */
  paragraphs: z.array(paragraphNumber),
});
export type TopicEvidence = z.infer<typeof topicEvidence>;

/** An article's membership in one topic. */
export const topicMatch = z.object({
  /** Topic id. */
  topic: z.string(),
  /** The number of (evidence, paragraph) pairs (src/lib/entities/topics.ts says how it is counted). */
  score: z.number(),
  /** Everything that counted. */
  evidence: z.array(topicEvidence),
});
export type TopicMatch = z.infer<typeof topicMatch>;

/** What enrichment adds to an article. */
export const enrichment = z.object({
  /** Entity mentions, in text order. */
  mentions: z.array(mention),
  /** Direct quotations, with speakers where known. */
  quotes: z.array(quote),
  /** Topics the article belongs to, best first. */
  topics: z.array(topicMatch),
});
export type Enrichment = z.infer<typeof enrichment>;
