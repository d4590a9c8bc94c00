import { anyStopword } from './stopwords/index.ts';
import { furnitureRules, isDateTimeLine, MONTHS } from './boilerplate.ts';
import { headlineShaped, lineFeatures } from './classify.ts';
import { CYRILLIC_ASCII } from '../text/cyrillic-ascii.ts';

/**
 * Chooses a capture's headline among the lines near its top, not only the first: each candidate is
 * scored by its shape, its position above the lead, repetition (a headline printed twice), agreement
 * with the lead paragraph, with the source URL's slug and with the page's own titles when it is HTML.
 * A navigation, date, ticker, counter or site-name line is never a candidate. Pure.
 */

/** What else is known about the capture that can confirm a headline. */
export interface HeadlineHints {
  /** The source address: its slug often spells the headline. */
  url?: string;
  /** The page's `<title>`, `og:title`, `<h1>` (HTML captures). */
  titles?: string[];
}

/** Why a line was taken for the headline (shown at ingest). */
export type HeadlineSource = 'first-line' | 'repeated' | 'page-title' | 'url-slug' | 'above-lead' | 'flattened-header';

export interface HeadlineChoice {
  /** 0-based index of the line. */
  index: number;
  source: HeadlineSource;
  score: number;
  /**
   * The headline's text when it is only part of its line: a flattened header ("<another story's teaser>
   * <headline> 29 июля 2021, 09:02 Текст: …"). Absent when the whole line is the headline.
   */
  text?: string;
}

/** How far above the lead the headline is looked for, in non-blank lines. */
export const HEADLINE_WINDOW = 12;
/** The least score a candidate needs. */
export const MIN_HEADLINE_SCORE = 3;

const markdownHeading = /^\s{0,3}#{1,6}\s+/u;
const strip = (line: string) =>
  line
    .replace(markdownHeading, '')
    .replace(/^[*_]+|[*_]+$/gu, '')
    .trim();
const comparable = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const contentWords = (text: string) => (comparable(text).match(/\p{L}{4,}/gu) ?? []).filter((w) => !anyStopword.has(w));
const stem = (w: string) => w.slice(0, 5);

/** URL slugs write х, ц, щ as h, c, sh at least as often as kh, ts, shch: the looser form compares by first letters. */
const LATIN: Readonly<Record<string, string>> = { ...CYRILLIC_ASCII, х: 'h', ц: 'c', щ: 'sh' };
/** A rough transliteration, enough to compare a Cyrillic headline with a Latin URL slug by its first letters. */
const latin = (word: string) => [...word].map((c) => LATIN[c] ?? c).join('');

/** Share of the candidate's content words whose stem is in `other`. */
function agreement(candidate: string, other: ReadonlySet<string>): number {
  const words = contentWords(candidate);
  if (words.length === 0) return 0;
  return words.filter((w) => other.has(stem(w))).length / words.length;
}

function slugStems(url: string | undefined): Set<string> {
  if (!url) return new Set();
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return new Set();
  }
  return new Set((path.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => stem(latin(w))));
}

/** A line in capitals ("НОВОСТИ МИНСКА", "REUTERS"): a site's name or section, unless it stands right above the text. */
export function inCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return letters.length > 3 && upper.length / letters.length > 0.7;
}

/** Words of a publication's or section's name: a line in capitals holding one is a masthead. */
const mastheadWord =
  /(?<![\p{L}\p{N}])(?:новости|новостей|навіны|газета|газеты|вестник|вести|весці|сегодня|курьер|неделя|звезда|заря|зара|звязда|телеграф|правда|известия|время|ведомости|коммерсант|журнал|радио|тв|агентство|инфо|онлайн|online|news|times|post|daily|gazette|herald|journal|tribune|today|press|radio|tv|media|медиа|пресс|express|mail|observer|guardian|telegraph|star|sun|week)(?![\p{L}\p{N}])/iu;

/**
 * A line in capitals on the capture's first line, right on top of the text ("БЕЗ ОБЪЯВЛЕНИЯ ВОЙНЫ"), is the
 * headline printed in capitals rather than the site's name when it has three words or more, no word of a
 * masthead, is printed nowhere else in the capture, and neither spells the source address's host nor its
 * initials ("АРГУМЕНТЫ И ФАКТЫ", aif.ru).
 */
