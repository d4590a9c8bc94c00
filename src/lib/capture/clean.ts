import { classifierReasons, furnitureRules, isDateTimeLine, timedHeadline } from './boilerplate.ts';
import { headlineShaped, initialClass, lineFeatures, smoothClasses, type BlockClass } from './classify.ts';
import { chooseHeadline, neverHeadline, type HeadlineHints, type HeadlineSource } from './headline.ts';
import {
  blockReasons,
  footerLine,
  footerRule,
  lineRules,
  MAX_HEADLINE_LENGTH,
  MAX_NAVIGATION_WORDS,
  numberedItem,
} from './rules.ts';
import type { RemovalReason, RemovedBlock } from './schema.ts';

/** A line of the capture that is kept as article text (blank lines are kept as ''). */
export interface KeptLine {
  /** 1-based line number in the decoded capture. */
  line: number;
  text: string;
}

export interface CleanOptions {
  /** Run the block classifier and choose the headline (default). Off for text already extracted from HTML. */
  classify?: boolean;
  /** What else confirms a headline (the source URL, the page's titles). */
  hints?: HeadlineHints;
  /**
   * The 1-based line already known to be the headline (a saved page's, chosen from its markup): kept
   * whatever its shape, and returned as the headline. Only with `classify: false`.
   */
  headlineLine?: number;
}

export interface CleanResult {
  kept: KeptLine[];
  removed: RemovedBlock[];
  /**
   * The headline the classifier chose: its 1-based line and why. `null`: the capture has running text
   * but no line above it is a headline. Absent: the capture has no running text long enough to classify
   * (a short note), and its first line is taken as before.
   */
  headline?: { line: number; source: HeadlineSource; text?: string } | null;
}

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;
const isBlank = (text: string) => text.trim().length === 0;
/** Two lines that differ only in spacing (a no-break space for a space) are the same line. */
const comparable = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();
/** A long line that reads as prose: it anchors where the article's text is. */
const isProse = (text: string) => wordCount(text) >= 12 && !numberedItem.test(text);

/**
 * Splits a capture's text into the lines that belong to the article and the blocks of boilerplate
 * around them. Never rewrites a line: the kept text is made only of the input's own lines.
 */
export function cleanCapture(text: string, options: CleanOptions = {}): CleanResult {
  const lines = text.split('\n');
  const rule: Array<string | undefined> = lines.map(() => undefined);
  const mark = (index: number, id: string) => {
    rule[index] ??= id;
  };

  lines.forEach((line, i) => {
    const trimmed = line.trim();
    const match = lineRules.find((r) => trimmed.length <= r.maxLength && r.pattern.test(trimmed));
    if (match) mark(i, match.id);
  });

  markFooter(lines, mark);
  markNumberedHeadlines(lines, mark);
  markRepeats(lines, rule, mark);
  markLeadingNavigation(lines, rule, mark);
  const known = options.headlineLine;
  if (known !== undefined) rule[known - 1] = undefined;
  const headline =
    options.classify === false
      ? known === undefined
        ? undefined
        : { line: known, source: 'page-title' as const }
      : classifyBlocks(lines, rule, mark, options.hints ?? {});

  const reasons: Record<string, RemovalReason> = {
    ...blockReasons,
    ...classifierReasons,
    ...Object.fromEntries(furnitureRules.map((r) => [r.id, r.reason])),
    ...Object.fromEntries(lineRules.map((r) => [r.id, r.reason])),
  };
  const kept: KeptLine[] = [];
  const removed: RemovedBlock[] = [];
  lines.forEach((line, i) => {
    const id = rule[i];
    if (id === undefined) {
      kept.push({ line: i + 1, text: isBlank(line) ? '' : line });
      return;
    }
    const last = removed.at(-1);
    // A block runs on over the blank lines between lines removed by the same rule.
    const gapIsBlank = last !== undefined && lines.slice(last.to, i).every(isBlank);
    if (last && last.rule === id && gapIsBlank) {
      last.to = i + 1;
    } else {
      removed.push({ from: i + 1, to: i + 1, text: line, rule: id, reason: reasons[id]! });
    }
  });
  // Each block's text is joined once, at the end (joining on every extension was quadratic).
  for (const block of removed) if (block.to > block.from) block.text = lines.slice(block.from - 1, block.to).join('\n');
  return {
    kept: dropBlanksInsideBlocks(kept, removed, lines.length),
    removed,
    ...(headline !== undefined && { headline }),
  };
}

const classOf = (text: string) => initialClass(lineFeatures(text), text);

