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
  precision: number;
  recall: number;
  f1: number;
  /** Boilerplate lines of the capture (lines not in the expected title or text), and how many the reader kept. */
  boilerplateLines?: number;
  boilerplateLeft?: number;
  /** `right`, `wrong`, `missing` (expected one, none found) or `none-right` (none expected, none taken). */
  title: 'right' | 'wrong' | 'missing' | 'none-right' | 'invented';
  titleGot?: string;
  date: 'right' | 'wrong' | 'invented' | 'missing' | 'none-right';
  dateGot?: string;
  language: boolean;
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

/** A date found is right when it is the expected one at the expected precision (a day found for a stated month is wrong). */
const sameDate = (got: string, expected: string) => got === expected;

/** Scores one capture. */
export function scoreCapture(name: string, output: ReaderOutput, expected: Expected): FileScore {
  if (output.refused) {
    return {
      name,
      refused: true,
      reason: output.reason,
      precision: 0,
      recall: 0,
      f1: 0,
      title: expected.title === null ? 'none-right' : 'missing',
      date: expected.date === null ? 'none-right' : 'missing',
      language: false,
      ms: output.ms,
    };
  }
  const { precision, recall, f1 } = tokenScores(tokens(output.paragraphs.join('\n')), tokens(expected.main));

  const title: FileScore['title'] =
    expected.title === null
      ? output.title === undefined
        ? 'none-right'
        : 'invented'
      : output.title === undefined
        ? 'missing'
        : sameTitle(output.title, expected.title)
          ? 'right'
          : 'wrong';
  const date: FileScore['date'] =
    expected.date === null
      ? output.date === undefined
        ? 'none-right'
        : 'invented'
      : output.date === undefined
        ? 'missing'
        : sameDate(output.date, expected.date)
          ? 'right'
          : 'wrong';

  let boilerplate: Pick<FileScore, 'boilerplateLines' | 'boilerplateLeft'> = {};
  if (output.lines) {
    // A line belongs to the article when its words are a run of the expected title's or text's words.
    const article = ` ${[expected.title ?? '', expected.main].map((t) => tokens(t).join(' ')).join(' ')} `;
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
    precision,
    recall,
    f1,
    ...boilerplate,
    title,
    ...(titleGot !== undefined && { titleGot }),
    date,
    ...(output.date !== undefined && { dateGot: output.date }),
    language: output.language === expected.language,
    languageGot: output.language,
    ms: output.ms,
  };
}

export interface Totals {
  files: number;
  refusals: number;
  /** Means over the captures (a refused one counts 0). */
  precision: number;
  recall: number;
  f1: number;
  /** Boilerplate lines kept, over all boilerplate lines of the text captures. */
  boilerplateLeft: number;
  boilerplateLines: number;
  boilerplateShare: number;
  /** Captures that have a headline, and how many got it right. */
  withTitle: number;
  titlesRight: number;
  /** Captures with no headline, and how many the reader left without one (a supplied title). */
  withoutTitle: number;
  noTitleRight: number;
  withDate: number;
  datesRight: number;
  datesWrong: number;
  datesMissing: number;
  /** Dates found where the capture states none. */
  datesInvented: number;
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
  return {
    files: scores.length,
    refusals: count((s) => s.refused),
    precision: mean(scores.map((s) => s.precision)),
    recall: mean(scores.map((s) => s.recall)),
    f1: mean(scores.map((s) => s.f1)),
    boilerplateLeft,
    boilerplateLines,
    boilerplateShare: boilerplateLines === 0 ? 0 : boilerplateLeft / boilerplateLines,
    withTitle: count((s) => s.title === 'right' || s.title === 'wrong' || s.title === 'missing'),
    titlesRight: count((s) => s.title === 'right'),
    withoutTitle: count((s) => s.title === 'none-right' || s.title === 'invented'),
    noTitleRight: count((s) => s.title === 'none-right'),
    withDate: count((s) => s.date === 'right' || s.date === 'wrong' || s.date === 'missing'),
    datesRight: count((s) => s.date === 'right'),
    datesWrong: count((s) => s.date === 'wrong'),
    datesMissing: count((s) => s.date === 'missing'),
    datesInvented: count((s) => s.date === 'invented'),
    languageRight: count((s) => s.language),
    msMean: mean(scores.map((s) => s.ms)),
  };
}
