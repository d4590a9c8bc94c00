/**
 * Belarusian quotes and what stands before them: a quoted name and where its quotes close, a quoted body
 * after a head or a legal form (`кампаніі «Белавія»`, `ААТ «Нафтан»`), and the slogans, works and events
 * named before a quote or a list of quotes (`плакаты «Мы за мір», «Сыходзь»`, `п'есы «Пінская шляхта»`),
 * which are no bodies' names. Read over one paragraph's text and tokens.
 */
import { isCapWord } from './common.ts';
import type { Token } from '../tokenize.ts';
import { mediumWords, sloganWords, workNouns } from './be-lexicon.ts';
import { legalForms } from './be-cues.ts';

/** The quote readers of one paragraph: `isHead` and `lower` are the reading loop's (`be.ts`). */
export function quoteCues(text: string, tokens: Token[], isHead: (k: number) => boolean, lower: (k: number) => string) {
  /** A quoted name opening at token `k`: its text, last token and end, when the quotes close soon after. */
  const quoted = (k: number, maxWords: number) => {
    // `,,Іскры Скарыны”`: two commas stand for a low opening quote in some texts.
    if (k === 0 || !/(?:[«"„“”]|,,)\s*$/u.test(text.slice(tokens[k - 1].end, tokens[k].start))) return undefined;
    const closing = text.slice(tokens[k].start, tokens[k].start + 61).search(/["»“”]/u);
    if (closing <= 0 || closing >= 60) return undefined;
    const end = tokens[k].start + closing;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
    if (last - k + 1 > maxWords || /[.!?:;…]/u.test(text.slice(tokens[k].start, end))) return undefined;
    return { name: text.slice(tokens[k].start, end).trim(), last, end };
  };
  /** A quoted name after a head of bodies or a legal form (`кампаніі «Белавія»`, `ААТ «Нафтан»`). */
  const quotedName = (k: number) => {
    const q = quoted(k, 6);
    if (!q) return undefined;
    const cue = tokens[k - 1].text;
    return legalForms.test(cue) || isHead(k - 1) || mediumWords.test(lower(k - 1)) ? q : undefined;
  };
  /**
   * The first token of the first quote of a list of quotes that ends with the quote opening at token `k`
   * (`«Сыходзь»` in `плакаты «Мы за мір», «Сыходзь»`, `«Жыве Беларусь»` in `«…», «…» і «Жыве Беларусь»`).
   */
  const listOpening = (k: number) => {
    for (let rounds = 0; rounds < 10 && k > 0; rounds++) {
      const conjunction = k > 1 && /^(?:і|й|ды)$/u.test(tokens[k - 1].text) ? 1 : 0;
      const gap = text.slice(tokens[k - 1 - conjunction].end, tokens[k].start);
      if (
        !(conjunction ? /^[»"”]\s*$/u : /^[»"”]\s*,\s*[«"„“]\s*$/u).test(
          conjunction ? text.slice(tokens[k - 2].end, tokens[k - 1].start) : gap,
        )
      )
        return k;
      let m = k - 1 - conjunction;
      while (m > 0 && k - m < 40 && !/[«"„“]\s*$/u.test(text.slice(tokens[m - 1].end, tokens[m].start))) m--;
      if (m <= 0 || k - m >= 40) return k;
      k = m;
    }
    return k;
  };
  /** Is a slogan named before the quote opening at token `k`, or before the list of quotes it ends? */
  const afterSloganWord = (k: number) => {
    const first = listOpening(k);
    for (let m = first - 1; m >= 0 && m >= first - 3; m--) if (sloganWords.test(lower(m))) return true;
    return false;
  };
  /** Is a work, an event or a slogan named before the quote opening at token `k` (`п'есы … «Пінская шляхта»`)? */
  const afterWorkNoun = (k: number) => {
    for (let m = k - 1, seen = 0; m >= 0 && seen < 4; m--) {
      if (/[.!?;:]/u.test(text.slice(tokens[m].end, tokens[m + 1].start))) return false;
      if (isCapWord(tokens[m])) continue;
      // `п’есы` is two tokens around its apostrophe.
      const word =
        m > 0 && /^['’]$/u.test(text.slice(tokens[m - 1].end, tokens[m].start))
          ? text.slice(tokens[m - 1].start, tokens[m].end)
          : tokens[m].text;
      if (workNouns.test(word.toLocaleLowerCase('be'))) return true;
      seen++;
    }
    return false;
  };
  return { quoted, quotedName, afterSloganWord, afterWorkNoun };
}
