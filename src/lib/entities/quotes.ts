/**
 * Direct quotations and who said them.
 *
 * Recognised shapes (Russian typography first, then English):
 *  1. A quote followed by a dash and a speech verb: `«…», — заявил Сергей Попков.`,
 *     `"…", - рассказал Румас.`, `«…?» — спросил он.`
 *  2. The same interrupted by the author's words: `"Надеюсь…, - приветствовал его Дмитрий Медведев. - Это…".`
 *     The two halves make one quote.
 *  3. Dialogue style, a paragraph opening with a dash: `— Мы не собираемся… — рассказал Лукашенко.`
 *  4. Speaker, verb and colon before the quote: `Лукашенко заявил: «…»`.
 *  5. English: `"…," said Lukashenko.` / `"…," he said.`
 *  6. A label paragraph, `Alexander Lukashenko, President of Belarus:` (a line of its own that names a
 *     person and ends with a colon). The quote is the rest of that paragraph, then every following
 *     paragraph until the first narrative one: a paragraph that names a person, contains a reporting
 *     word (`said`, `agreed`, `стороны`, see `narrativeWords`) and no first-person word (`we`, `мы`:
 *     `We just added something` is still the speaker), or is itself a label. Scare quotes inside
 *     the speech (`this "misfortune"`) do not end it.
 *
 * The speaker is the first person mentioned in the attribution (`— заявил Сергей Попков`). When the
 * attribution is a pronoun or a title (`— сказал он`, `— подытожил премьер`), the speaker is the last
 * person named before the quote, not counting names inside quotations. Otherwise the quote is kept
 * without a speaker: an unattributed quote is better than a wrong one.
 */
import type { Mention, Quote } from './enrichment-schema.ts';
import type { EntityRef } from './schema.ts';
import { anaphoricSpeakers, narrativeWords, speechVerbs } from './speech-verbs.ts';
import { foldKey, tokenize } from './tokenize.ts';

/** A pair of quotation marks, or an opening mark never closed (`close` = paragraph length). */
interface QuotePair {
  readonly open: number;
  readonly close: number;
}

/**
 * A stretch of quoted words: start, end, and the punctuation that joins it to the next stretch of the
 * same quote (the author's `. — ` in `"Надеюсь…, - приветствовал его Медведев. - Это…"` becomes `.`).
 */
type Piece = [start: number, end: number, join?: string];

/** The punctuation an interruption ends with (`.`, `,` or `:`), to join the quote's halves. */
function joiner(after: RegExpExecArray | null): string {
  return after ? after[0].trim().charAt(0) : '';
}

