import { anyStopword } from './stopwords/index.ts';

/**
 * The block classifier, in the manner of jusText (Pomikálek 2011): each block (a line of the capture) is
 * first classed on its own features — length, share of stop words, sentence shape, density of digits —
 * as good (running text), near-good, short or bad; then short and near-good blocks take the class of
 * their neighbours (context smoothing), the capture's edges counting as bad. Pure: lines in, classes out.
 */

export type BlockClass = 'good' | 'near-good' | 'short' | 'bad';

export interface LineFeatures {
  chars: number;
  words: number;
  /** Share of the words that are stop words of Russian, Belarusian or English, 0…1. */
  stopShare: number;
  /** Share of the characters that are digits, 0…1. */
  digitShare: number;
  /** The line ends as a sentence does (full stop, ?, !, …, a closing quote after one). */
  endsSentence: boolean;
  /** Sentences in the line (ends of sentences followed by a capital or the end). */
  sentences: number;
}

/** Below this many characters a block is short: its class comes from its neighbours. */
export const LENGTH_LOW = 70;
/** From this many characters on, a block with enough stop words is good on its own. */
export const LENGTH_HIGH = 140;
/** Stop-word shares: at least LOW is near-good, at least HIGH (and long) is good. Russian and Belarusian
 * are inflected and have fewer function words than English: their running text sits around 0.2–0.35. */
export const STOPWORDS_LOW = 0.1;
export const STOPWORDS_HIGH = 0.16;
/** A line more than this share digits is a table, a feed or a ticker, not prose. */
export const MAX_DIGIT_SHARE = 0.2;

const wordPattern = /\p{L}+(?:['’-]\p{L}+)*/gu;

export function lineFeatures(text: string): LineFeatures {
  const trimmed = text.trim();
  const words = trimmed.toLowerCase().match(wordPattern) ?? [];
  let stop = 0;
  for (const w of words) if (anyStopword.has(w)) stop++;
  let digits = 0;
  for (const ch of trimmed) if (ch >= '0' && ch <= '9') digits++;
  const sentences = (trimmed.match(/[.!?…](?:["»”)]+)?(?=\s+["«„“(—–-]?\p{Lu}|\s*$)/gu) ?? []).length;
  return {
    chars: trimmed.length,
    words: words.length,
    stopShare: words.length === 0 ? 0 : stop / words.length,
    digitShare: trimmed.length === 0 ? 0 : digits / trimmed.length,
    endsSentence: /[.!?…](?:["»”)]+)?$/u.test(trimmed),
    sentences,
  };
}

/** The context-free class of one block. */
export function initialClass(f: LineFeatures): BlockClass {
  if (f.digitShare > MAX_DIGIT_SHARE && f.chars < 400) return 'bad';
  if (f.chars < LENGTH_LOW) return 'short';
  // A long line with no sentence end at all and few function words is a run of links or tags.
  if (!f.endsSentence && f.sentences === 0 && f.stopShare < STOPWORDS_LOW) return 'bad';
  if (f.stopShare >= STOPWORDS_HIGH) return f.chars >= LENGTH_HIGH || f.sentences >= 2 ? 'good' : 'near-good';
  if (f.stopShare >= STOPWORDS_LOW) return 'near-good';
  // Few stop words, but it ends as a sentence does: dense official prose (names, titles, lists of bodies) is still prose.
  return f.endsSentence ? 'near-good' : 'bad';
}

/**
 * Context smoothing (jusText's second stage). `classes[i]` is undefined for blank lines, which are not
 * blocks. A short block between good ones is good, between bad ones bad; next to both, good only when
 * a near-good block stands between it and the bad one. A near-good block is good unless both its
 * nearest non-short neighbours are bad. The capture's edges count as bad.
 */
export function smoothClasses(classes: ReadonlyArray<BlockClass | undefined>): Array<BlockClass | undefined> {
  const out = [...classes];
  const neighbour = (from: number, step: 1 | -1, skip: ReadonlySet<BlockClass>, source: ReadonlyArray<BlockClass | undefined>): BlockClass => {
    for (let i = from + step; i >= 0 && i < source.length; i += step) {
      const c = source[i];
      if (c !== undefined && !skip.has(c)) return c;
    }
    return 'bad';
  };
  const shortOnly = new Set<BlockClass>(['short']);
  const shortAndNear = new Set<BlockClass>(['short', 'near-good']);
  // Near-good first (against the context-free classes), then short (against the revised ones), as jusText does.
  const revisedNear = classes.map((c, i) => {
    if (c !== 'near-good') return c;
    const prev = neighbour(i, -1, shortAndNear, classes);
    const next = neighbour(i, 1, shortAndNear, classes);
    return prev === 'bad' && next === 'bad' ? 'bad' : 'good';
  });
  classes.forEach((c, i) => {
    if (c === 'near-good') out[i] = revisedNear[i];
    if (c !== 'short') return;
    const prev = neighbour(i, -1, shortAndNear, revisedNear);
    const next = neighbour(i, 1, shortAndNear, revisedNear);
    if (prev === 'good' && next === 'good') out[i] = 'good';
    else if (prev === 'bad' && next === 'bad') out[i] = 'bad';
    else {
      const nearPrev = neighbour(i, -1, shortOnly, classes) === 'near-good';
      const nearNext = neighbour(i, 1, shortOnly, classes) === 'near-good';
      out[i] = (prev === 'bad' && nearPrev) || (next === 'bad' && nearNext) ? 'good' : 'bad';
    }
  });
  return out;
}

/** A line shaped like a headline: a capitalised phrase of a few words with no sentence punctuation at its end. */
export function headlineShaped(text: string): boolean {
  const t = text.trim().replace(/^[-*•·–—]\s+/u, '');
  const f = lineFeatures(t);
  return f.chars >= 15 && f.chars <= 170 && f.words >= 2 && f.words <= 28 && !/[.,;:]$/u.test(t) && /^["«„“'(]?[\p{Lu}\p{N}]/u.test(t);
}
