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
  /** The line is one capitalised word or two ending as a sentence ("Second.", "Thanks!"). */
  capitalSentence: boolean;
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

const edgePunctuation = /^[«"“„'‘([—–\-*_]+|[»"”'’)\],.;:!?…*_]+$/g;
const number = /^[\d.,:%+\-−/]+$/;

export function lineFeatures(text: string): LineFeatures {
  const trimmed = text.trim();
  // Words are split on white space with their edge punctuation trimmed: ASCII-only regular expressions,
  // several times faster than \p{L} ones on a multi-megabyte capture.
  let wordCount = 0;
  let stop = 0;
  for (const token of trimmed.toLowerCase().split(/\s+/)) {
    const word = token.replace(edgePunctuation, '');
    if (word === '' || number.test(word)) continue;
    wordCount++;
    if (anyStopword.has(word)) stop++;
  }
  let digits = 0;
  for (let k = 0; k < trimmed.length; k++) {
    const code = trimmed.charCodeAt(k);
    if (code >= 48 && code <= 57) digits++;
  }
  const sentences = (trimmed.match(/[.!?…](?:["»”)]+)?(?=\s+["«„“(—–-]?\p{Lu}|\s*$)/gu) ?? []).length;
  return {
    chars: trimmed.length,
    words: wordCount,
    stopShare: wordCount === 0 ? 0 : stop / wordCount,
    digitShare: trimmed.length === 0 ? 0 : digits / trimmed.length,
    endsSentence: /[.!?…](?:["»”)]+)?$/u.test(trimmed),
    sentences,
    capitalSentence: /^\p{Lu}\p{Ll}*(?:\s\p{L}+)?[.!?]$/u.test(trimmed),
  };
}

/** The context-free class of one block. */
export function initialClass(f: LineFeatures, text = ''): BlockClass {
  if (f.digitShare > MAX_DIGIT_SHARE && f.chars < 400) return 'bad';
  // A short sentence of several words ("The inquiry continues.") is text next to text, not a link or a label.
  if (f.chars < LENGTH_LOW) return f.endsSentence && (f.words >= 3 || f.capitalSentence) ? 'near-good' : 'short';
  // A line of a headline's length with no sentence in it is a heading, not running text: its neighbours decide.
  if (
    !f.endsSentence &&
    f.sentences === 0 &&
    f.chars < 200 &&
    !/[,;:]$/u.test(text.trim()) &&
    !/^\s*[-*•·]\s/u.test(text)
  )
    return 'short';
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
  /** For every block, the class of the nearest block before (or after) it whose class is not skipped: linear, two passes. */
  const nearest = (
    source: ReadonlyArray<BlockClass | undefined>,
    skip: ReadonlySet<BlockClass>,
    step: 1 | -1,
  ): BlockClass[] => {
    const result: BlockClass[] = new Array(source.length);
    let last: BlockClass = 'bad';
    for (let k = 0; k < source.length; k++) {
      const i = step === 1 ? source.length - 1 - k : k;
      result[i] = last;
      const c = source[i];
      if (c !== undefined && !skip.has(c)) last = c;
    }
    return result;
  };
  const shortOnly = new Set<BlockClass>(['short']);
  const shortAndNear = new Set<BlockClass>(['short', 'near-good']);
  // Near-good first (against the context-free classes), then short (against the revised ones), as jusText does.
  const prevFree = nearest(classes, shortAndNear, -1);
  const nextFree = nearest(classes, shortAndNear, 1);
  const revisedNear = classes.map((c, i) =>
    c !== 'near-good' ? c : prevFree[i] === 'bad' && nextFree[i] === 'bad' ? 'bad' : 'good',
  );
  const prev = nearest(revisedNear, shortAndNear, -1);
  const next = nearest(revisedNear, shortAndNear, 1);
  const prevNear = nearest(classes, shortOnly, -1);
  const nextNear = nearest(classes, shortOnly, 1);
  classes.forEach((c, i) => {
    if (c === 'near-good') out[i] = revisedNear[i];
    if (c !== 'short') return;
    if (prev[i] === 'good' && next[i] === 'good') out[i] = 'good';
    else if (prev[i] === 'bad' && next[i] === 'bad') out[i] = 'bad';
    else
      out[i] =
        (prev[i] === 'bad' && prevNear[i] === 'near-good') || (next[i] === 'bad' && nextNear[i] === 'near-good')
          ? 'good'
          : 'bad';
  });
  return out;
}

/** A line shaped like a headline: a capitalised phrase of a few words with no sentence punctuation at its end. */
export function headlineShaped(text: string): boolean {
  const t = text.trim().replace(/^[-*•·–—]\s+/u, '');
  // The cheap tests first: most lines of a long capture fail them.
  if (t.length < 15 || t.length > 170 || /[.,;:]$/u.test(t) || !/^["«„“'(]?[\p{Lu}\p{N}]/u.test(t)) return false;
  const f = lineFeatures(t);
  return f.words >= 2 && f.words <= 28;
}
