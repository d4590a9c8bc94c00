import type { Expected } from './expected.ts';

/**
 * Scores what the capture reader made of one capture against what a person expected, and sums the
 * scores of a folder. Pure: the reading is passed in already reduced to {@link ReaderOutput}.
 */

/** What the reader gave for one capture, or why it gave nothing. */
export type ReaderOutput =
  | {
      refused: false;
      /** The capture's own headline, if the reader found one. */
      title?: string;
      /** A title drawn from the lead, when it found none. */
      suppliedTitle?: string;
      /** The paragraphs kept as the article's text. */
      paragraphs: string[];
      /** `YYYY[-MM[-DD]]`, when the reader found a publication date. */
      date?: string;
      language: string;
      /** For a text capture: its non-blank lines, each with whether the reader kept it (title included). */
      lines?: Array<{ text: string; kept: boolean }>;
      ms: number;
    }
  | { refused: true; reason: string; ms: number };

export interface FileScore {
  name: string;
  refused: boolean;
  reason?: string;
  /** Token scores of the main text; absent when the expected file gives no text. */
  precision?: number;
  recall?: number;
  f1?: number;
  /** Boilerplate lines of the capture (lines not in the expected title or text), and how many the reader kept. */
  boilerplateLines?: number;
  boilerplateLeft?: number;
  /**
   * `right`, `wrong`, `missing` (expected one, none found), `none-right` (none expected, none taken),
   * `invented` (one taken where none is expected) or `unscored` (the expected file does not say); a title
   * is `right-without-site` when it is the expected one without the site's part ({@link sameTitleWithoutSite}).
   */
  title: Verdict;
  titleGot?: string;
  date: Verdict;
  dateGot?: string;
  /** Whether the language is right; absent when the expected file does not say. */
  language?: boolean;
  languageGot?: string;
  ms: number;
}

const tokenPattern = /[\p{L}\p{N}]+/gu;
/** Words of a text, lowercased (NFC): the unit the main text is scored in. */
export const tokens = (text: string): string[] => text.normalize('NFC').toLowerCase().match(tokenPattern) ?? [];

/** Token precision, recall and F1 of `got` against `expected`, as bags of words. */
export function tokenScores(
  got: readonly string[],
  expected: readonly string[],
): { precision: number; recall: number; f1: number } {
  if (got.length === 0 && expected.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const counts = new Map<string, number>();
  for (const t of expected) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of got) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      common++;
      counts.set(t, left - 1);
    }
  }
  const precision = got.length === 0 ? 0 : common / got.length;
  const recall = expected.length === 0 ? 0 : common / expected.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Two titles are the same once case, quotes, dashes, spacing and markdown marks are ignored. */
export const sameTitle = (a: string, b: string): boolean => tokens(a).join(' ') === tokens(b).join(' ');

/** Where a page's `<title>` joins the headline to the site's (or author's, section's) name: " | ", " - ", " :: ", " _", " @ ", "[Site]". */
const TITLE_PART = /\s+(?:[|—–·@_-]|::)\s*|\s*[[\]（）]\s*/u;

/**
 * Whether `got` is `expected` once a run of parts at its start or end is set aside: the expected title is
 * a page's `<title>` ("Headline | Site", "Site - Headline") and the reader gave the headline as printed.
 * The part set aside is never the longer one (a site's name given for "Site | Headline" is no match).
 * Counted apart from exact agreement, so that the figure says which it is.
 */
export function sameTitleWithoutSite(got: string, expected: string): boolean {
  const parts = expected.split(TITLE_PART).filter((p) => tokens(p).length > 0);
  const length = (ps: string[]) => tokens(ps.join(' ')).length;
  for (let k = 1; k < parts.length; k++) {
    const [head, tail] = [parts.slice(0, k), parts.slice(k)];
    if (sameTitle(got, head.join(' ')) && length(head) >= length(tail)) return true;
    if (sameTitle(got, tail.join(' ')) && length(tail) >= length(head)) return true;
  }
  return false;
}

/** A date found is right when it is the expected one at the expected precision (a day found for a stated month is wrong). */
const sameDate = (got: string, expected: string) => got === expected;

type Verdict = 'right' | 'right-without-site' | 'wrong' | 'missing' | 'none-right' | 'invented' | 'unscored';

/** A title or date found (`got`) against the expected one: `null` expects none, `undefined` is not scored. */
function verdict(
  got: string | undefined,
  want: string | null | undefined,
  same: (a: string, b: string) => boolean,
): Verdict {
  if (want === undefined) return 'unscored';
  if (want === null) return got === undefined ? 'none-right' : 'invented';
  if (got === undefined) return 'missing';
  return same(got, want) ? 'right' : 'wrong';
}

