import type { UnmatchedName } from './unmatched.ts';
import { compareText } from '../collate.ts';

/** One name no entity matched, across the whole archive. */
export interface UnmatchedRow {
  name: string;
  /** Occurrences in all articles. */
  count: number;
  /** Capture ids of the articles it occurs in, each with its paragraphs. */
  articles: Array<{ article: string; paragraphs: number[] }>;
}

/** Merges per-article unmatched names into one list, most frequent first, for the editors' report. */
export function unmatchedReport(names: ReadonlyArray<UnmatchedName & { article: string }>): UnmatchedRow[] {
  const rows = new Map<string, UnmatchedRow>();
  for (const { name, count, paragraphs, article } of names) {
    const row = rows.get(name) ?? { name, count: 0, articles: [] };
    row.count += count;
    row.articles.push({ article, paragraphs });
    rows.set(name, row);
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || compareText('ru')(a.name, b.name));
}

/** The report as plain text: one name a line with its count and where it occurs. */
export function formatUnmatchedReport(rows: readonly UnmatchedRow[]): string {
  if (rows.length === 0) return 'Every capitalised name and acronym in the articles matches a registry entry.';
  const width = Math.max(...rows.map((r) => r.name.length));
  return [
    `${rows.length} names and acronyms match no registry entry (add them to content/people, organizations, events or places):`,
    '',
    ...rows.map(
      (r) =>
        `${r.name.padEnd(width)}  ${String(r.count).padStart(3)}  ${r.articles.map((a) => `${a.article} ¶${a.paragraphs.join(',')}`).join('; ')}`,
    ),
  ].join('\n');
}
