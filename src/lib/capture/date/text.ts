import { isValidPartialDate } from '../../metadata/schema.ts';
import { MONTH_PATTERN, MONTH_WORDS, PUBLISHED_WORDS, UPDATED_WORDS } from './months.ts';

/**
 * Dates as news pages print them, found in one line of text: "3 апреля 2021, 10:15", "30 сакавіка 2016",
 * "April 3, 2021", "12.04.2021 10:15", "2021-04-12", and the yearless dateline "МОСКВА, 3 апр — РИА Новости.".
 */

/** One date written in a line. */
export interface DateMention {
  /** `YYYY-MM-DD`, or `MM-DD` when the line gives no year (a wire dateline). */
  value: string;
  /** Whether the year was written. */
  hasYear: boolean;
  /** What the words around it say it is: the publication, an update, or nothing either way. */
  role: 'published' | 'updated' | 'plain';
  /** The date as written. */
  raw: string;
  /** Offset of the date in the line. */
  index: number;
}

const notLetter = '(?<![\\p{L}\\p{N}])';
const notLetterAfter = '(?![\\p{L}\\p{N}])';
const month = `(${MONTH_PATTERN})\\.?`;
const year = '((?:19|20)\\d{2})';
const day = '(\\d{1,2})';
/** "3 апреля 2021", "3-го апреля 2021 г.", "30 сакавіка", "3 April 2021". */
const dayMonthYear = new RegExp(`${notLetter}${day}(?:-?(?:го|е))?(?:\\s|&nbsp;)+${month}${notLetterAfter}(?:,?(?:\\s|&nbsp;)+${year}${notLetterAfter})?`, 'giu');
/** "April 3, 2021", "Apr. 3rd 2021". */
const monthDayYear = new RegExp(`${notLetter}${month}${notLetterAfter}\\s+${day}(?:st|nd|rd|th)?,?\\s+${year}${notLetterAfter}`, 'giu');
/** "12.04.2021", "12/04/2021", "12-04-2021". */
const numericDmy = /(?<![\p{L}\p{N}.:/-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\p{L}\p{N}]|[./-]\d)/gu;
/** "2021-04-12", "2021/04/12", "2021.04.12" (and the date part of "2021-04-12T10:15"). */
const numericYmd = /(?<![\p{L}\p{N}.:/-])((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?![\p{N}]|[./-]\d)/gu;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Every date written in `line`, in order. `dayFirst` decides "04/12/2021" where both readings are real
 * dates (false for American English pages); dotted dates are always day first.
 */
export function datesInLine(line: string, dayFirst = true): DateMention[] {
  const found: DateMention[] = [];
  const add = (y: number | undefined, m: number, d: number, raw: string, index: number) => {
    if (m < 1 || m > 12 || d < 1 || d > 31) return;
    const value = y === undefined ? `${pad(m)}-${pad(d)}` : `${y}-${pad(m)}-${pad(d)}`;
    if (y !== undefined && !isValidPartialDate(value)) return;
    if (found.some((f) => index < f.index + f.raw.length && f.index < index + raw.length)) return;
    found.push({ value, hasYear: y !== undefined, role: 'plain', raw, index });
  };
  for (const m of line.matchAll(monthDayYear)) add(Number(m[3]), MONTH_WORDS.get(m[1]!.toLowerCase())!, Number(m[2]), m[0], m.index);
  for (const m of line.matchAll(dayMonthYear)) add(m[3] ? Number(m[3]) : undefined, MONTH_WORDS.get(m[2]!.toLowerCase())!, Number(m[1]), m[0], m.index);
  for (const m of line.matchAll(numericYmd)) add(Number(m[1]), Number(m[3]), Number(m[4]), m[0], m.index);
  for (const m of line.matchAll(numericDmy)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const monthFirst = m[2] !== '.' && (a <= 12 && b > 12 ? true : b <= 12 && a > 12 ? false : !dayFirst);
    add(Number(m[4]), monthFirst ? a : b, monthFirst ? b : a, m[0], m.index);
  }
  found.sort((x, y) => x.index - y.index);
  // A role word applies to the dates after it, up to the next role word: "Опубликовано 3 апреля, обновлено 4 апреля".
  const words = [...line.matchAll(new RegExp(`${UPDATED_WORDS.source}|${PUBLISHED_WORDS.source}`, 'giu'))];
  for (const mention of found) {
    const before = words.filter((w) => w.index < mention.index).at(-1);
    if (before) mention.role = UPDATED_WORDS.test(before[0]) ? 'updated' : 'published';
  }
  return found;
}

/** A line that is the body of an article, not its header: long, and made of sentences. */
export const isProse = (line: string) => line.length >= 160 && /[.!?…»"”]\s*$/u.test(line.trim()) && (line.match(/[.!?…]\s/gu) ?? []).length >= 1;

/** A date found in the header of a text, with the line it is on. */
export interface TextDate {
  value: string;
  hasYear: boolean;
  role: DateMention['role'];
  raw: string;
  /** 1-based line number. */
  line: number;
  /** The whole line, trimmed (for the note). */
  text: string;
  /** Whether it is the dateline that opens the first paragraph ("МОСКВА, 3 апр — РИА Новости."). */
  dateline: boolean;
}

/** How many non-empty lines above the first paragraph of prose are read as the article's header. */
const HEADER_LINES = 15;
/** How far into the first paragraph its dateline may reach. */
const DATELINE_CHARS = 90;
/** How many lines around the headline are searched when the headline is known. */
const NEAR_TITLE = 4;

/**
 * The dates written in a text's header: the lines above its first paragraph of prose (at most
 * {@link HEADER_LINES} non-empty ones), the lines around the headline when it is given, and the dateline at
 * the start of the first paragraph. A date mentioned further down is about the story, not its publication,
 * and is never returned.
 */
export function headerDates(text: string, options: { title?: string; dayFirst?: boolean } = {}): TextDate[] {
  const lines = text.split('\n');
  const zone = new Map<number, string>();
  let nonEmpty = 0;
  let proseAt = -1;
  for (let i = 0; i < lines.length && nonEmpty < HEADER_LINES; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    if (isProse(line)) {
      proseAt = i;
      break;
    }
    nonEmpty++;
    zone.set(i, line);
  }
  const title = options.title?.trim();
  if (title) {
    const at = lines.findIndex((l) => l.trim() === title || l.includes(title));
    if (at >= 0) {
      for (let i = Math.max(0, at - NEAR_TITLE); i <= Math.min(lines.length - 1, at + NEAR_TITLE); i++) {
        const line = lines[i]!.trim();
        if (line && !isProse(line)) zone.set(i, line);
      }
      if (proseAt < at) proseAt = lines.findIndex((l, i) => i > at && isProse(l.trim()));
    }
  }
  const found: TextDate[] = [];
  for (const [i, line] of [...zone].sort((a, b) => a[0] - b[0])) {
    for (const m of datesInLine(line, options.dayFirst)) found.push({ ...m, line: i + 1, text: line, dateline: false });
  }
  if (proseAt >= 0) {
    const lead = lines[proseAt]!.trim();
    const dash = lead.slice(0, DATELINE_CHARS).search(/\s[—–-]\s|\.\s/u);
    const head = dash >= 0 ? lead.slice(0, dash + 2) : '';
    for (const m of datesInLine(head, options.dayFirst)) found.push({ ...m, line: proseAt + 1, text: lead.slice(0, DATELINE_CHARS), dateline: true });
  }
  return found;
}