export function capitalsHeadline(text: string, lines: readonly string[], url?: string): boolean {
  const words = comparable(text).split(' ').filter(Boolean);
  if (words.length < 3 || mastheadWord.test(text)) return false;
  const key = comparable(text);
  if (lines.filter((line) => comparable(line).includes(key)).length > 1) return false;
  if (url) {
    let host = '';
    try {
      host = new URL(url).hostname.toLowerCase().replace(/[^a-z0-9]/gu, '');
    } catch {
      host = '';
    }
    const initials = words.map((w) => latin(w)[0]).join('');
    if (host.includes(initials) || contentWords(text).some((w) => host.includes(stem(latin(w))))) return false;
  }
  return true;
}

/** A photo caption or credit: "Фото: …", "Fota: …", "Photo by …", "Illustration". */
export const photoCaption =
  /^(?:фото|фота|photo|fota|иллюстрация|ілюстрацыя|illustration|image)(?![\p{L}\p{N}])|(?:фото|фота|photo|fota|credit)\s*:/iu;

/** A line that can never be a headline: the site's furniture, a date, its name in capitals, a link. */
export function neverHeadline(text: string): boolean {
  const t = strip(text);
  if (isDateTimeLine(t)) return true;
  if (furnitureRules.some((r) => t.length <= r.maxLength && r.pattern.test(t))) return true;
  if (/https?:\/\/|www\.|@\S|©/u.test(t)) return true;
  // A photo caption or credit.
  if (photoCaption.test(t)) return true;
  // One token of letters and digits glued together ("Historyja44": a rubric and its counter).
  if (!/\s/u.test(t) && /\p{L}/u.test(t) && /\d/u.test(t)) return true;
  // Words glued without spaces ("ГлавноеИнтервьюРусофобия"): a breadcrumb or a menu copied as one line.
  if ((t.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2) return true;
  // A time of day: a feed item or a date line with words around it.
  if (/(?<![\p{L}\p{N}])\d{1,2}:\d{2}(?![\p{L}\p{N}])/u.test(t)) return true;
  // An issue line of a printed paper ("N°9, 24 января 2005 …", "№ 45").
  if (/^(?:№|n°|no\.)\s*\d/iu.test(t)) return true;
  // A name printed twice in a row ("Сергей Худиев Сергей Худиев"): an author's card, not a headline.
  if (/(?<![\p{L}\p{N}])(\p{L}+ \p{L}+) \1(?![\p{L}\p{N}])/u.test(t)) return true;
  // A navigation bar: several short items between separators.
  if ((t.match(/\s[|•·/]\s/gu) ?? []).length >= 2) return true;
  return false;
}

/** A flattened header's tail: the date (and time, byline) printed after the headline on the same line. */
const headerTail = new RegExp(
  `\\s+\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+\\d{4}(?:\\s*г\\.)?(?:,?\\s+\\d{1,2}:\\d{2})?(?:\\s+(?:текст|tекст|text|автор|фото)\\s*:.{0,80})?$`,
  'iu',
);

/** Fewest words on either side of the seam between another story's teaser and the headline. */
const MIN_SEAM_WORDS = 4;

/**
 * The headline inside a flattened header: a line that holds another story's teaser, then the headline, then
 * the date ("Россия предложила … нацизма Британцы раскритиковали Байдена … Путина 29 июля 2021, 09:02").
 * The two headlines are glued with no punctuation; the seam is the capitalised word after a lower-case one
 * where the words after it agree with the lead and the words before it do not. Undefined when the line has
 * no date at its end or no seam is clear: then it is no headline at all.
 */
export function flattenedHeadline(line: string, lead: ReadonlySet<string>): string | undefined {
  const text = strip(line);
  const tail = headerTail.exec(text);
  if (!tail) return undefined;
  const rest = text.slice(0, tail.index).trim();
  const words = rest.split(/\s+/u);
  let best: { at: number; margin: number } | undefined;
  for (let at = MIN_SEAM_WORDS; at <= words.length - MIN_SEAM_WORDS; at++) {
    if (!/^["«„“]?\p{Lu}/u.test(words[at]!) || !/\p{Ll}["»“”]?$/u.test(words[at - 1]!)) continue;
    const after = agreement(words.slice(at).join(' '), lead);
    const before = agreement(words.slice(0, at).join(' '), lead);
    if (after < 0.5 || before > 0.34) continue;
    const margin = after - before;
    if (margin >= 0.3 && (!best || margin > best.margin)) best = { at, margin };
  }
  if (!best) return undefined;
  const headline = words.slice(best.at).join(' ');
  return headlineShaped(headline) ? headline : undefined;
}

/**
 * Picks the headline among `lines[0 … leadIndex)` (the lines above the first running text), skipping the
 * lines `usable` rejects (already removed as boilerplate). Returns undefined when no line is a headline.
 */
export function chooseHeadline(
  lines: readonly string[],
  usable: (index: number) => boolean,
  leadIndex: number,
  hints: HeadlineHints = {},
): HeadlineChoice | undefined {
  const nonBlank: number[] = [];
  for (let i = 0; i < leadIndex; i++) if (lines[i]!.trim() !== '') nonBlank.push(i);
  const window = nonBlank.slice(-HEADLINE_WINDOW);
  const lead = new Set<string>();
  for (const w of contentWords(lines.slice(leadIndex, leadIndex + 3).join(' '))) lead.add(stem(w));
  const slug = slugStems(hints.url);
  const pageTitles = (hints.titles ?? []).map(comparable).filter(Boolean);
  const firstContent = nonBlank.find(usable);
  const counts = new Map<string, number>();
  for (const line of lines.slice(0, Math.min(lines.length, leadIndex + 60))) {
    const key = comparable(strip(line));
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  let best: HeadlineChoice | undefined;
  const scored = new Map<number, HeadlineChoice>();
  const keys = new Map<number, string>(window.map((i) => [i, comparable(strip(lines[i]!))]));
  window.forEach((index, k) => {
    if (!usable(index)) return;
    const raw = lines[index]!;
    const text = strip(raw);
    const heading = markdownHeading.test(raw);
    // The first line followed by a blank line is the headline's usual place: there, any short unpunctuated line will do.
    const firstLineTitle =
      index === firstContent &&
      (lines[index + 1] ?? '').trim() === '' &&
      text.length <= 200 &&
      !/[.,;:]$/u.test(text) &&
      !/^[-*•]\s/u.test(text);
    if (neverHeadline(raw) || (!heading && !firstLineTitle && !headlineShaped(text) && !/[?!]$/u.test(text))) return;
    const f = lineFeatures(text);
    if (f.sentences >= 2 || f.chars > 250) return;
    const distance = window.length - k; // 1 = the line right above the lead
    // Capitals: an old page's headline right above its text, or else a site's name (never the capture's first line).
    const capitals = inCapitals(text);
    // On the capture's first line, capitals are the site's name unless the line is a headline in capitals on top of its text.
    const onText = index + 1 === leadIndex || /^\p{Lu}.{78,}[.!?…»"”]$/u.test(lines[index + 1]?.trim() ?? '');
    const topHeadline =
      capitals && index === nonBlank[0] && distance <= 2 && onText && capitalsHeadline(text, lines, hints.url);
    if (capitals && !topHeadline && (index === nonBlank[0] || distance > 4 || text.split(/\s+/u).length < 2)) return;
    const key = comparable(text);
    let score = 0;
    let source: HeadlineSource = 'above-lead';
    if (heading) score += 3;
    if ((counts.get(key) ?? 0) >= 2) {
      score += 4;
      source = 'repeated';
    }
    if (pageTitles.some((p) => p === key || (key.length >= 20 && (p.includes(key) || key.includes(p))))) {
      score += 6;
      source = 'page-title';
    }
    const slugShare =
      slug.size === 0
        ? 0
        : contentWords(text).filter((w) => slug.has(stem(latin(w)))).length / Math.max(1, contentWords(text).length);
    if (slugShare >= 0.5) {
      score += 4;
      if (source === 'above-lead') source = 'url-slug';
    } else if (slugShare >= 0.25) score += 2;
    score += 3 * agreement(text, lead);
    if (f.chars >= 25 && f.chars <= 170) score += 1.5;
    if (f.endsSentence && !/[?!]$/u.test(text)) score -= 2;
    // Russian and Belarusian headlines capitalise their first word only: every word capitalised is a byline or a menu.
    const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
    const capitalised = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
    if (!capitals && /\p{Script=Cyrillic}/u.test(text) && words.length >= 2 && capitalised >= 0.8 * words.length)
      score -= 3;
    if (capitals && !topHeadline) score -= 1;
    if (distance <= 3) score += 2;
    else if (distance <= 6) score += 1;
    if (index === firstContent) {
      score += 1;
      if (source === 'above-lead') source = 'first-line';
    }
    if ((lines[index + 1] ?? '').trim() === '') score += 0.5;
    // A line inside a run of headline-shaped lines with no blank between is an item of a list of other stories.
    const prev = lines[index - 1]?.trim() ?? '';
    const next = lines[index + 1]?.trim() ?? '';
    if (prev && next && headlineShaped(prev) && headlineShaped(next) && index + 1 < leadIndex) score -= 3;
    // A breadcrumb glued to the headline ("NewsBritain's government …") ends with another candidate's text.
    if (
      [...keys].some(
        ([other, text]) => other !== index && text.length >= 20 && key.length > text.length && key.endsWith(text),
      )
    )
      return;
    scored.set(index, { index, source, score });
    if (score >= MIN_HEADLINE_SCORE && (!best || score > best.score)) best = { index, source, score };
  });
  // A headline on the capture's first line followed by its standfirst: the standfirst, longer and closer
  // to the lead, may score higher; the first line, headline-shaped and followed by a blank line, wins.
  const first = nonBlank[0];
  if (
    best &&
    first !== undefined &&
    best.index !== first &&
    nonBlank.indexOf(best.index) === 1 &&
    (lines[first + 1] ?? '').trim() === ''
  ) {
    const upper = scored.get(first);
    const text = strip(lines[first]!);
    if (
      upper &&
      headlineShaped(text) &&
      text.split(/\s+/u).length >= 4 &&
      text.length < strip(lines[best.index]!).length
    )
      best = { ...upper, source: 'first-line' };
  }
  // A printed paper's header: its date line, the headline, its subtitle and the text, stacked with no blank
  // line. The subtitle, longer and right above the lead, may score higher; the headline under the date wins.
  const above = best ? best.index - 1 : -1;
  if (best && above > 0 && best.index + 1 === leadIndex && isDateTimeLine(strip(lines[above - 1]!))) {
    const upper = scored.get(above);
    const text = strip(lines[above]!);
    if (
      upper &&
      headlineShaped(text) &&
      !inCapitals(text) &&
      text.split(/\s+/u).length >= 3 &&
      text.length < strip(lines[best.index]!).length
    )
      best = { ...upper, source: 'above-lead' };
  }
  // No line is a headline: the nearest lines above the lead may be a flattened header holding it.
  if (!best) {
    for (const index of window.filter(usable).slice(-3).reverse()) {
      const text = flattenedHeadline(lines[index]!, lead);
      if (text) return { index, source: 'flattened-header', score: MIN_HEADLINE_SCORE, text };
    }
  }
  return best;
}

/** A wire story's dateline before its first sentence: "МОСКВА, 3 апр — РИА Новости.", "MINSK, Dec 23 (Reuters) -". */
const dateline =
  /^(?:[\p{Lu}][\p{Lu}\p{Pd} ]{2,40}(?:,\s*[^—–-]{1,30})?\s*(?:\([^)]{1,40}\))?\s*[—–-]+\s*(?:[\p{Lu}«"][^.]{0,25}\.\s+)?)/u;

/** The most words a supplied title drawn from the lead has. */
export const SUPPLIED_TITLE_WORDS = 12;

/**
 * An editor-style title drawn from the lead, for a capture that has no headline line: the lead's first
 * sentence without its dateline, cut at a word to at most {@link SUPPLIED_TITLE_WORDS} words. It is
 * published in [square brackets], as every supplied title is.
 */
export function titleFromLead(lead: string): string | undefined {
  let text = lead.replace(/\s+/gu, ' ').trim();
  const wire = dateline.exec(text) ?? /^[\p{Lu}][\p{Lu}\p{Pd} ]{2,30}\.\s+(?=\p{Lu})/u.exec(text);
  if (wire && wire[0].length < text.length - 20) text = text.slice(wire[0].length).trim();
  const sentence = /^.+?[.!?…](?=\s+["«„“(]?\p{Lu}|$)/u.exec(text)?.[0] ?? text;
  const words = sentence
    .replace(/[.!…]+$/u, '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return undefined;
  let title = words
    .slice(0, SUPPLIED_TITLE_WORDS)
    .join(' ')
    .replace(/[,;:—–-]+$/u, '')
    .trim();
  if (words.length > SUPPLIED_TITLE_WORDS) title += '…';
  return title.charAt(0).toLocaleUpperCase('ru') + title.slice(1);
}
