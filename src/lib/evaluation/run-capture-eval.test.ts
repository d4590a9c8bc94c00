import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateFolder, formatEvaluation } from './run-capture-eval.ts';

const folder = fileURLToPath(new URL('../../../test/fixtures/capture-eval/', import.meta.url));

describe('eval:capture on the fixtures written for letopis (shapes found in real captures)', () => {
  const result = evaluateFolder(folder);

  it('scores every capture with its expected file and refuses none', () => {
    expect(result.unmatched).toEqual([]);
    expect(result.scores.length).toBeGreaterThanOrEqual(5);
    expect(result.totals.refusals).toBe(0);
  });

  it('finds each headline under the site furniture, and none where the capture has none', () => {
    for (const s of result.scores) expect(['right', 'none-right'], `${s.name}: ${s.titleGot}`).toContain(s.title);
  });

  it('keeps the article text and removes the boilerplate lines', () => {
    for (const s of result.scores) expect(s.f1, s.name).toBeGreaterThanOrEqual(0.95);
    expect(result.totals.boilerplateShare).toBeLessThanOrEqual(0.1);
  });

  it('invents no date and reads every language', () => {
    expect(result.totals.datesInvented).toBe(0);
    expect(result.totals.languageRight).toBe(result.totals.files);
  });

  it('prints a row a capture and the totals against the targets', () => {
    const text = formatEvaluation(result);
    expect(text).toContain('ticker-first.txt');
    expect(text).toMatch(/refusals: +0 +\(target 0\)/u);
    expect(text).toMatch(/headlines right: +\d+ of \d+/u);
  });
});
