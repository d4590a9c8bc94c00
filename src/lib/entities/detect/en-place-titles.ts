/**
 * A place opening the words before a title or a party's member (`Hong Kong Financial Secretary Donald
 * Tsang`, `New Zealand Finance Minister Bill Birch`, `Israel PM Peres`, `Pennsylvania Gov.`, `a California
 * Democrat`): the place is a name of its own, the words after it are the post, not a body's name.
 */
import { countries, gazetteerPlaces, knownPlaces, orgWords, placeNames } from './en-lexicon.ts';

/** A party's member or a post written after the place it stands for (`California Republican`, `Texas Gov.`). */
export const memberWords = new Set(['republican', 'republicans', 'democrat', 'democrats', 'gov', 'governor', 'pm']);

/**
 * How many of the first `lowered` words (lower case, dots dropped) name a place the lists know, longest
 * first; 0 when none does or when a body's word follows it (`New York Stock Exchange` is a body).
 */
export function leadingPlace(lowered: readonly string[]): number {
  for (let k = Math.min(3, lowered.length); k >= 1; k--) {
    const words = lowered.slice(0, k).join(' ');
    const place =
      k === 1
        ? knownPlaces.has(words) || countries.has(words) || gazetteerPlaces.has(words)
        : placeNames.has(words) || gazetteerPlaces.has(words);
    if (place) return lowered.slice(k).some((w) => orgWords.has(w)) ? 0 : k;
  }
  return 0;
}