/** Section headings that end the article: what follows is the site's own list of other stories. */
const tailHeading =
  /^(?:related(?: (?:news|stories|articles|posts))?|more stories(?: from [\p{L} ]+)?|most (?:read|popular|viewed)|popular(?: news| stories)?|latest(?: news| stories)?|other materials(?: of [\p{L} ]+)?|you may also like|recommended(?: for you)?|top stories|популярн(?:ое|ые новости)(?: за (?:сутки|неделю|день))?|самое (?:читаемое|популярное)|последние новости|главные новости|новости партн[её]ров|другие (?:новости|материалы)(?: [\p{L} ]+)?|похожие (?:новости|материалы|статьи)|выбор редакции|рекомендуем|вам может быть интересно|папулярнае|апошнія навіны|галоўныя навіны|іншыя навіны)\s*[:.…»›]*$/iu;

/**
 * After the article, a heading of the site's own section ("Related articles", "Популярные новости за
 * сутки") followed by two or more blocks that are not running text starts the site's list of other
 * stories: everything from it to the end is removed, teaser paragraphs included.
 */
function markAfterArticle(
  lines: string[],
  trimmed: string[],
  rule: Array<string | undefined>,
  classes: Array<BlockClass | undefined>,
  mark: (i: number, id: string) => void,
  lead: number,
) {
  for (let i = Math.max(lead, 0) + 1; i < lines.length; i++) {
    if (trimmed[i]!.length > 70 || !tailHeading.test(trimmed[i]!)) continue;
    const next = [];
    for (let j = i + 1; j < lines.length && next.length < 2; j++) if (classes[j] !== undefined) next.push(classes[j]);
    if (next.length < 2 || next.some((c) => c === 'good')) continue;
    for (let j = i; j < lines.length; j++) {
      if (!trimmed[j]) continue;
      mark(j, rule[j] === undefined ? 'after-article' : rule[j]!);
      classes[j] = classes[j] === undefined ? undefined : 'bad';
    }
    return;
  }
}

/** This many blocks in a row that are not running text separate two stretches of text. */
const SEGMENT_GAP = 2;

/**
 * The first block of the capture's main stretch of running text: the stretch (blocks between runs of
 * {@link SEGMENT_GAP} or more short or bad ones) with the most characters of good and near-good text. A disclaimer or a
 * comment above the article is a stretch of its own, so the headline is looked for above the article's lead.
 */
