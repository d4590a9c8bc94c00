import { eld } from 'eld/medium';
import type { Language } from '../metadata/schema.ts';
import { stopwords } from './stopwords/index.ts';

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
/** Letters of Łacinka (Belarusian in Latin script) that English text does not use: ŭ is Belarusian alone. */
const lacinkaLetters = /[čšžćłŭńśźČŠŽĆŁŬŃŚŹ]/gu;
/** Common Łacinka words (and forms) that are not English words. */
const LACINKA_WORDS = new Set([
  'i',
  'ŭ',
  'na',
  'nie',
  'jak',
  'heta',
  'hetaha',
  'jaho',
  'jany',
  'jana',
  'jon',
  'što',
  'z',
  'dla',
  'pa',
  'ad',
  'da',
  'ci',
  'ale',
  'tak',
  'my',
  'vy',
  'jakija',
  'jaki',
  'kali',
  'tolki',
  'taksama',
  'była',
  'byŭ',
  'było',
  'jość',
  'pad',
  'praz',
  'bielarusi',
  'biełaruś',
  'biełarusi',
  'biełaruskaj',
  'biełaruskaja',
  'miensk',
  'mienska',
  'ŭłady',
  'hod',
  'hoda',
  'kraina',
  'krainy',
]);
/** English words that are frequent and never Łacinka. */
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'is',
  'that',
  'for',
  'with',
  'was',
  'on',
  'it',
  'as',
  'by',
  'are',
  'this',
  'from',
  'be',
  'have',
  'has',
  'will',
  'said',
]);

/** Whether a Latin-script text is Belarusian in Łacinka: its own letters, and its common words outnumbering English ones. */
export function isLacinka(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const special = (sample.match(lacinkaLetters) ?? []).length;
  let lacinka = 0;
  let english = 0;
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (LACINKA_WORDS.has(word)) lacinka++;
    else if (ENGLISH_WORDS.has(word)) english++;
  }
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  return letters > 0 && special / letters > 0.01 && lacinka > english;
}

/**
 * Decides the language of an article's text: eld (restricted to ru/en/be) checked against the
 * share of Cyrillic letters, and for Cyrillic text the letters only Belarusian or only Russian use.
 * Latin-script text is English unless it is Belarusian in Łacinka ({@link isLacinka}).
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
  if (cyrillicShare < 0.5) language = isLacinka(text) ? 'be' : 'en';
  else if (be > ru) language = 'be';
  else if (ru > 0) language = 'ru';
  else language = detector === 'be' ? 'be' : 'ru';
  return { language, cyrillicShare, detector };
}

/**
 * Share of a text's words that are English function words, 0…1. English news prose has 0.3–0.5; another
 * Latin-script language the archive does not read (Portuguese, Spanish, German), which the detector, restricted to
 * ru/en/be, calls English, has under 0.2.
 */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length === 0 ? 0 : words.filter((w) => stopwords.en.has(w)).length / words.length;
}

/** From this share of English function words on, a text "called English" is English (see {@link englishShare}). */
export const ENGLISH_SHARE_MIN = 0.2;