const titleVerdict = (got: string | undefined, want: string | null | undefined): Verdict => {
  const v = verdict(got, want, sameTitle);
  return v === 'wrong' && sameTitleWithoutSite(got!, want!) ? 'right-without-site' : v;
};

/** Scores one capture. */
export function scoreCapture(name: string, output: ReaderOutput, expected: Expected): FileScore {
  const main = expected.main;
  if (output.refused) {
    return {
      name,
      refused: true,
      reason: output.reason,
      ...(main !== undefined && { precision: 0, recall: 0, f1: 0 }),
      title: titleVerdict(undefined, expected.title),
      date: verdict(undefined, expected.date, sameDate),
      ...(expected.language && { language: false }),
      ms: output.ms,
    };
  }
  const text = main === undefined ? {} : tokenScores(tokens(output.paragraphs.join('\n')), tokens(main));
  const title = titleVerdict(output.title, expected.title);
  const date = verdict(output.date, expected.date, sameDate);

  let boilerplate: Pick<FileScore, 'boilerplateLines' | 'boilerplateLeft'> = {};
  if (output.lines && main !== undefined) {
    // A line belongs to the article when its words are a run of the expected title's or text's words.
    const article = ` ${[expected.title ?? '', main ?? ''].map((t) => tokens(t).join(' ')).join(' ')} `;
    const bp = output.lines.filter((l) => {
      const words = tokens(l.text).join(' ');
      return words !== '' && !article.includes(` ${words} `);
    });
    boilerplate = { boilerplateLines: bp.length, boilerplateLeft: bp.filter((l) => l.kept).length };
  }
  const titleGot = output.title ?? (output.suppliedTitle === undefined ? undefined : `[${output.suppliedTitle}]`);
  return {
    name,
    refused: false,
    ...text,
    ...boilerplate,
    title,
    ...(titleGot !== undefined && { titleGot }),
    date,
    ...(output.date !== undefined && { dateGot: output.date }),
    ...(expected.language && { language: output.language === expected.language }),
    languageGot: output.language,
    ms: output.ms,
  };
}

export interface Totals {
  files: number;
  refusals: number;
  /** Captures whose main text is scored; the means are over them (a refused one counts 0). */
  withText: number;
  precision: number;
  recall: number;
  f1: number;
  /** Boilerplate lines kept, over all boilerplate lines of the text captures. */
  boilerplateLeft: number;
  boilerplateLines: number;
  boilerplateShare: number;
  /** Captures that have a headline, how many got it right, and how many more equal it once its site part is set aside. */
  withTitle: number;
  titlesRight: number;
  titlesRightWithoutSite: number;
  /** Captures with no headline, and how many the reader left without one (a supplied title). */
  withoutTitle: number;
  noTitleRight: number;
  withDate: number;
  datesRight: number;
  datesWrong: number;
  datesMissing: number;
  /** Dates found where the capture states none. */
  datesInvented: number;
  /** Captures whose language is scored, and how many are right. */
  withLanguage: number;
  languageRight: number;
  msMean: number;
}

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/** Sums a folder's scores. */
export function totals(scores: readonly FileScore[]): Totals {
  const count = (p: (s: FileScore) => boolean) => scores.filter(p).length;
  const withBp = scores.filter((s) => s.boilerplateLines !== undefined);
  const boilerplateLines = withBp.reduce((a, s) => a + s.boilerplateLines!, 0);
  const boilerplateLeft = withBp.reduce((a, s) => a + s.boilerplateLeft!, 0);
  const withText = scores.filter((s) => s.f1 !== undefined);
  return {
    files: scores.length,
    refusals: count((s) => s.refused),
    withText: withText.length,
    precision: mean(withText.map((s) => s.precision!)),
    recall: mean(withText.map((s) => s.recall!)),
    f1: mean(withText.map((s) => s.f1!)),
    boilerplateLeft,
    boilerplateLines,
    boilerplateShare: boilerplateLines === 0 ? 0 : boilerplateLeft / boilerplateLines,
    withTitle: count((s) => ['right', 'right-without-site', 'wrong', 'missing'].includes(s.title)),
    titlesRight: count((s) => s.title === 'right'),
    titlesRightWithoutSite: count((s) => s.title === 'right-without-site'),
    withoutTitle: count((s) => s.title === 'none-right' || s.title === 'invented'),
    noTitleRight: count((s) => s.title === 'none-right'),
    withDate: count((s) => s.date === 'right' || s.date === 'wrong' || s.date === 'missing'),
    datesRight: count((s) => s.date === 'right'),
    datesWrong: count((s) => s.date === 'wrong'),
    datesMissing: count((s) => s.date === 'missing'),
    datesInvented: count((s) => s.date === 'invented'),
    withLanguage: count((s) => s.language !== undefined),
    languageRight: count((s) => s.language === true),
    msMean: mean(scores.map((s) => s.ms)),
  };
}
