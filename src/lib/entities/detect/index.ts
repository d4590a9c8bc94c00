/**
 * Name detection over an article: each paragraph is read in its own language (`language.ts`) by the
 * Russian, Belarusian or English detector; captions, photo credits and boilerplate are never read.
 * Within one article a bare surname after a full name (`Сергей Румас … Румас сказал`) takes that
 * person's full normal form and high confidence, as an editor would read it.
 */
import type { Morphology } from '../morphology.ts';
import { detectBelarusian } from './be.ts';
import { detectEnglish } from './en.ts';
import { paragraphLanguage } from './language.ts';
import { nameKey, wordKey } from './name-key.ts';
import { detectRussian } from './ru.ts';
import type { DetectedName, DetectionParagraph } from './types.ts';

export type { DetectedName, DetectionParagraph, NameType, TextLanguage } from './types.ts';
export { paragraphLanguage } from './language.ts';
export { nameKey, wordKey } from './name-key.ts';

/** Paragraph kinds whose text is not the article's own: never a source of names. */
const skippedKinds = new Set(['caption', 'boilerplate', 'credit']);

/** A photo credit or caption line inside a paragraph (`Фото: TUT.BY`). */
const credit = /(?:^|[.!?]\s+)(?:фото|фота|photo|иллюстрация|источник|крыніца|source)\s*:/iu;

/** Every name in the article's paragraphs (`paragraphs[0]` is paragraph 1), in text order. */
export function detectNames(paragraphs: readonly (DetectionParagraph | string)[], morphology: Morphology): DetectedName[] {
  const found: DetectedName[] = [];
  paragraphs.forEach((entry, index) => {
    const paragraph = typeof entry === 'string' ? { text: entry } : entry;
    if (paragraph.kind && skippedKinds.has(paragraph.kind)) return;
    let text = paragraph.text;
    const creditAt = text.search(credit);
    if (creditAt >= 0) text = text.slice(0, creditAt) + ' '.repeat(text.length - creditAt);
    const language = paragraphLanguage(text);
    const names = language === 'ru' ? detectRussian(text, index + 1, morphology) : language === 'be' ? detectBelarusian(text, index + 1) : detectEnglish(text, index + 1);
    found.push(...names);
  });
  return resolveSurnames(found);
}

/** A bare surname after a full name with the same surname (same key) in the article becomes that person. */
function resolveSurnames(names: DetectedName[]): DetectedName[] {
  const full = new Map<string, DetectedName>();
  return names.map((name) => {
    if (name.type !== 'person' || !name.surname) return name;
    const surnameKey = wordKey(name.surname);
    if (name.given || name.normal.includes('.')) {
      if (name.given) full.set(surnameKey, name);
      return name;
    }
    const person = full.get(surnameKey);
    if (!person) return name;
    return { ...name, normal: person.normal, key: nameKey(person.normal), confidence: 'high', given: person.given, patronymic: person.patronymic, surname: person.surname, gender: person.gender };
  });
}
