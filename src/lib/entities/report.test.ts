import { describe, expect, it } from 'vitest';
import { formatUnmatchedReport, unmatchedReport } from './report.ts';

describe('unmatchedReport', () => {
  it('merges names across articles, most frequent first', () => {
    const rows = unmatchedReport([
      { name: 'BELPOL', count: 1, paragraphs: [2], article: 'a' },
      { name: 'СНГ', count: 1, paragraphs: [4], article: 'a' },
      { name: 'СНГ', count: 2, paragraphs: [1, 3], article: 'b' },
    ]);
    expect(rows.map((r) => [r.name, r.count])).toEqual([
      ['СНГ', 3],
      ['BELPOL', 1],
    ]);
    expect(formatUnmatchedReport(rows)).toContain('СНГ       3  a ¶4; b ¶1,3');
  });
});
