/**
 * Unicode-aware tokenisation. JavaScript's `\b` only knows ASCII word characters, so it is useless on
 * Cyrillic; words here are maximal runs of letters, combining marks and digits (`\p{L}\p{M}\p{N}`).
 * Hyphens, apostrophes, dots and quotes separate tokens; the gaps between tokens are kept implicit
 * (`text.slice(tokens[i].end, tokens[i + 1].start)`) so callers can decide what may join a phrase.
 */

/** One word of a text with its UTF-16 offsets. */
export interface Token {
  /** The word exactly as written. */
  readonly text: string;
  /** Offset of the first UTF-16 code unit. */
  readonly start: number;
  /** Offset just past the last UTF-16 code unit. */
  readonly end: number;
}

const word = /[\p{L}\p{M}\p{N}]+/gu;

/** Splits `text` into word tokens in one left-to-right pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(word)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/**
 * The comparison form of a word: lower case, `ё` folded to `е`, stress accents (combining acute and
 * grave) removed. Other marks stay: `й` is a letter of its own, not `и` with a breve.
 * Used for every lemma and every surface key so the two sides of a comparison agree.
 */
export function foldKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300\u0301]/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replaceAll('ё', 'е');
}

/** True when the word starts with an upper-case letter. */
export function isCapitalised(value: string): boolean {
  const first = value.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when every letter of the word is upper case and it has at least two letters (ЕАЭС, HTP). */
export function isAllCaps(value: string): boolean {
  const letters = value.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** True when the word contains a Cyrillic letter (and so is worth asking the Russian analyser about). */
export function hasCyrillic(value: string): boolean {
  return /\p{Script=Cyrillic}/u.test(value);
}

/**
 * May two tokens separated by `gap` belong to one name? Spaces, hyphens, apostrophes and quotation
 * marks may join (`форуме "Открытые инновации"`, `Digital Almaty-2023`); anything that ends or splits a
 * sentence (`.`, `,`, `:`, dashes, brackets) may not. Dots after initials are handled by the matcher.
 */
export function isJoiningGap(gap: string): boolean {
  return /^[\s\u00A0\-\u2010\u2011'’"«»„“”]{0,4}$/u.test(gap) && gap.length > 0;
}

/** May an initial (`А`) be followed by `gap` inside a name (`А.Г.Лукашенко`, `А. Г. Лукашенко`)? */
export function isInitialGap(gap: string): boolean {
  return /^\.[\s\u00A0]?$/u.test(gap);
}
