/** Small helpers the per-language detectors share. */
import { isCapitalised, isJoiningGap, type Token } from '../tokenize.ts';
import { nameKey } from './name-key.ts';
import type { DetectedName, TextLanguage } from './types.ts';

/**
 * The name written at `[start, end)` of a paragraph's `text`, with its normal form (as written unless
 * given) and its transliteration key.
 */
export function spanName(
  text: string,
  paragraph: number,
  language: TextLanguage,
  type: DetectedName['type'],
  [start, end]: readonly [number, number],
  confidence: DetectedName['confidence'],
  normal: string = text.slice(start, end),
): DetectedName {
  return {
    type,
    paragraph,
    start,
    end,
    text: text.slice(start, end),
    normal,
    key: nameKey(normal),
    language,
    confidence,
  };
}

/**
 * A maker of names over a paragraph's tokens: `make(type, from, to, normal, confidence, extra)` is the
 * name written from token `from` to token `to` (inclusive), as {@link spanName}.
 */
export function nameMaker(text: string, tokens: readonly Token[], paragraph: number, language: TextLanguage) {
  return (
    type: DetectedName['type'],
    from: number,
    to: number,
    normal: string,
    confidence: DetectedName['confidence'],
    extra: Partial<DetectedName> = {},
  ): DetectedName => ({
    ...spanName(text, paragraph, language, type, [tokens[from].start, tokens[to].end], confidence, normal),
    ...extra,
  });
}

/** Does the word at `offset` open a sentence (paragraph start, or after `.`, `!`, `?`, `…`, `:`, a dash or an opening quote)? */
export function sentenceInitial(text: string, offset: number): boolean {
  const before = text.slice(0, offset).replace(/[\s"«„“(]+$/u, '');
  return before === '' || /[.!?…:—–-]$/u.test(before);
}

/** A word starting with an upper-case letter (not a digit). */
export function isCapWord(token: Token): boolean {
  return /^\p{L}/u.test(token.text) && isCapitalised(token.text);
}

/** A one-letter capital followed by a dot: an initial. */
export function isInitial(token: Token, text: string): boolean {
  return token.end - token.start === 1 && isCapitalised(token.text) && text.charAt(token.end) === '.';
}

/** The gap between two tokens joins a name (spaces, hyphens; no punctuation, no quotes). */
export function plainGap(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return isJoiningGap(gap) && !/["«»„“”]/u.test(gap);
}

/** The gap after an initial (`А. Лукашенко`, `А.Г.Лукашенко`). */
export function initialGap(text: string, a: Token, b: Token): boolean {
  return /^\.[\s\u00A0]?$/u.test(text.slice(a.end, b.start));
}

/** `москва` → `Москва`; `санкт-петербург` → `Санкт-Петербург` (each part after a hyphen capitalised). */
export function titleCase(word: string): string {
  return word
    .split('-')
    .map((part) => (part.length > 0 ? part.charAt(0).toLocaleUpperCase('ru') + part.slice(1) : part))
    .join('-');
}

/** Keeps the capitalisation of the written form when a lemma comes back lower-case. */
export function likeWritten(lemma: string, written: string): string {
  if (written.length > 1 && written === written.toLocaleUpperCase('ru')) return lemma.toLocaleUpperCase('ru');
  return isCapitalised(written) ? titleCase(lemma) : lemma;
}

/** Acronyms that are common words, not names. */
export const commonAcronyms = new Set([
  'ВВП',
  'НДС',
  'СМИ',
  'ИТ',
  'IT',
  'ЧП',
  'ДТП',
  'ИП',
  'ПО',
  'ЖКХ',
  'ВУЗ',
  'ТВ',
  'ИИ',
  'МРОТ',
  'НИОКР',
  'AI',
  'CEO',
  'PR',
  'GDP',
  'VAT',
  'TV',
  'OK',
  'ОК',
  'IPO',
  'PDF',
  'SMS',
  'СМС',
  'USB',
  'API',
  'IoT',
  'ИКТ',
  'ICT',
  'ЦОД',
  'ВИЧ',
  'СПИД',
  'ОРВИ',
  'ДНК',
  'НКО',
  'ГОСТ',
  'ИНН',
  'ЕГЭ',
  'ЦТ',
  'ЧМ',
  'ОИ',
  'ЗАО',
  'ООО',
  'ОАО',
  'ПАО',
  'АО',
  'ОДО',
  'ЧУП',
  'УП',
  'ИЧП',
  'LLC',
  'PhD',
  'HR',
  'IT-',
  'СМІ',
  'VPN',
  'ID',
  'UTC',
  'GMT',
  'CMS',
  'SaaS',
  'B2B',
  'B2C',
  'FAQ',
  'SEO',
  'URL',
  'WWW',
  'NB',
  'PS',
  'ФИО',
  'РИА',
  'ИА',
  'ОС',
  'КБ',
  'МБ',
  'ГБ',
  'ТБ',
  'KB',
  'MB',
  'GB',
  'TB',
  'HTML',
  'HTML5',
  'CSS',
  'XML',
]);

/** Last words of Latin-script names of events, not of their organizers (`Corus Chess Tournament`, `Davis Cup`). */
export const latinEventWords = /(?:^|\s)(?:Tournament|Cup|Championship|Festival|Awards?|Prize|Olympics|Brexit)$/iu;

/** Acronyms that name countries. */
export const countryAcronyms = new Map<string, string>([
  ['РФ', 'Россия'],
  ['РБ', 'Беларусь'],
  ['США', 'США'],
  ['КНР', 'КНР'],
  ['ФРГ', 'ФРГ'],
  ['ОАЭ', 'ОАЭ'],
  ['СССР', 'СССР'],
  ['КНДР', 'КНДР'],
  ['ЮАР', 'ЮАР'],
  ['US', 'US'],
  ['USA', 'USA'],
  ['UK', 'UK'],
  ['UAE', 'UAE'],
  ['USSR', 'USSR'],
  ['PRC', 'PRC'],
]);

/** `text` with the characters that mean something in a regular expression escaped. */
/** Detected names in reading order: by paragraph, then by where they start. */
export const byPosition = (a: { paragraph: number; start: number }, b: { paragraph: number; start: number }) =>
  a.paragraph - b.paragraph || a.start - b.start;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Splits a space-separated list; `_` stands for a space inside an entry (`new_york`). */
export const wordList = (words: string) =>
  words
    .trim()
    .split(/\s+/u)
    .map((w) => w.replaceAll('_', ' '));
