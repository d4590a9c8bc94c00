/**
 * Why an article is in a topic, in words: the evidence of a topic match (`topicsFor`) as a phrase a
 * reader understands ("names the EAEU, and the same paragraph has the word «цифровой» (¶ 1, 7)"),
 * never the rule's own syntax (`organizations/eaeu & цифровой`). Pure: the page turns the parts into
 * text and links (an entity to its page, a paragraph to `#p-N`).
 */
import type { UiLanguage } from '../i18n/dates.ts';
import { t } from '../i18n/strings.ts';
import type { EntityRef } from './schema.ts';
import type { TopicEvidence } from './enrichment-schema.ts';

/** A piece of an explanation: words, an entity to link, or a paragraph to link. */
export type ExplanationPart = { text: string } | { entity: EntityRef } | { paragraph: number };

/** A keyword's terms split into entity refs and words (`organizations/eaeu & цифровой`). */
function termsOf(evidence: TopicEvidence): { entities: EntityRef[]; words: string[] } {
  const terms = evidence.kind === 'entity' ? [evidence.ref] : evidence.ref.split('&').map((term) => term.trim());
  return { entities: terms.filter((term) => term.includes('/')), words: terms.filter((term) => !term.includes('/')) };
}

/** ` (абз. 1, 7)`: the paragraphs, each one a part of its own to link. */
function paragraphParts(paragraphs: readonly number[], label: string): ExplanationPart[] {
  return [
    { text: ` (${label} ` },
    ...paragraphs.flatMap((paragraph, i) => [...(i > 0 ? [{ text: ', ' }] : []), { paragraph }]),
    { text: ')' },
  ];
}

/**
 * The explanation of evidence with the same entities (one piece, or several keywords that differ only
 * in their one word: `organizations/eaeu & цифровой`, `organizations/eaeu & digital`), in `ui`.
 */
function explainGroup(group: readonly TopicEvidence[], ui: UiLanguage): ExplanationPart[] {
  const s = t(ui).find.evidence;
  const { entities, words } = termsOf(group[0]!);
  const parts: ExplanationPart[] = [];
  if (entities.length > 0) {
    parts.push({ text: `${s.names} ` });
    entities.forEach((entity, i) => parts.push(...(i > 0 ? [{ text: ` ${s.and} ` }] : []), { entity }));
  }
  const quoted = (list: readonly string[]) => list.map((word) => `«${word}»`).join(` ${s.and} `);
  if (group.length > 1) {
    // One entity with several words, any of which puts the paragraph in: each word with its paragraphs.
    parts.push({ text: `${s.sameParagraphHas} ` });
    group.forEach((e, i) => {
      parts.push(
        { text: `${i > 0 ? ', ' : ''}${quoted(termsOf(e).words)}` },
        ...paragraphParts(e.paragraphs, s.paragraphs),
      );
    });
    return parts;
  }
  if (words.length > 0) {
    const label = words.length > 1 ? s.words : /\s/u.test(words[0]!) ? s.phrase : s.word;
    parts.push({
      text: entities.length > 0 ? `${s.sameParagraphHas} ${label} ${quoted(words)}` : `${label} ${quoted(words)}`,
    });
  }
  // "names A and B in one paragraph", "the words «a» and «b» in one paragraph" (entity-and-word says "the same paragraph").
  if (entities.length + words.length > 1 && (entities.length === 0 || words.length === 0))
    parts.push({ text: ` ${s.inOneParagraph}` });
  return [...parts, ...paragraphParts(group[0]!.paragraphs, s.paragraphs)];
}

/**
 * Why an article is in a topic: every piece of its evidence explained, joined by `; `. Keywords that
 * pair the same entities with one word each are told together ("names the EAEU, and the same paragraph
 * has «цифровой» (¶ 1, 7), «digital» (¶ 1)").
 */
export function explainMatch(evidence: readonly TopicEvidence[], ui: UiLanguage): ExplanationPart[] {
  const groups = new Map<string, TopicEvidence[]>();
  for (const e of evidence) {
    const { entities, words } = termsOf(e);
    const key =
      e.kind === 'keyword' && entities.length > 0 && words.length === 1 ? entities.join('&') : `${e.kind}:${e.ref}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].flatMap((group, i) => [...(i > 0 ? [{ text: '; ' }] : []), ...explainGroup(group, ui)]);
}

/** The explanation as plain text, entities and paragraphs given by `name` (for tests and plain-text uses). */
export function explanationText(parts: readonly ExplanationPart[], name: (ref: EntityRef) => string): string {
  return parts
    .map((part) => ('text' in part ? part.text : 'entity' in part ? name(part.entity) : String(part.paragraph)))
    .join('');
}
