import { eld } from 'eld/medium';
import type { Language } from '../metadata/schema.ts';

export interface LanguageGuess {
  language: Language;
  /** Share of letters that are Cyrillic, 0…1. */
  cyrillicShare: number;
  /** What eld said, restricted to ru/en/be. */
  detector: string;
}

eld.setLanguageSubset(['ru', 'en', 'be']);

const cyrillic = /\p{Script=Cyrillic}/u;
const letter = /\p{L}/u;
/** Letters Belarusian has and Russian does not. */
const belarusianOnly = /[ўЎіІ]/u;
/** Letters Russian has and Belarusian does not. */
const russianOnly = /[иИщЩъЪ]/u;

/**
 * Decides the language of an article's text: eld (restricted to ru/en/be) checked against the
 * share of Cyrillic letters, and for Cyrillic text the letters only Belarusian or only Russian use.
 */
export function detectLanguage(text: string): LanguageGuess {
  let letters = 0;
  let cyr = 0;
  let be = 0;
  let ru = 0;
  for (const ch of text) {
    if (!letter.test(ch)) continue;
    letters++;
    if (cyrillic.test(ch)) {
      cyr++;
      if (belarusianOnly.test(ch)) be++;
      else if (russianOnly.test(ch)) ru++;
    }
  }
  const cyrillicShare = letters === 0 ? 0 : cyr / letters;
  const detector = eld.detect(text.slice(0, 5000)).language || 'und';
  let language: Language;
  if (cyrillicShare < 0.5) language = 'en';
  else if (be > ru) language = 'be';
  else if (ru > 0) language = 'ru';
  else language = detector === 'be' ? 'be' : 'ru';
  return { language, cyrillicShare, detector };
}
