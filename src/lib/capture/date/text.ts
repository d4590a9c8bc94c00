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
/** "3 апреля 2021", "3-го апреля 2021 г.", "30 сакавіка", "3 April 2021", "14th August 2020"; a name glued before it ("Australia28 October 2020", copied from markup) does not hide it. */
const dayMonthYear = new RegExp(
  `(?<![\\p{N}])${day}(?:-?(?:го|е)|st|nd|rd|th)?(?:\\s|&nbsp;)+${month}${notLetterAfter}(?:,?(?:\\s|&nbsp;)+${year}${notLetterAfter})?`,
  'giu',
);
/** "April 3, 2021", "Apr. 3rd 2021". */
const monthDayYear = new RegExp(
  `${notLetter}${month}${notLetterAfter}\\s+${day}(?:st|nd|rd|th)?,?\\s+${year}${notLetterAfter}`,
  'giu',
);
/** "12.04.2021", "12/04/2021", "12-04-2021", also glued to a name before it ("BBC News21-05-2025"). */
const numericDmy = /(?<![\p{N}.:/-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\p{L}\p{N}]|[./-]\d)/gu;
/** "2021-04-12", "2021/04/12", "2021.04.12" (and the date part of "2021-04-12T10:15"), also glued to a name before it. */
const numericYmd = /(?<![\p{N}.:/-])((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?![\p{N}]|[./-]\d)/gu;

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
  for (const m of line.matchAll(monthDayYear))
    add(Number(m[3]), MONTH_WORDS.get(m[1]!.toLowerCase())!, Number(m[2]), m[0], m.index);
  for (const m of line.matchAll(dayMonthYear))
    add(m[3] ? Number(m[3]) : undefined, MONTH_WORDS.get(m[2]!.toLowerCase())!, Number(m[1]), m[0], m.index);
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

const WEEKDAYS =
  /(?:понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье|панядзелак|аўторак|серада|чацвер|пятніца|субота|нядзеля|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|пн|вт|ср|чт|пт|сб|вс)\.?/giu;
const TIME =
  /\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:gmt|utc|msk|мск|ist|est|edt|pst|pdt|cet|cest|bst)?(?:\s*[+-]\d{1,4})?/giu;
/** Words a dateline may have besides the date: "г.", "года", "в", "at", "Текст:", "Фото:", a source's name. */
const DATELINE_WORDS =
  /(?<![\p{L}])(?:г|гг|года|год|в|у|at|on|by|мск|time|date|дата|время|час|текст|фото)\.?(?![\p{L}])/giu;
/** How many letters besides the date, time and role words a line may have and still be a dateline, not a sentence. */
const DATELINE_RESIDUE = 32;

/** Letters a stretch has besides dates' companions (times, weekdays, role and byline words). */
const residue = (text: string) =>
  (
    text
      .replace(new RegExp(`${UPDATED_WORDS.source}|${PUBLISHED_WORDS.source}`, 'giu'), ' ')
      .replace(TIME, ' ')
      .replace(WEEKDAYS, ' ')
      .replace(DATELINE_WORDS, ' ')
      .match(/\p{L}/gu) ?? []
  ).length;

/**
 * Whether the date in a header line dates the page rather than being mentioned in it: the line is little
 * besides the date ("Опубликовано: 12.04.2021 10:15", "Sunday, 14 June 2019 | Maria Novik"), not a sentence
 * or a caption that mentions a day ("FILE PHOTO: … February 3, 2020").
 */
export function isDatelineShaped(line: string, mention: DateMention): boolean {
  return (
    residue(line.slice(0, mention.index) + ' ' + line.slice(mention.index + mention.raw.length)) <= DATELINE_RESIDUE
  );
}

/** How long a line of prose is at least: a news paragraph is often one or two sentences. */
const PROSE_LENGTH = 80;

/** A line that is the body of an article, not its header: long, and made of sentences. */
export const isProse = (line: string) =>
  line.length >= PROSE_LENGTH && /[.!?…»"”]\s*$/u.test(line.trim()) && (line.match(/[.!?…]\s/gu) ?? []).length >= 1;

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
  /** Whether it is in the article's own header, by its headline and lead ({@link articleHeader}). */
  nearHeadline: boolean;
  /** In the article's header: how many non-empty lines it is from the headline (or lead); the nearest is its date. */
  distance?: number;
}

