/**
 * Places told by their shape alone: a city named with `City` (`New York City`, `Atlantic City`, `the Old
 * City`) and a place the lists know after the compass's initial (`S. Korea`, `N. Ireland`).
 */
import { connectors, countries, gazetteerPlaces, knownPlaces, orgWords, placeNames } from './en-lexicon.ts';
import { isNationality } from './en-cues.ts';

/** A club's context around `X City` (`Norwich City 2-1`, `beat Leicester City`, `joined Stoke City`). */
const clubBefore =
  /(?<![\p{L}])(?:v|vs|against|beat|beating|joined|joins|join|for|from|with|at|host|hosts|play|plays|face|faces|side|club)[ \u00A0]+$/iu;
const clubAfter =
  /^[ \u00A0]*(?:\d|[ \u00A0](?:beat|drew|draw|lost|won|win|lose|are|have|striker|defender|midfielder|manager|coach|fans)(?![\p{L}]))/u;

const known = (words: string) =>
  knownPlaces.has(words) || countries.has(words) || gazetteerPlaces.has(words) || placeNames.has(words);

/**
 * Is the capitalised run `written` (its `words`), with `textBefore` and `textAfter` the paragraph around it,
 * a place by its shape?
 */
export function placeShape(written: string, words: readonly string[], textBefore: string, textAfter: string): boolean {
  const lowered = words.map((w) => w.toLowerCase());
  // `S. Korea`, `N. Ireland`: the compass's initial written with its dot before a known place.
  if (/^[NSEW]\.[ \u00A0]/u.test(written) && known(lowered.slice(1).join(' '))) return true;
  // `New York City`, `Atlantic City`: not a club (`Norwich City 2-1`, `beat Leicester City`).
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    lowered[lowered.length - 1] === 'city' &&
    !lowered.slice(0, -1).some((w) => orgWords.has(w) || connectors.has(w) || isNationality(w)) &&
    !clubBefore.test(textBefore) &&
    !clubAfter.test(textAfter)
  );
}
