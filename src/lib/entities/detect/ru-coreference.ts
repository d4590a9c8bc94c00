/**
 * Descriptor coreference in Russian, the light way: once an article has named an organization with a
 * descriptor (`концерн «Фольксваген»`, `телеканала World Fashion Channel`, `Большой театр`), a later
 * lower-case mention of that descriptor alone in the singular (`концерна`, `телеканал`, `театра`) is that
 * organization, with its normal form. Plural and generic uses (`компании`, `другая компания`) never count,
 * nor a descriptor that opens a name of its own (`компания «Алтек»`, `компания Apple`).
 */
import type { AzParse } from 'az';
import type { Morphology } from '../morphology.ts';
import { tokenize, type Token } from '../tokenize.ts';
import { coreferentHeads, genericDeterminers, pointingDeterminers } from './ru-lexicon.ts';
import type { DetectedName, TextLanguage } from './types.ts';

/** A paragraph as the coreference pass reads it. */
export interface CoreferenceParagraph {
  readonly paragraph: number;
  readonly text: string;
  readonly language: TextLanguage;
}

/** The descriptor lemma a singular lower-case noun reading gives, when it is one of `coreferentHeads`. */
function descriptorOf(token: Token, morphology: Morphology): string | undefined {
  if (!/^\p{Ll}/u.test(token.text)) return undefined;
  const parse = morphology
    .parses(token.text)
    .find((p: AzParse) => Boolean(p.tag.NOUN) && p.score >= 0.1 && coreferentHeads.has(p.normalize().word));
  return parse && !parse.tag.plur ? parse.normalize().word : undefined;
}

/**
 * An organization named by a proper name, not only described (`концерн «Фольксваген»`, `компания
 * Hewlett-Packard`, `Комитет ООН`; not `Конституционный суд`): its own name, quoted, in Latin script or
 * capitalised past its first word.
 */
const named = (name: DetectedName) =>
  /[«"„“\p{Script=Latin}]|[\s\u00A0]\p{Lu}/u.test(name.text) || /^\p{Lu}\S*$/u.test(name.text);

/** Organizations found by the pass, one per lone descriptor that follows its antecedent. */
export function descriptorMentions(
  found: readonly DetectedName[],
  paragraphs: readonly CoreferenceParagraph[],
  morphology: Morphology,
): DetectedName[] {
  const extra: DetectedName[] = [];
  /** Descriptor lemma → the organization it last introduced. */
  const antecedents = new Map<string, DetectedName>();
  for (const { paragraph, text, language } of paragraphs) {
    if (language !== 'ru') continue;
    const tokens = tokenize(text);
    const here = found.filter((n) => n.paragraph === paragraph);
    const organizations = here.filter((n) => n.type === 'organization');
    tokens.forEach((token, i) => {
      // A descriptor right before an organization's name, or inside it (`Корпорация Philips`, `Большой театр`),
      // introduces that organization.
      const introduced = organizations.find(
        (n) =>
          (token.start >= n.start && token.end <= n.end) ||
          (token.end <= n.start && /^[\s\u00A0«"„“]*$/u.test(text.slice(token.end, n.start))),
      );
      const lemma = descriptorOf(token, morphology) ?? (introduced && descriptorLemma(token, morphology));
      if (!lemma) return;
      if (introduced) {
        if (named(introduced)) antecedents.set(lemma, introduced);
        return;
      }
      const antecedent = antecedents.get(lemma);
      if (!antecedent || here.some((n) => n.start < token.end && token.start < n.end)) return;
      // `компания Apple`, `компанией «Алтек»`: a descriptor opening a name is no mention of an earlier one.
      const next = tokens[i + 1];
      if (next && /^[\s\u00A0]*["«„“]?$/u.test(text.slice(token.end, next.start)) && /^\p{Lu}/u.test(next.text)) return;
      const previous = tokens[i - 1];
      // `другая компания`, `крупнейший банк мира`, `призового фонда`: a qualified descriptor is a body of
      // its own or a generic one; only `этот`, `тот`, `данный` … keep it pointing back.
      const qualifier = previous && /^\p{Ll}/u.test(previous.text) ? morphology.parses(previous.text)[0] : undefined;
      const qualifierLemma = qualifier?.normalize().word ?? '';
      if (
        qualifier &&
        (genericDeterminers.has(qualifierLemma) ||
          (Boolean(qualifier.tag.ADJF) && qualifier.score >= 0.3 && !pointingDeterminers.has(qualifierLemma)))
      )
        return;
      extra.push({
        ...antecedent,
        paragraph,
        start: token.start,
        end: token.end,
        text: token.text,
        language: 'ru',
        confidence: 'low',
      });
    });
  }
  return extra;
}

/** Any-case, any-number descriptor lemma of a word inside or before a name (`Корпорация`, `Театр`). */
function descriptorLemma(token: Token, morphology: Morphology): string | undefined {
  return morphology
    .parses(token.text)
    .map((p) => p.normalize().word.toLocaleLowerCase('ru'))
    .find((lemma) => coreferentHeads.has(lemma));
}
