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
  const englishSurnames: Array<{ paragraph: number; text: string }> = [];
  paragraphs.forEach((entry, index) => {
    const paragraph = typeof entry === 'string' ? { text: entry } : entry;
    if (paragraph.kind && skippedKinds.has(paragraph.kind)) return;
    let text = paragraph.text;
    const creditAt = text.search(credit);
    if (creditAt >= 0) text = text.slice(0, creditAt) + ' '.repeat(text.length - creditAt);
    const language = paragraphLanguage(text);
    const names = language === 'ru' ? detectRussian(text, index + 1, morphology) : language === 'be' ? detectBelarusian(text, index + 1) : detectEnglish(text, index + 1);
    found.push(...names);
    if (language === 'en') englishSurnames.push({ paragraph: index + 1, text });
  });
  return resolveSurnames(addEnglishSurnames(found, englishSurnames));
}

/**
 * In English a capitalised word opening a sentence may be anything, so the detector skips it; but when
 * the article names someone in full (`Alexander Lukashenko`), the surname alone is that person
 * wherever it stands (`Lukashenko said …`, `- Putin and Lukashenko -`).
 */
function addEnglishSurnames(found: DetectedName[], paragraphs: ReadonlyArray<{ paragraph: number; text: string }>): DetectedName[] {
  const surnames = new Set(found.filter((n) => n.language === 'en' && n.type === 'person' && n.surname).map((n) => n.surname!));
  if (surnames.size === 0) return found;
  const extra: DetectedName[] = [];
  for (const { paragraph, text } of paragraphs) {
    for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!surnames.has(m[0])) continue;
      if (found.some((n) => n.paragraph === paragraph && n.start < end && start < n.end)) continue;
      extra.push({ type: 'person', paragraph, start, end, text: m[0], normal: m[0], key: nameKey(m[0]), language: 'en', confidence: 'low', surname: m[0] });
    }
  }
  return [...found, ...extra].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
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
