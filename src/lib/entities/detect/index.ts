/**
 * Name detection over an article: each paragraph is read in its own language (`language.ts`) by the
 * Russian, Belarusian or English detector; captions, photo credits and boilerplate are never read.
 * Within one article a bare surname after a full name (`Сергей Румас … Румас сказал`) takes that
 * person's full normal form and high confidence, as an editor would read it.
 */
import type { Morphology } from '../morphology.ts';
import { belarusianSurname, detectBelarusian } from './be.ts';
import { detectEnglish } from './en.ts';
import { paragraphLanguage } from './language.ts';
import { nameKey, wordKey } from './name-key.ts';
import { detectRussian } from './ru.ts';
import type { DetectedName, DetectionParagraph, TextLanguage } from './types.ts';

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
  const englishSurnames: Array<{ paragraph: number; text: string; language: TextLanguage }> = [];
  paragraphs.forEach((entry, index) => {
    const paragraph = typeof entry === 'string' ? { text: entry } : entry;
    if (paragraph.kind && skippedKinds.has(paragraph.kind)) return;
    let text = paragraph.text;
    const creditAt = text.search(credit);
    if (creditAt >= 0) text = text.slice(0, creditAt) + ' '.repeat(text.length - creditAt);
    const language = paragraphLanguage(text);
    const names = language === 'ru' ? detectRussian(text, index + 1, morphology) : language === 'be' ? detectBelarusian(text, index + 1, morphology) : detectEnglish(text, index + 1);
    found.push(...names);
    englishSurnames.push({ paragraph: index + 1, text, language });
  });
  return resolveSurnames(addSurnames(found, englishSurnames));
}

/**
 * A capitalised word opening a sentence may be anything, and a surname the dictionary reads as a common
 * word (`Кок`, `Кан`) is no name to it; but when the article names someone in full (`Alexander
 * Lukashenko`, `Наото Кан`), that surname alone, in any case, is that person wherever it stands
 * (`Lukashenko said …`, `Кан сообщил`, `Кана`).
 */
function addSurnames(found: DetectedName[], paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: TextLanguage }>): DetectedName[] {
  const surnames = new Set(found.filter((n) => n.type === 'person' && n.given && n.surname && n.surname.length >= 3).map((n) => n.surname!));
  if (surnames.size === 0) return found;
  const inflections = /(?:ом|ем|ым|им|ой|ей|а|я|у|ю|е|і|ы)$/u;
  const extra: DetectedName[] = [];
  for (const { paragraph, text, language } of paragraphs) {
    for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      const word = m[0];
      const stem = language === 'be' ? belarusianSurname(word) : language === 'ru' ? word.replace(inflections, '') : word;
      const surname = surnames.has(word) ? word : surnames.has(stem) ? stem : undefined;
      if (!surname || !/^\p{Lu}/u.test(word)) continue;
      if (found.some((n) => n.paragraph === paragraph && n.start < end && start < n.end)) continue;
      extra.push({ type: 'person', paragraph, start, end, text: word, normal: surname, key: nameKey(surname), language, confidence: 'low', surname });
    }
  }
  return [...found, ...extra].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/**
 * A bare surname after a full name with the same surname (same key) in the article becomes that person;
 * a given name alone (`без Егора`) becomes the one person of the article with that given name and a
 * surname, wherever that person is named in full.
 */
function resolveSurnames(names: DetectedName[]): DetectedName[] {
  const full = new Map<string, DetectedName>();
  const byGiven = new Map<string, DetectedName[]>();
  for (const name of names) {
    if (name.type !== 'person' || !name.given || !name.surname) continue;
    const people = byGiven.get(wordKey(name.given)) ?? [];
    if (!people.some((p) => p.key === name.key)) people.push(name);
    byGiven.set(wordKey(name.given), people);
  }
  return names.map((name) => {
    if (name.type === 'person' && name.given && !name.surname && !name.patronymic) {
      const people = byGiven.get(wordKey(name.given));
      if (people?.length !== 1) return name;
      const [person] = people;
      return { ...name, normal: person.normal, key: person.key, confidence: 'high', given: person.given, patronymic: person.patronymic, surname: person.surname, gender: person.gender };
    }
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