function mainLead(classes: ReadonlyArray<BlockClass | undefined>, trimmed: readonly string[]): number {
  // A headline-shaped line right above text starts a stretch of its own, like a gap.
  const heading = (i: number) => classes[i] === 'short' && headlineShaped(trimmed[i]!) && !neverHeadline(trimmed[i]!);
  let best = { lead: -1, weight: -1 };
  let lead = -1;
  let weight = 0;
  let gap = 0;
  const close = () => {
    if (lead >= 0 && weight > best.weight) best = { lead, weight };
    lead = -1;
    weight = 0;
  };
  classes.forEach((c, i) => {
    if (c === undefined) return;
    if (c === 'good' || c === 'near-good') {
      if (gap >= SEGMENT_GAP) close();
      gap = 0;
      if (c === 'good' && lead < 0) lead = i;
      // Running text ends its sentences: a block that does not (a notice, a truncated teaser) weighs half.
      weight += trimmed[i]!.length * (/[.!?…»"”]$/u.test(trimmed[i]!) ? 1 : 0.5);
    } else gap += heading(i) ? SEGMENT_GAP : 1;
  });
  close();
  return best.lead < 0 ? classes.indexOf('good') : best.lead;
}

/** How much of a block's text the classifier measures. */
const MAX_MEASURED = 4000;

/** A run of headline-shaped lines sharing more of its words with the article than this is part of it. */
const MAX_LIST_OVERLAP = 0.4;

/** Consecutive headline-shaped lines (no blank between) that make a list of other stories. */
const MIN_HEADLINE_RUN = 3;

/**
 * The block classifier's pass (see classify.ts): marks the site's furniture the rules as data know
 * (dates, tickers, counters, copyright, section headings, feeds of timed headlines), chooses the
 * headline above the first running text, then classes every remaining line and smooths the classes by
 * context; the lines that end up bad are removed. A capture with no running text at all is left as the
 * rules left it.
 */
function classifyBlocks(
  lines: string[],
  rule: Array<string | undefined>,
  mark: (i: number, id: string) => void,
  hints: HeadlineHints,
): CleanResult['headline'] {
  const trimmed = lines.map((l) => l.trim());
  trimmed.forEach((line, i) => {
    if (!line || rule[i] !== undefined) return;
    if (isDateTimeLine(line)) return mark(i, 'date-line');
    const furniture = furnitureRules.find((r) => line.length <= r.maxLength && r.pattern.test(line));
    if (furniture) mark(i, furniture.id);
  });
  const timed = trimmed.flatMap((line, i) =>
    rule[i] === undefined && line.length <= 170 && timedHeadline.test(line) ? [i] : [],
  );
  if (timed.length >= 2) timed.forEach((i) => mark(i, 'timed-headlines'));

  // A copy of a line (a doubled caption, the title printed twice) is no block of its own: it neither helps nor hurts its neighbours.
  // A photo credit inside the article is no boundary of the text either.
  const copy = (i: number) =>
    rule[i] === 'duplicate-line' || rule[i] === 'repeated-title' || rule[i] === 'photo-credit';
  // A block is a line, or a hard-wrapped paragraph: lines that continue the previous one (it ends mid-sentence,
  // they start in lower case) are classed with it, as one text.
  const owner = trimmed.map((_, i) => i);
  for (let i = 1; i < lines.length; i++) {
    if (
      trimmed[i] &&
      trimmed[i - 1] &&
      rule[i] === undefined &&
      rule[i - 1] === undefined &&
      !/[.!?:;…»"”)]$/u.test(trimmed[i - 1]!) &&
      /^\p{Ll}/u.test(trimmed[i]!)
    )
      owner[i] = owner[i - 1]!;
  }
  // Each block's text: its lines joined once (a hard-wrapped paragraph can be long: no re-joining per line).
  // Its first few thousand characters are enough to class a block: a 5 MB paragraph is not measured whole.
  const blockText = (start: number) => {
    let end = start + 1;
    let length = trimmed[start]!.length;
    while (end < lines.length && owner[end] === start && length < MAX_MEASURED) length += trimmed[end++]!.length + 1;
    return end === start + 1 ? trimmed[start]! : trimmed.slice(start, end).join(' ');
  };
  const classes: Array<BlockClass | undefined> = trimmed.map((line, i) =>
    !line || copy(i) || owner[i] !== i ? undefined : rule[i] !== undefined ? 'bad' : classOf(blockText(i)),
  );
  // A short article may have no block long enough to be good on its own: its near-good blocks are then its running text.
  if (!classes.includes('good')) classes.forEach((c, i) => c === 'near-good' && (classes[i] = 'good'));
  const firstGood = classes.indexOf('good');
  if (firstGood < 0) return undefined;

  const choice = chooseHeadline(
    lines,
    (i) => rule[i] === undefined && trimmed[i] !== '',
    mainLead(classes, trimmed),
    hints,
  );
  if (choice) {
    const bare = (line: string) =>
      comparable(
        line
          .toLowerCase()
          .replace(/^\s{0,3}#{1,6}\s+/u, '')
          .replace(/^[*_]+|[*_]+$/gu, ''),
      );
    const key = bare(lines[choice.index]!);
    // A headline printed twice is the first copy; the second is removed as its repeat.
    choice.index = lines.findIndex((line, i) => rule[i] === undefined && bare(line) === key);
    const length = trimmed[choice.index]!.length;
    for (let i = 0; i < lines.length; i++) {
      if (i === choice.index || !trimmed[i] || rule[i] !== undefined) continue;
      // Only a line of about the headline's length can be its copy (markdown marks aside): no normalising of every line.
      if (Math.abs(trimmed[i]!.length - length) <= 12 && bare(lines[i]!) === key) mark(i, 'repeated-title');
      else if (i < choice.index) mark(i, 'before-headline');
      if (rule[i] !== undefined) classes[i] = copy(i) ? undefined : 'bad';
    }
    classes[choice.index] = undefined;
  }

  // Runs of headline-shaped lines that are not running text and share few words with it: a list of other
  // stories (a bulleted summary of the article itself shares its words, and stays).
  const articleStems = new Set<string>();
  classes.forEach((c, i) => {
    if (c === 'good')
      for (const w of trimmed[i]!.toLowerCase().split(/\s+/)) if (w.length >= 4) articleStems.add(w.slice(0, 5));
  });
  const shared = (i: number) => {
    const words = trimmed[i]!.toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length >= 4);
    return words.length === 0 ? 0 : words.filter((w) => articleStems.has(w.slice(0, 5))).length / words.length;
  };
  let run: number[] = [];
  const flush = () => {
    const overlap = run.length === 0 ? 0 : run.reduce((sum, i) => sum + shared(i), 0) / run.length;
    if (run.length >= MIN_HEADLINE_RUN && overlap < MAX_LIST_OVERLAP)
      for (const i of run) {
        mark(i, 'headline-list');
        classes[i] = 'bad';
      }
    run = [];
  };
  trimmed.forEach((line, i) => {
    const candidate =
      line &&
      rule[i] === undefined &&
      i !== choice?.index &&
      classes[i] !== 'good' &&
      headlineShaped(line) &&
      !/^[-*•]\s+\p{Ll}/u.test(line);
    if (candidate) run.push(i);
    else flush();
  });
  flush();

  markAfterArticle(lines, trimmed, rule, classes, mark, mainLead(classes, trimmed));
  const smoothed = smoothClasses(classes);
  owner.forEach((o, i) => {
    if (smoothed[o] === 'bad' && trimmed[i] && rule[i] === undefined && i !== choice?.index)
      mark(i, 'boilerplate-text');
  });
  return choice
    ? { line: choice.index + 1, source: choice.source, ...(choice.text !== undefined && { text: choice.text }) }
    : null;
}

/** Blank lines swallowed by a removed block are not kept twice. */
function dropBlanksInsideBlocks(kept: KeptLine[], removed: RemovedBlock[], lineCount: number): KeptLine[] {
  const inside = new Uint8Array(lineCount + 2);
  for (const b of removed) inside.fill(1, b.from + 1, b.to);
  return kept.filter((k) => k.text !== '' || !inside[k.line]);
}

/** A rule line followed only by a source label and URL is the capture tool's footer. */
function markFooter(lines: string[], mark: (i: number, id: string) => void) {
  const start = lines.findLastIndex((line) => footerRule.test(line));
  if (start < 0) return;
  const rest = lines.slice(start + 1);
  if (!rest.some((l) => !isBlank(l)) || !rest.every((l) => isBlank(l) || footerLine.test(l.trim()))) return;
  for (let i = start; i < lines.length; i++) if (!isBlank(lines[i]!) || i === start) mark(i, 'capture-footer');
}

/**
 * Three or more consecutive numbered short lines (1., 2., 3. …), with no prose before them or none
 * after them, are the site's own headline list (most read, related), not the article's.
 */
function markNumberedHeadlines(lines: string[], mark: (i: number, id: string) => void) {
  // proseBefore[k]: some line before k is prose; proseFrom[k]: line k or a later one is (computed once: linear).
  const prose = lines.map(isProse);
  const proseBefore = [false];
  for (let k = 0; k < lines.length; k++) proseBefore.push(proseBefore[k]! || prose[k]!);
  const proseFrom: boolean[] = Array.from({ length: lines.length + 1 }, () => false);
  for (let k = lines.length - 1; k >= 0; k--) proseFrom[k] = proseFrom[k + 1]! || prose[k]!;
  let i = 0;
  while (i < lines.length) {
    const first = numberedItem.exec(lines[i]!);
    if (!first || first[1] !== '1') {
      i++;
      continue;
    }
    const items = [i];
    let expected = 2;
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (isBlank(lines[j]!)) continue;
      const item = numberedItem.exec(lines[j]!);
      if (!item || Number(item[1]) !== expected || lines[j]!.trim().length > MAX_HEADLINE_LENGTH) break;
      items.push(j);
      expected++;
    }
    const atEdge = !proseBefore[i] || !proseFrom[items.at(-1)! + 1];
    const headlineLike = items.every((k) => lines[k]!.trim().length <= MAX_HEADLINE_LENGTH);
    if (items.length >= 3 && atEdge && headlineLike) items.forEach((k) => mark(k, 'numbered-headlines'));
    i = items.at(-1)! + 1;
  }
}

/** The title printed twice, and a line printed twice in a row (a doubled photo caption). */
function markRepeats(lines: string[], rule: Array<string | undefined>, mark: (i: number, id: string) => void) {
  const content = lines
    .map((text, i) => ({ text: comparable(text), i }))
    .filter((l) => l.text && rule[l.i] === undefined);
  const first = content[0];
  content.forEach((line, k) => {
    if (k === 0) return;
    if (first && line.text === first.text && k <= 2) mark(line.i, 'repeated-title');
    else if (line.text === content[k - 1]!.text) mark(line.i, 'duplicate-line');
  });
}

/** Short link-like lines at the very top, above boilerplate that was already removed, are site navigation. */
function markLeadingNavigation(
  lines: string[],
  rule: Array<string | undefined>,
  mark: (i: number, id: string) => void,
) {
  const lastRemovedInHead = (() => {
    let last = -1;
    for (let i = 0; i < lines.length; i++) {
      if (rule[i] !== undefined) last = i;
      else if (isProse(lines[i]!)) break;
    }
    return last;
  })();
  for (let i = 0; i < lastRemovedInHead; i++) {
    const line = lines[i]!.trim();
    if (rule[i] !== undefined || !line) continue;
    const navigationLike = wordCount(line) <= MAX_NAVIGATION_WORDS && !/[.!?:;…]$/u.test(line);
    if (navigationLike) mark(i, 'site-navigation');
  }
}
