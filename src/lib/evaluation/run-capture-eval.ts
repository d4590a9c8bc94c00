import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CAPTURE_FILE, captureKindOf, DecodeError, readCapture, type CaptureReading } from '../capture/index.ts';
import { metadataFromPage } from '../ingest/html-metadata.ts';
import { scoreCapture, totals, type FileScore, type ReaderOutput, type Totals } from './capture-score.ts';
import { parseExpected } from './expected.ts';
import { compareText } from '../collate.ts';

/** The publication date the reader found, wherever it reports it (its own `date`, or a saved page's tags). */
export function readerDate(reading: CaptureReading): string | undefined {
  const own = (reading as CaptureReading & { date?: unknown }).date;
  if (typeof own === 'string') return own;
  if (own && typeof own === 'object' && 'value' in own && typeof own.value === 'string') return own.value;
  return reading.html ? metadataFromPage(reading.html.meta, reading.html.byline).date?.value : undefined;
}

/** Runs the reader on one capture as ingest would, reduced to what is scored. */
export function readForScoring(bytes: Uint8Array, fileName: string, url?: string): ReaderOutput {
  const started = performance.now();
  const kind = captureKindOf(fileName);
  let reading: CaptureReading;
  try {
    reading = readCapture(bytes, kind, url ? { url } : {});
  } catch (error) {
    if (error instanceof DecodeError) return { refused: true, reason: error.message, ms: performance.now() - started };
    throw error;
  }
  const ms = performance.now() - started;
  if (reading.paragraphs.length === 0)
    return { refused: true, reason: 'no article text left once boilerplate is removed', ms };
  if (reading.title === undefined && reading.suppliedTitle === undefined)
    return { refused: true, reason: 'no title and no lead to draw one from', ms };
  let lines: Array<{ text: string; kept: boolean }> | undefined;
  if (kind === 'text') {
    const removed = new Set<number>();
    for (const b of reading.removed) for (let n = b.from; n <= b.to; n++) removed.add(n);
    // A flattened header keeps only its headline (the teaser and date beside it are not published): that part is what the reader kept.
    const flattened = reading.titleSource === 'flattened-header' ? reading.title : undefined;
    lines = reading.decoded.text.split('\n').flatMap((text, i) =>
      text.trim() === ''
        ? []
        : [
            {
              text: flattened !== undefined && !removed.has(i + 1) && text.includes(flattened) ? flattened : text,
              kept: !removed.has(i + 1),
            },
          ],
    );
  }
  const date = readerDate(reading);
  return {
    refused: false,
    ...(reading.title !== undefined && { title: reading.title }),
    ...(reading.suppliedTitle !== undefined && { suppliedTitle: reading.suppliedTitle }),
    paragraphs: reading.paragraphs.map((p) => p.text),
    ...(date !== undefined && { date }),
    language: reading.language.language,
    ...(lines && { lines }),
    ms,
  };
}

export interface EvaluationResult {
  scores: FileScore[];
  totals: Totals;
  /** Captures with no expected file, and expected files with no capture. */
  unmatched: string[];
}

/** Scores every capture of `folder` that has a `<name>.expected.yaml`. Throws naming the file for a bad expected file. */
export function evaluateFolder(folder: string): EvaluationResult {
  const names = readdirSync(folder).sort(compareText('en'));
  const expectedNames = new Set(names.filter((n) => n.endsWith('.expected.yaml')));
  const scores: FileScore[] = [];
  const unmatched: string[] = [];
  for (const name of names.filter((n) => CAPTURE_FILE.test(n) && !n.endsWith('.expected.yaml'))) {
    const expectedName = `${name.replace(/\.[^.]+$/u, '')}.expected.yaml`;
    if (!expectedNames.delete(expectedName)) {
      unmatched.push(name);
      continue;
    }
    const expected = parseExpected(join(folder, expectedName), readFileSync(join(folder, expectedName), 'utf8'));
    scores.push(scoreCapture(name, readForScoring(readFileSync(join(folder, name)), name, expected.url), expected));
  }
  unmatched.push(...expectedNames);
  return { scores, totals: totals(scores), unmatched };
}

const pct = (n: number, of: number) => (of === 0 ? '—' : `${((100 * n) / of).toFixed(1)} %`);
const f2 = (x: number) => x.toFixed(3);

/** The report as plain lines: one row a capture, then the totals against the issue's targets. */
export function formatEvaluation(result: EvaluationResult): string {
  const rows = result.scores.map((s) =>
    [
      s.name.padEnd(34).slice(0, 34),
      (s.refused ? 'REFUSED' : s.f1 === undefined ? '—' : `${f2(s.precision!)} ${f2(s.recall!)} ${f2(s.f1)}`).padEnd(
        23,
      ),
      s.boilerplateLines === undefined
        ? '   —   '
        : `${String(s.boilerplateLeft).padStart(3)}/${String(s.boilerplateLines).padEnd(3)}`,
      s.title.padEnd(10),
      s.date.padEnd(10),
      (s.language === undefined ? '—' : s.language ? 'ok' : `≠ ${s.languageGot ?? ''}`).padEnd(5),
      [
        ['right', 'right-without-site', 'none-right', 'unscored'].includes(s.title)
          ? ''
          : `title: ${s.titleGot ?? '—'}`,
        ['wrong', 'invented'].includes(s.date) ? `date: ${s.dateGot}` : '',
      ]
        .filter(Boolean)
        .join('  '),
    ].join(' '),
  );
  const t = result.totals;
  return [
    `${'capture'.padEnd(34)} ${'P     R     F1'.padEnd(23)} bp left title      date       lang`,
    ...rows,
    '',
    `captures:            ${t.files}${result.unmatched.length ? ` (not scored, no pair: ${result.unmatched.join(', ')})` : ''}`,
    `refusals:            ${t.refusals}  (target 0)`,
    `main text:           P ${f2(t.precision)}  R ${f2(t.recall)}  F1 ${f2(t.f1)} over ${t.withText}  (target: raw text ≥ 0.95, saved HTML ≥ 0.92)`,
    `boilerplate left:    ${t.boilerplateLeft} of ${t.boilerplateLines} lines, ${pct(t.boilerplateLeft, t.boilerplateLines)}  (target ≤ 10 %)`,
    `headlines right:     ${t.titlesRight} of ${t.withTitle}, ${pct(t.titlesRight, t.withTitle)}  (target ≥ 90 %); captures with no headline left untitled: ${t.noTitleRight} of ${t.withoutTitle}`,
    `  and without the site's part of the expected title: ${t.titlesRightWithoutSite} more, ${pct(t.titlesRight + t.titlesRightWithoutSite, t.withTitle)} in all`,
    `dates right:         ${t.datesRight} of ${t.withDate}, ${pct(t.datesRight, t.withDate)}  (target ≥ 90 %); wrong ${t.datesWrong}, missed ${t.datesMissing}, invented ${t.datesInvented} (target 0)`,
    `language right:      ${t.languageRight} of ${t.withLanguage}, ${pct(t.languageRight, t.withLanguage)}  (target 100 %)`,
    `reading time:        ${t.msMean.toFixed(2)} ms a capture on average`,
  ].join('\n');
}
