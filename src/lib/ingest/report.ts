import type { RemovedBlock } from '../capture/index.ts';
import type { Problem } from '../problems.ts';
import type { IngestPlan, IngestRefusal } from './plan.ts';

/** What ingest prints: plain lines for an editor, no stack traces. */

const MAX_QUOTE = 70;
const quote = (text: string) => {
  const line = text.replace(/\s+/gu, ' ').trim();
  return `«${line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE - 1)}…` : line}»`;
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const lines = (from: number, to: number) => (from === to ? `line ${from}` : `lines ${from}–${to}`);

function removedLines(removed: RemovedBlock[], html: boolean): string[] {
  if (removed.length === 0) return [`  cleaner:       removed nothing`];
  return [
    `  cleaner:       removed ${plural(removed.length, 'block')}${html ? ' (lines of the page source)' : ''}:`,
    ...removed.map((b) => `                   ${lines(b.from, b.to)}, ${b.reason.en}: ${quote(b.text)}`),
  ];
}

const titleFromLabel: Record<string, string> = {
  'first-line': 'headline: the first line',
  'above-lead': 'headline: the line above the lead',
  repeated: 'headline: printed twice',
  'page-title': "headline: agrees with the page's title",
  'url-slug': 'headline: agrees with the source URL',
  'flattened-header': 'headline: part of a flattened header, before its date',
  '--title': 'given with --title',
  lead: 'drawn from the lead',
};

/** The lines describing one ingested (or, with `dryRun`, planned) capture. */
export function formatPlan(plan: IngestPlan, options: { dryRun?: boolean; site?: string } = {}): string {
  const { reading } = plan;
  const out = [
    `  ${options.dryRun ? 'would store:  ' : 'stored:       '} ${plan.capture.path} (${plan.description}, ${reading.byteLength} bytes, unchanged)`,
    `  title:         ${plan.titleSupplied ? `[${plan.title}] (supplied${plan.titleFrom === 'lead' ? ': drawn from the lead, the capture has no headline line' : ''})` : `${plan.title} (${titleFromLabel[plan.titleFrom]})`}`,
    `  permanent URL: ${plan.permalink}${options.site ? `  (${options.site.replace(/\/$/u, '')}${plan.permalink})` : ''}`,
    `  sidecar:       ${plan.sidecar.path}`,
  ];
  const date = plan.fields.date;
  out.push(
    `  date:          ${date ? `${date.value} (${date.source.startsWith('--') ? `given with ${date.source}` : `stated: ${date.source}`})` : 'none found (the article goes under /articles/undated/ unless you add one)'}`,
  );
  out.push(
    `  language:      ${plan.fields.language ? `${plan.fields.language} (given with --lang)` : `${reading.language.language} (detected)`}`,
  );
  if (plan.fromPage.length > 0)
    out.push(`  from the page: ${plan.fromPage.map((f) => `${f.field} (${f.source})`).join(', ')}`);
  if (plan.unknown.length > 0) {
    out.push(
      `  unknown:       ${plan.unknown.join(', ')} (the sidecar lists them to fill in${plan.unknown.includes('date') ? '; add the date before the first build, or the article stays under /articles/undated/' : ''})`,
    );
  }
  if (reading.html) {
    const dropped = reading.html.dropped;
    out.push(
      `  extraction:    kept ${plural(reading.paragraphs.length, 'paragraph')} of the article; left out ${plural(dropped.length, 'block')} of page${
        dropped.length
          ? `: ${dropped
              .slice(0, 6)
              .map((d) => quote(d.replace(/^- /u, '')))
              .join(', ')}${dropped.length > 6 ? ', …' : ''}`
          : ''
      }`,
    );
  }
  out.push(...removedLines(reading.removed, Boolean(reading.html)));
  for (const m of plan.moved)
    out.push(
      `  note:          ${m.id} (not built yet) now shares its slug: it will be published at ${m.to}, not ${m.from}`,
    );
  for (const w of plan.warnings) out.push(`  warning:       ${w}`);
  return out.join('\n');
}

/** Why a file was not ingested, with the fix. */
export function formatRefusal(refusal: IngestRefusal): string {
  const verdict = refusal.duplicateOf ? 'refused (duplicate)' : 'skipped';
  return refusal.problems
    .map(
      (p: Problem) => `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${verdict}: ${p.message}\n    → ${p.fix}`,
    )
    .join('\n');
}

export interface Tally {
  ingested: number;
  duplicates: number;
  failed: number;
}

/** The folder summary. */
export function formatSummary(total: number, tally: Tally, dryRun: boolean): string {
  const parts = [
    `${tally.ingested} ${dryRun ? 'would be ingested' : 'ingested'}`,
    `${tally.duplicates} already archived (duplicate)`,
    `${tally.failed} skipped (see above)`,
  ];
  return `${plural(total, 'file')}: ${parts.join(', ')}.`;
}