/** How many non-empty lines above the article's first paragraph of prose are read as its header. */
const HEADER_LINES = 10;
/** How far into the first paragraph its dateline may reach. */
const DATELINE_CHARS = 90;
/** How many lines around the headline are searched when the headline is known. */
const NEAR_TITLE = 4;
/** Lines of other text a run of prose may have inside it (a subheading, a caption) and still be one body. */
const BODY_GAP = 3;

/**
 * Where the article's body starts: the first line of the run of prose lines with the most text (short lines
 * between prose, up to {@link BODY_GAP} in a row, belong to the run). A page copied whole has teasers of other
 * stories above the article; they are prose too, but shorter runs. -1 when the text has no prose line.
 */
export function bodyStart(lines: string[]): number {
  let best = -1;
  let bestSize = 0;
  let start = -1;
  let size = 0;
  let gap = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i]!.trim() : undefined;
    if (line !== undefined && isProse(line)) {
      if (start < 0) start = i;
      size += line.length;
      gap = 0;
    } else if (line !== undefined && (line === '' || gap < BODY_GAP)) {
      if (line !== '') gap++;
    } else {
      if (start >= 0 && size > bestSize) [best, bestSize] = [start, size];
      start = -1;
      size = 0;
      gap = 0;
    }
  }
  return best;
}

/** Non-empty lines read above a copy of the headline (a date, a rubric, a kicker printed over it). */
const ABOVE_HEADLINE = 3;
/** With no headline: non-empty lines read above the lead (a flattened header, a byline, a photo credit). */
const ABOVE_LEAD = 5;
/** Non-empty lines read between a copy of the headline and the lead (standfirst, byline, date, photo credit). */
const BELOW_HEADLINE = 4;
/** Non-empty lines from the lead on in which "today (3 April 2021)" dates the text. */
const LEAD_LINES = 6;

/** How long a headline is at least to be looked for inside a longer line. */
const MIN_TITLE_INSIDE = 20;

/** What the reader knows of the article's place in the text. */
export interface HeaderClues {
  /** The headline the reader chose (its copies are found in the text). */
  title?: string;
  /** 1-based line of the chosen headline. */
  headlineLine?: number;
  /** 1-based line of the article's first paragraph. */
  leadLine?: number;
  /** Whether "04/12/2021" is day first (see {@link datesInLine}). */
  dayFirst?: boolean;
}

/** A time right after a date: "29 июля 2021, 09:02", "December 23, 2013 / 5:51 PM". */
const TIME_AFTER = /^\s*[,/|•·–—-]?\s*(?:в|at|um|o)?\s*\d{1,2}[:.]\d{2}(?!\d)/iu;
/** Words before a date that make the sentence the text's own statement of its publication: "issued by … on 9 June 2025." */
const ISSUED_WORDS = /(?:опубликован|размещен|распространен|выпущен|апублікаван|published|issued|released|posted)/iu;
/** "announced today (13 January 2025)": the text dates itself. */
const TODAY_BEFORE = /(?<![\p{L}])(?:today|сегодня|сёння)\s*\(\s*$/iu;

/** A preposition right before a date makes it a mention inside a sentence ("shared on May 2, 2019 at 3:00pm"). */
const PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:on|at|of|from|since|by|until|in|в|во|на|от|с|со|до|из|к|по|у|ад|да|па|з|са)\s*$/iu;

/**
 * A header line that states its date in a way a mention never does: a timestamp ending a flattened header
 * ("Госдеп … Мишустин помог … 29 апреля 2021, 11:50 Текст: Алина Назарова" — the date with its time, not after a
 * preposition, and after them only a byline), or, on the first line under the headline (`underHeadline`), a
 * sentence that is the text's own statement of when it was issued ("The press release issued by … on 9 June 2025.").
 */
