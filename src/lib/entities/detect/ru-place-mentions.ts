/**
 * One place, one reading across a Russian article: a word the article names as a place (`в Лахоре`,
 * `Лахор`) is that place wherever a rule read the same word alone as a person's surname at low confidence
 * or a given name at low confidence (`суд Лахора`, `из Лахора`, where the dictionary guesses a given name
 * or a surname for a foreign word). Not when the article names someone in full with that word as a
 * surname or a given name (`Наото Кан` … `Кан`): then the word is that person's, as `index.ts` reads it.
 */
import type { DetectedName } from './types.ts';

const fold = (value: string) => value.toLocaleLowerCase('ru').replace(/ё/gu, 'е');

/** `names`, with each lone Russian surname or given name that the article also names as a place made that place. */
export function placesOverSurnames(names: readonly DetectedName[]): DetectedName[] {
  const places = new Map<string, DetectedName>();
  for (const n of names)
    if (n.type === 'place' && n.language === 'ru' && !/[\s\u00A0]/u.test(n.normal)) {
      places.set(fold(n.normal), n);
      // The same written form read as a place elsewhere (`из Гужрата` … `суд Гужрата`).
      if (!places.has(fold(n.text))) places.set(fold(n.text), n);
    }
  if (places.size === 0) return [...names];
  // The surnames and given names of people the article names in full.
  const named = new Set(
    names.filter((n) => n.type === 'person' && n.given && n.surname).flatMap((n) => [fold(n.surname!), fold(n.given!)]),
  );
  return names.map((n) => {
    if (n.type !== 'person' || n.language !== 'ru' || n.confidence !== 'low' || n.patronymic) return n;
    if ((n.given && n.surname) || /[\s\u00A0.]/u.test(n.text)) return n;
    const key = fold(n.normal);
    const place = places.get(key) ?? places.get(fold(n.text));
    if (!place || named.has(key)) return n;
    const { surname: _surname, given: _given, gender: _gender, ...rest } = n;
    return { ...rest, type: 'place', normal: place.normal, key: place.key };
  });
}
