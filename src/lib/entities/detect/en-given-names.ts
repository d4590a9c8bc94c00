/**
 * English articles call someone by the first word of the name they gave in full (`Jansher Khan` …
 * `Jansher said`, `Banharn Silpa-archa` … `Banharn's coalition`, `Lim Kit Siang` … `Lim`): that word alone
 * is that person (`englishGivenNames`). The article-wide surname step (`index.ts`) covers the last word.
 */
import { byPosition } from './common.ts';
import { connectors, countries, gazetteerPlaces, knownPlaces, orgWords, stopWords, thingWords } from './en-lexicon.ts';
import { englishOccurrences, isNationality, writtenName } from './en-cues.ts';
import type { DetectedName, TextLanguage } from './types.ts';

/**
 * The first word of a person named in full in two to four words, found alone elsewhere in the article's
 * English paragraphs, is a mention of that person: a low-confidence name with that `given` (the surname
 * step then gives it the full name when one person of the article has it). Not when two people of the
 * article share the word, nor for words the article writes in lower case (`lowerWords`), places, bodies'
 * words, a word inside a longer capitalised run (`Jansher Khan` itself, `Paul Smith` for `Paul McGrath`)
 * or in a compound (`Jansher-style`).
 */
export function englishGivenNames(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: TextLanguage }>,
  lowerWords: ReadonlySet<string>,
): DetectedName[] {
  const people = new Map<string, Set<string>>();
  for (const n of found) {
    if (n.language !== 'en' || n.type !== 'person' || !n.given || !n.surname) continue;
    const words = n.normal.split(/[ \u00A0]+/u);
    if (words.length < 2 || words.length > 4 || words[0] !== n.given) continue;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(n.given)) continue;
    const word = n.given.toLowerCase();
    if (
      [lowerWords, stopWords, connectors, orgWords, thingWords, knownPlaces, countries, gazetteerPlaces].some((list) =>
        list.has(word),
      ) ||
      isNationality(word)
    )
      continue;
    const keys = people.get(n.given) ?? new Set<string>();
    keys.add(n.key);
    people.set(n.given, keys);
  }
  const givens = [...people].filter(([, keys]) => keys.size === 1).map(([given]) => given);
  if (givens.length === 0) return found;
  const extra: DetectedName[] = [];
  const edges = { before: "\\p{L}\\p{N}.'’-", after: '\\p{L}\\p{N}-' };
  for (const { paragraph, text, start, end, word } of englishOccurrences(paragraphs, givens, edges)) {
    if (found.some((n) => n.paragraph === paragraph && n.start < end && start < n.end)) continue;
    // A word of a longer capitalised run is some other name (`Paul Smith`, `Jansher Khan` itself).
    if (/^[ \u00A0]+\p{Lu}/u.test(text.slice(end))) continue;
    // A common word opening the sentence before it is no name (`Later Jansher said`).
    const previous = /(^|[.!?"“]\s+|\s)(\p{Lu}[\p{L}.]*)[ \u00A0]+$/u.exec(text.slice(0, start));
    const opener =
      previous !== null &&
      !/^\s$/u.test(previous[1]) &&
      (lowerWords.has(previous[2].toLowerCase()) || stopWords.has(previous[2].toLowerCase()));
    if (previous && !opener) continue;
    extra.push({ ...writtenName('person', paragraph, start, word, 'low'), given: word });
  }
  if (extra.length === 0) return found;
  return [...found, ...extra].sort(byPosition);
}