export function statesItsDate(line: string, mention: DateMention, underHeadline = false): boolean {
  const after = line.slice(mention.index + mention.raw.length);
  const before = line.slice(0, mention.index);
  if (TIME_AFTER.test(after) && residue(after) <= DATELINE_RESIDUE && !PREPOSITION_BEFORE.test(before)) return true;
  if (!underHeadline) return false;
  const sentence = before.slice(Math.max(before.search(/[^.!?…]*$/u), 0));
  return ISSUED_WORDS.test(sentence) && /(?<![\p{L}])(?:on|в|у)\s*$/iu.test(before) && /^\s*[.!]?\s*$/u.test(after);
}

/**
 * The lines of the article's own header, by the headline and lead the reader chose: a few lines above each copy
 * of the headline (up to a line of prose), the lines between it and the lead (the first of them even when it
 * is the lead), and, with no headline, the lines just above a lead of running text. 0-based indexes, each with
 * its distance from the headline (or lead) in non-empty lines: negative above a headline; positive below it, or
 * above the lead when there is no headline (the header of a capture whose headline is flattened into a line);
 * 0 for a flattened line that holds the headline with other text.
 */
export function articleHeader(lines: string[], clues: HeaderClues): Map<number, number> {
  const header = new Map<number, number>();
  const put = (i: number, distance: number) => {
    if (!header.has(i) || Math.abs(distance) < Math.abs(header.get(i)!)) header.set(i, distance);
  };
  const lead = clues.leadLine !== undefined ? clues.leadLine - 1 : -1;
  // A headline taken from a list item ("• STATEMENT : …") is printed again without its marker.
  const title = clues.title?.trim().replace(/^(?:[-*•·]\s+)+/u, '');
  const copies = new Set<number>();
  if (clues.headlineLine !== undefined) copies.add(clues.headlineLine - 1);
  if (title) {
    const end = lead >= 0 ? lead : lines.length;
    // A short headline ("Итоги") is found again only as a line of its own, a longer one also inside a flattened line.
    for (let i = 0; i < end; i++)
      if (title.length >= MIN_TITLE_INSIDE ? lines[i]!.includes(title) : lines[i]!.trim() === title) copies.add(i);
  }
  const sorted = [...copies].sort((a, b) => a - b);
  const above = (from: number, count: number, sign: number) => {
    for (let i = from - 1, taken = 0; i >= 0 && taken < count; i--) {
      const line = lines[i]!.trim();
      if (!line) continue;
      if (isProse(line) || copies.has(i)) break;
      taken++;
      put(i, sign * taken);
    }
  };
  sorted.forEach((at, k) => {
    above(at, ABOVE_HEADLINE, -1);
    // A flattened header has the headline on one line with a teaser, the date and the byline.
    if (lines[at]!.trim() !== title) put(at, 0);
    const stop = Math.min(sorted[k + 1] ?? Infinity, lead >= 0 ? lead : Infinity, lines.length);
    for (let i = at + 1, taken = 0; i < lines.length && taken < BELOW_HEADLINE; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      if (i >= stop && !(taken === 0 && i === lead)) break;
      taken++;
      put(i, taken);
      if (i >= stop) break;
    }
  });
  if (sorted.length === 0 && lead >= 0 && lines[lead]!.trim().length >= PROSE_LENGTH) above(lead, ABOVE_LEAD, 1);
  return header;
}

/** Non-empty lines at the top of a capture that are the site's top bar (its date of today, the weather, a ticker). */
const TOP_BAR = 3;
/** How many non-empty lines on each side of a date line are looked at for the other dates of a list. */
const LIST_REACH = 2;

/**
 * Whether the date line at `at` is an item of a list of other stories ("- [ October 24, 2020 ] Sunday Snows …",
 * "Daniel Leite 16/06/2020" under a related video's title): a line close to it states a different date — on a line of
 * its own, or at the same place in a line printed alike — and neither says it is a publication or an update.
 */
export function inDatedList(lines: string[], at: number, value: string, dayFirst = true): boolean {
  const index = datesInLine(lines[at]!.trim(), dayFirst).find((m) => m.value === value)?.index ?? -1;
  for (const step of [-1, 1]) {
    for (let i = at + step, taken = 0; i >= 0 && i < lines.length && taken < LIST_REACH; i += step) {
      const line = lines[i]!.trim();
      if (!line) continue;
      taken++;
      const other = (m: DateMention) => m.hasYear && m.role === 'plain' && m.value !== value;
      // Another dated line, or an item printed like this one (its date at the same place: "- [ October 25, 2020 ] …").
      if (
        datesInLine(line, dayFirst).some(
          (m) => other(m) && (isDatelineShaped(line, m) || Math.abs(m.index - index) <= 1),
        )
      )
        return true;
    }
  }
  return false;
}