/** A span of a paragraph that is someone's words, so names in it are not antecedents. */
interface Range {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

const dash = '[—–―-]';
const verbAlternation = [...speechVerbs].sort((a, b) => b.length - a.length).join('|');
/** `», — заявил`, `", - рассказал`, `?» — спросил`, `…, — сказал` (the quote mark is optional). */
const russianMarker = new RegExp(
  `(?:([»"”“])\\s*,?|[,!?…])\\s*${dash}\\s*(?:также\\s+|еще\\s+|ещё\\s+)?(${verbAlternation})(?![\\p{L}\\p{N}])`,
  'giu',
);
const dialogueOpening = new RegExp(`^\\s*${dash}\\s*`, 'u');
const continuation = new RegExp(`^\\s*[.,:]\\s*${dash}\\s*`, 'u');
const labelLine = /^([^\n.!?:]{3,160}):[ \t]*(?:\n|$)/u;

/** Finds the direct quotations in an article and attributes them using the article's mentions. */
export function findQuotes(paragraphs: readonly string[], mentions: readonly Mention[]): Quote[] {
  const people = mentions.filter((m) => m.entity.startsWith('people/'));
  const quoted: Range[] = [];
  const quotes: Quote[] = [];
  const pairsOf = paragraphs.map(quotePairs);
  for (const [p, pairs] of pairsOf.entries()) {
    for (const pair of pairs) quoted.push({ paragraph: p + 1, start: pair.open, end: pair.close });
  }
  const antecedent = (paragraph: number, offset: number) => lastPersonBefore(people, quoted, paragraph, offset);

  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    const paragraph = p + 1;
    const inParagraph = people.filter((m) => m.paragraph === paragraph);
    const used = new Set<QuotePair>();
    /** Where the next dialogue-style quote starts: after the opening dash, then after each `. — `. */
    let dialogueFrom = dialogueOpening.exec(text)?.[0].length ?? -1;

    const label = labelLine.exec(text);
    const labelSpeaker = label && inParagraph.find((m) => m.end <= label[1].length);
    if (label && labelSpeaker) {
      const rest = text.slice(label[0].length);
      if (rest.trim()) {
        const start = label[0].length + (rest.length - rest.trimStart().length);
        quotes.push({
          text: rest.trim(),
          paragraph,
          start,
          end: start + rest.trim().length,
          speaker: labelSpeaker.entity,
        });
      }
      let q = p + 1;
      while (q < paragraphs.length && !isNarrative(paragraphs[q], q + 1, people)) {
        const body = paragraphs[q].trim();
        const start = paragraphs[q].indexOf(body);
        quotes.push({ text: body, paragraph: q + 1, start, end: start + body.length, speaker: labelSpeaker.entity });
        quoted.push({ paragraph: q + 1, start: 0, end: paragraphs[q].length });
        q++;
      }
      p = q - 1;
      continue;
    }

    // Shapes 1–3: a dash and a speech verb after the quote.
    for (const marker of text.matchAll(russianMarker)) {
      const markerStart = marker.index;
      const verbEnd = marker.index + marker[0].length;
      const clauseEnd = attributionEnd(text, verbEnd, inParagraph);
      let pieces: Piece[] | undefined;
      if (marker[1]) {
        const closeAt = markerStart;
        const pair = pairsOf[p].find((x) => x.close === closeAt);
        if (pair) {
          pieces = [[pair.open + 1, pair.close]];
          used.add(pair);
        }
      } else {
        const pair = innermost(pairsOf[p], markerStart);
        const after = continuation.exec(text.slice(clauseEnd));
        if (pair) {
          used.add(pair);
          pieces = [[pair.open + 1, markerStart, joiner(after)]];
          if (after) pieces.push([clauseEnd + after[0].length, pair.close]);
        } else if (dialogueFrom >= 0 && dialogueFrom < markerStart) {
          pieces = [[dialogueFrom, markerStart, joiner(after)]];
          const from = after ? clauseEnd + after[0].length : -1;
          const rest = new RegExp(russianMarker.source, 'giu');
          rest.lastIndex = Math.max(from, 0);
          if (from >= 0 && !rest.exec(text)) pieces.push([from, text.length]);
          dialogueFrom = from;
        }
      }
      if (!pieces) continue;
      const speaker =
        firstPersonIn(inParagraph, verbEnd, clauseEnd) ??
        (isAnaphoric(text.slice(verbEnd, clauseEnd)) ? antecedent(paragraph, pieces[0][0]) : undefined);
      pushQuote(quotes, quoted, text, paragraph, pieces, speaker);
    }

    // Shapes 4 and 5: quotation marks not yet attributed.
    for (const pair of pairsOf[p]) {
      if (
        used.has(pair) ||
        pair.close >= text.length ||
        quotes.some((q) => q.paragraph === paragraph && q.start <= pair.open && pair.close <= q.end)
      )
        continue;
      const before = text.slice(0, pair.open);
      const colon = /:\s*$/u.exec(before);
      if (colon) {
        const sentenceStart =
          Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1;
        const intro = before.slice(sentenceStart, colon.index);
        if (!hasSpeechVerb(intro)) continue;
        const speaker =
          lastPersonIn(inParagraph, sentenceStart, colon.index) ??
          (isAnaphoric(intro) ? antecedent(paragraph, pair.open) : undefined);
        pushQuote(quotes, quoted, text, paragraph, [[pair.open + 1, pair.close]], speaker);
        continue;
      }
      const after = /^\s*,?\s*([^.!?;]{0,80})/u.exec(text.slice(pair.close + 1));
      const clause = after?.[1] ?? '';
      const words = tokenize(clause)
        .slice(0, 5)
        .map((t) => foldKey(t.text));
      if (!words.some((w) => speechVerbs.has(w)) || /^\s*[—–―-]/.test(text.slice(pair.close + 1))) continue;
      const clauseStart = pair.close + 1;
      const speaker =
        firstPersonIn(inParagraph, clauseStart, clauseStart + (after?.[0].length ?? 0)) ??
        (isAnaphoric(clause) ? antecedent(paragraph, pair.open) : undefined);
      const inner = text.slice(pair.open + 1, pair.close).replace(/[,\s]+$/u, '');
      pushQuote(quotes, quoted, text, paragraph, [[pair.open + 1, pair.open + 1 + inner.length]], speaker);
    }
  }
  return quotes;
}

function pushQuote(
  quotes: Quote[],
  quoted: Range[],
  text: string,
  paragraph: number,
  pieces: readonly Piece[],
  speaker: EntityRef | undefined,
): void {
  const parts = pieces
    .map(([s, e, join], k) => text.slice(s, e).trim() + (k < pieces.length - 1 ? (join ?? '') : ''))
    .filter((part) => part.trim() !== '');
  if (parts.length === 0) return;
  const start = pieces[0][0];
  const end = pieces.at(-1)![1];
  for (const [s, e] of pieces) quoted.push({ paragraph, start: s, end: e });
  const quote: Quote = { text: parts.join(' ').replace(/\s*,$/u, ''), paragraph, start, end };
  if (speaker) quote.speaker = speaker;
  quotes.push(quote);
}

