/**
 * A body's full name spelled out beside its acronym in brackets (`Organisation for Security and Cooperation
 * in Europe (OSCE)`, `the LTTE (Liberation Tigers of Tamil Eelam)`): the capitalised words whose initials
 * are the acronym's letters are one organization, the place or person read on a part of them is not a
 * name of its own (`spelledBodies`).
 */
import { companyEnds, gazetteerPlaces, orgWords, placeNames, thingWords } from './en-lexicon.ts';
import type { DetectedName } from './types.ts';
import { bodyHeads, writtenName } from './en-cues.ts';

/** Words of a body's name beside those of `orgWords` (`Confederation of British Industry`). */
const spelledHeads = new Set(['confederation', 'project', 'rally', 'tigers', 'congress', 'coalition']);

/** Small words a body's name holds that its acronym leaves out (`of`, `for`, `in`, `the`, `de`). */
const smallWords = new Set([
  'of',
  'for',
  'and',
  'the',
  'in',
  'on',
  'to',
  'at',
  'de',
  'du',
  'des',
  'la',
  'el',
  'et',
  'y',
]);

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of `text`, each with its offsets. */
const wordsOf = (text: string, from: number): Word[] =>
  [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu)].map((m) => ({
    text: m[0],
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));

const capitalised = (word: Word) => /^\p{Lu}/u.test(word.text);

/**
 * The span of `words` (in order, only spaces between them) whose capitalised words' initials spell
 * `acronym`, ending with the last word (`toEnd`) or starting with the first; undefined when none does.
 */
function spelled(words: Word[], text: string, acronym: string, toEnd: boolean): [number, number] | undefined {
  const joined = (a: number, b: number) => /^[ \u00A0]+$/u.test(text.slice(words[a].end, words[b].start));
  const initialsOf = (a: number, b: number) =>
    words
      .slice(a, b + 1)
      .filter((w) => capitalised(w) && !smallWords.has(w.text.toLowerCase()))
      .map((w) => w.text.charAt(0))
      .join('');
  if (toEnd) {
    const last = words.length - 1;
    for (let a = last; a >= 0; a--) {
      if (a < last && !joined(a, a + 1)) return undefined;
      const word = words[a].text;
      if (!capitalised(words[a]) && !smallWords.has(word)) return undefined;
      const initials = initialsOf(a, last);
      if (initials.length > acronym.length) return undefined;
      if (initials === acronym && capitalised(words[a]) && !smallWords.has(word.toLowerCase())) return [a, last];
    }
    return undefined;
  }
  for (let b = 0; b < words.length; b++) {
    if (b > 0 && !joined(b - 1, b)) return undefined;
    if (!capitalised(words[b]) && !smallWords.has(words[b].text)) return undefined;
    const initials = initialsOf(0, b);
    if (initials.length > acronym.length) return undefined;
    if (initials === acronym && b === words.length - 1 && capitalised(words[0])) return [0, b];
  }
  return undefined;
}

/**
 * Organizations spelled out beside their acronym in one paragraph: `Full Name (ACRO)` or `ACRO (Full
 * Name)`, two capitalised words at least, no place the lists know (`United Arab Emirates (UAE)`), and a
 * body's word in it or after the acronym. The names found on the words of the full name give way to it.
 */
export function spelledBodies(text: string, paragraph: number, found: DetectedName[]): DetectedName[] {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) {
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const words = wordsOf(before, Math.max(0, m.index - 160));
    if (!/[ \u00A0]$/u.test(before) || words.length === 0) continue;
    const span = spelled(words, text, m[1], true);
    if (span) spans.push([words[span[0]].start, words[span[1]].end]);
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}{2,6})[ \u00A0]\(([^()]{5,160})\)/gu)) {
    const from = m.index + m[1].length + 2;
    const words = wordsOf(m[2], from);
    if (words.length === 0 || words[words.length - 1].end !== from + m[2].length) continue;
    const span = spelled(words, text, m[1], false);
    if (span) spans.push([words[span[0]].start, words[span[1]].end]);
  }
  if (spans.length === 0) return found;
  let out = found;
  for (const [start, end] of spans) {
    const written = text.slice(start, end);
    const words = written.split(/[ \u00A0]+/u);
    if (words.filter((w) => /^\p{Lu}/u.test(w) && !smallWords.has(w.toLowerCase())).length < 2) continue;
    const lowered = written.toLowerCase();
    if (gazetteerPlaces.has(lowered) || placeNames.has(lowered)) continue;
    // A body's word says so (`Organisation for …`, `Confederation of …`), or the word after the acronym
    // does (`(ND) party leader`, `(LTTE) rebels`): not a treaty, a disease or a term (`Comprehensive Test
    // Ban Treaty (CTBT)`, `Optimised Deprival Value (ODV)`).
    const parts = lowered.split(/[ \u00A0]+/u);
    const next = /^(?:[ \u00A0]*\(\p{Lu}+)?\)[ \u00A0]+(\p{L}+)/u.exec(text.slice(end))?.[1]?.toLowerCase() ?? '';
    const body =
      parts.some((w) => orgWords.has(w) || companyEnds.has(w) || spelledHeads.has(w)) ||
      ((bodyHeads.has(next) || orgWords.has(next)) && !thingWords.has(parts[parts.length - 1]));
    if (!body) continue;
    out = out.filter((n) => n.end <= start || n.start >= end);
    out.push(writtenName('organization', paragraph, start, written, 'high'));
  }
  return out.sort((a, b) => a.start - b.start);
}