/**
 * The dates written in a text's header: the lines just above the article's body ({@link bodyStart}, at most
 * {@link HEADER_LINES} non-empty ones), the article's own header by the headline and lead the reader chose
 * ({@link articleHeader}: there a timestamp ending a flattened header line, or the sentence under the headline
 * saying when the text was issued, also count), "today (13 January 2025)" in the lead, and the dateline at
 * the start of the body's first paragraph. A date mentioned further down is about the story, not its
 * publication; the date a site prints at the top of every page (today's) is too far from the article, and
 * when it reaches the header, the same line printed in the capture's first lines (the site's top bar) gives it away; a date line among the
 * dated items of a list of other stories is one of them: none of those is returned.
 */
export function headerDates(text: string, options: HeaderClues = {}): TextDate[] {
  const lines = text.split('\n');
  const zone = new Map<number, string>();
  let proseAt = bodyStart(lines);
  const top = proseAt < 0 ? lines.length : proseAt;
  for (let i = top - 1, taken = 0; i >= 0 && taken < HEADER_LINES; i--) {
    const line = lines[i]!.trim();
    if (!line) continue;
    taken++;
    if (!isProse(line)) zone.set(i, line);
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
  const header = articleHeader(lines, options);
  for (const i of header.keys()) zone.set(i, lines[i]!.trim());
  const found: TextDate[] = [];
  for (const [i, line] of [...zone].sort((a, b) => a[0] - b[0])) {
    for (const m of datesInLine(line, options.dayFirst)) {
      const distance = header.get(i);
      const near = distance !== undefined;
      if (
        (!isProse(line) && isDatelineShaped(line, m)) ||
        (near && distance >= 0 && statesItsDate(line, m, distance === 1))
      ) {
        found.push({
          ...m,
          line: i + 1,
          text: line,
          dateline: false,
          nearHeadline: near,
          ...(near && { distance: Math.abs(distance) }),
        });
      }
    }
  }
  const lead = options.leadLine !== undefined ? options.leadLine - 1 : -1;
  for (let i = lead, taken = 0; i >= 0 && i < lines.length && taken < LEAD_LINES; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    taken++;
    for (const m of datesInLine(line, options.dayFirst)) {
      const seen = found.some((d) => d.line === i + 1 && d.raw === m.raw);
      if (!seen && TODAY_BEFORE.test(line.slice(0, m.index)) && m.hasYear)
        found.push({
          ...m,
          role: 'published',
          line: i + 1,
          text: line,
          dateline: false,
          nearHeadline: true,
          distance: taken,
        });
    }
  }
  // The site's date of today: the same date line printed in the site's top bar (the capture's first lines), above the article's header.
  const headerTop = Math.min(lines.length, ...(header.size > 0 ? header.keys() : zone.keys()));
  const today = new Set<string>();
  for (let i = 0, taken = 0; i < headerTop && taken < TOP_BAR; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    taken++;
    if (!isProse(line) && datesInLine(line, options.dayFirst).some((m) => m.hasYear && isDatelineShaped(line, m)))
      today.add(line);
  }
  const kept = found.filter(
    (d) => d.role === 'published' || (!today.has(d.text) && !inDatedList(lines, d.line - 1, d.value, options.dayFirst)),
  );
  if (proseAt >= 0) {
    const lead = lines[proseAt]!.trim();
    const dash = lead.slice(0, DATELINE_CHARS).search(/\s[—–-]\s|\.\s/u);
    const head = dash >= 0 ? lead.slice(0, dash + 2) : '';
    for (const m of datesInLine(head, options.dayFirst))
      kept.push({ ...m, line: proseAt + 1, text: lead.slice(0, DATELINE_CHARS), dateline: true, nearHeadline: false });
  }
  return kept;
}