/**
 * Pairs quotation marks with a stack. `«` `„` open; `»` closes; `”` closes; `“` closes a `„` and
 * otherwise opens (English). A straight `"` opens when it follows a space, the paragraph start or an
 * opening bracket/dash, and closes otherwise. Openers left on the stack are paired with the paragraph end.
 */
export function quotePairs(text: string): QuotePair[] {
  const pairs: QuotePair[] = [];
  const stack: { at: number; mark: string }[] = [];
  const close = (at: number, accepts: (mark: string) => boolean) => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (accepts(stack[k].mark)) {
        pairs.push({ open: stack[k].at, close: at });
        stack.length = k;
        return;
      }
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«' || c === '„') stack.push({ at: i, mark: c });
    else if (c === '»') close(i, (m) => m === '«');
    else if (c === '”') close(i, (m) => m === '“' || m === '„');
    else if (c === '“') {
      if (stack.some((s) => s.mark === '„')) close(i, (m) => m === '„');
      else stack.push({ at: i, mark: c });
    } else if (c === '"') {
      const prev = i === 0 ? ' ' : text[i - 1];
      const opens = /[\s([{—–\-:«]/u.test(prev) && i + 1 < text.length && !/\s/u.test(text[i + 1]);
      if (opens) stack.push({ at: i, mark: c });
      else close(i, (m) => m === '"');
    }
  }
  for (const s of stack) pairs.push({ open: s.at, close: text.length });
  return pairs.sort((a, b) => a.open - b.open);
}

function innermost(pairs: readonly QuotePair[], offset: number): QuotePair | undefined {
  let best: QuotePair | undefined;
  for (const pair of pairs) {
    if (pair.open < offset && offset < pair.close && (!best || pair.open > best.open)) best = pair;
  }
  return best;
}

/** End of the attribution clause: the first `.`/`!`/`?`/`;` outside a name, a spaced dash, or the end. */
function attributionEnd(text: string, from: number, mentions: readonly Mention[]): number {
  const re = /[.!?;]|\s[—–―-]\s|[«"“„]/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (!mentions.some((x) => x.start <= at && at < x.end)) return at;
  }
  return text.length;
}

function firstPersonIn(mentions: readonly Mention[], from: number, to: number): EntityRef | undefined {
  return mentions.find((m) => m.start >= from && m.start < to)?.entity;
}

function lastPersonIn(mentions: readonly Mention[], from: number, to: number): EntityRef | undefined {
  return mentions.filter((m) => m.start >= from && m.end <= to).at(-1)?.entity;
}

/** The last person named before (paragraph, offset), ignoring names inside quotations. */
function lastPersonBefore(
  people: readonly Mention[],
  quoted: readonly Range[],
  paragraph: number,
  offset: number,
): EntityRef | undefined {
  let found: Mention | undefined;
  for (const m of people) {
    if (m.paragraph > paragraph || (m.paragraph === paragraph && m.start >= offset)) break;
    const inQuote = quoted.some((r) => r.paragraph === m.paragraph && r.start <= m.start && m.end <= r.end);
    if (!inQuote) found = m;
  }
  return found?.entity;
}

/** Does the attribution start with a pronoun or a title (`он`, `премьер`, `the president`)? */
function isAnaphoric(clause: string): boolean {
  const words = tokenize(clause).map((t) => foldKey(t.text));
  const first = words.findIndex(
    (w) => !['the', 'prime', 'российский', 'российские', 'белорусский', 'его', 'ее', 'её'].includes(w),
  );
  return first >= 0 && first < 3 && anaphoricSpeakers.has(words[first]);
}

function hasSpeechVerb(text: string): boolean {
  return tokenize(text).some((t) => speechVerbs.has(foldKey(t.text)));
}

/** Is a paragraph the narrator's (ends a labelled quotation)? See the module comment. */
function isNarrative(text: string, paragraph: number, people: readonly Mention[]): boolean {
  if (people.some((m) => m.paragraph === paragraph)) return true;
  if (labelLine.test(text)) return true;
  const words = tokenize(text).map((t) => foldKey(t.text));
  if (words.some((w) => firstPerson.has(w))) return false;
  return words.some((w) => narrativeWords.has(w)) || /по словам/iu.test(text);
}

/** First-person words: a paragraph with them is still the speaker's (`We just added something`). */
const firstPerson = new Set([
  'i',
  'we',
  'us',
  'our',
  'my',
  'я',
  'мы',
  'нас',
  'нам',
  'наш',
  'наша',
  'наши',
  'наше',
  'мне',
  'меня',
]);
