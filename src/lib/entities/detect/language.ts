/**
 * Which language a paragraph is written in, decided per paragraph (an article may quote a Belarusian
 * statement in a Russian text). Russian and Belarusian share most letters; Belarusian alone has `і`
 * and `ў`, Russian alone `и`, `щ`, `ъ`. A paragraph with few Cyrillic letters is read as English, unless
 * it is Belarusian in Łacinka (`ŭ`, or `ł` with `č`/`š`/`ž` and `ć`/`ś`/`ź`/`ń`).
 */
import { isLacinka } from './lacinka.ts';
import type { TextLanguage } from './types.ts';

/** Belarusian words that Russian text does not use (for paragraphs too short for letter counts). */
const belarusianWords =
  /(?<![\p{L}\p{N}])(?:і|ў|таксама|паводле|яго|гэта|якія|які|што|калі|таму|быў|была|ужо|вельмі)(?![\p{L}\p{N}])/giu;

/** Spellings of Belarusian and not Russian: `шч`, `-ць`, `-цыя`, the adjective endings `-скае`, `-нага` (not `дз`: `Рособрнадзор`). */
const belarusianSpellings = /шч|ць(?![\p{L}\p{N}])|цы[яюі]|(?:ск|цк|н)(?:ае|ага)(?![\p{L}\p{N}])/iu;

/** The paragraph's language: `be`, `ru` or `en` (any mostly Latin-script text). */
export function paragraphLanguage(text: string): TextLanguage {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic === 0 || latin > cyrillic * 2) return isLacinka(text) ? 'be' : 'en';
  const be = text.match(/[іІўЎ]/gu)?.length ?? 0;
  const ru = text.match(/[иИщЩъЪ]/gu)?.length ?? 0;
  if (be > ru) return 'be';
  // Neither script's own letters (`Беларускае Радыё Рацыя`): Belarusian spellings Russian does not have.
  if (be === 0 && ru === 0 && belarusianSpellings.test(text)) return 'be';
  if (be > 0 && be * 3 >= ru && (text.match(belarusianWords)?.length ?? 0) > 0) return 'be';
  return 'ru';
}

/** Is a paragraph Belarusian in Łacinka (read as `be`, but in Latin script)? */
export function isLacinkaParagraph(text: string): boolean {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin > cyrillic * 2 && isLacinka(text);
}
