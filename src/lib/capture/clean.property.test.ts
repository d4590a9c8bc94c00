import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanCapture } from './clean.ts';

const seeds = new URL('../../../seeds/', import.meta.url);
/** Real lines, boilerplate included, from the seed captures: the cleaner's rules have something to bite on. */
const seedLines = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(new URL(f, seeds), 'utf8').split('\n'));
const tricky = [
  '',
  ' ',
  '---',
  '***',
  'Source URL: https://example.org/a',
  'Источник: https://rg.ru/',
  '1. Первый',
  '2. Второй',
  '3) Третий',
  'Подписывайтесь на нас',
  'Leave a Reply',
  'Поддержать',
  'Заголовок',
  'Заголовок',
];

const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...seedLines) },
  { weight: 2, arbitrary: fc.constantFrom(...tricky) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }).map((s) => s.replace(/\n/gu, ' ')) },
);
const capture = fc.array(line, { maxLength: 80 }).map((lines) => lines.join('\n'));

describe('cleanCapture on any text', () => {
  it('keeps only the input’s own lines, unchanged (blank lines as empty), in order', () => {
    fc.assert(
      fc.property(capture, (text) => {
        const lines = text.split('\n');
        const { kept } = cleanCapture(text);
        for (const k of kept) expect(k.text).toBe(lines[k.line - 1]!.trim() === '' ? '' : lines[k.line - 1]);
        expect(kept.map((k) => k.line)).toEqual([...kept.map((k) => k.line)].sort((a, b) => a - b));
        expect(new Set(kept.map((k) => k.line)).size).toBe(kept.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('accounts for every line: kept, or inside exactly one removed block that quotes the input exactly', () => {
    fc.assert(
      fc.property(capture, (text) => {
        const lines = text.split('\n');
        const { kept, removed } = cleanCapture(text);
        const keptLines = new Set(kept.map((k) => k.line));
        for (const block of removed) {
          expect(block.from).toBeLessThanOrEqual(block.to);
          expect(block.text).toBe(lines.slice(block.from - 1, block.to).join('\n'));
          expect(block.reason.ru.length * block.reason.en.length).toBeGreaterThan(0);
        }
        removed.slice(1).forEach((block, i) => expect(block.from).toBeGreaterThan(removed[i]!.to));
        lines.forEach((_, i) => {
          const n = i + 1;
          const inBlocks = removed.filter((b) => b.from <= n && n <= b.to).length;
          expect(Number(keptLines.has(n)) + inBlocks, `line ${n}`).toBe(1);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('is a function of the text: the same input gives the same result', () => {
    fc.assert(
      fc.property(capture, (text) => {
        expect(cleanCapture(text)).toEqual(cleanCapture(text));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    [
      'prose',
      (i: number) => `Абзац номер ${i} о сотрудничестве в сфере технологий и цифровой экономики, довольно длинный.`,
    ],
    [
      'one prose line repeated',
      () => 'Абзац о сотрудничестве в сфере технологий и цифровой экономики, довольно длинный текст.',
    ],
    ['a numbered item repeated', () => '1. Пункт'],
    ['a short line repeated', () => 'Меню'],
    [
      'numbered lists between prose',
      (i: number) =>
        i % 4 === 0
          ? 'Абзац о сотрудничестве в сфере технологий и цифровой экономики, довольно длинный.'
          : `${i % 4}. Пункт ${i}`,
    ],
  ])('cleans a 5 MB capture of %s', (_, lineAt) => {
    // Its time (minutes before the cleaner stopped re-joining blocks and re-scanning for prose per line)
    // is measured by `npm run bench:hot-paths`.
    const text = Array.from({ length: 60_000 }, (_, i) => lineAt(i)).join('\n\n');
    const { kept, removed } = cleanCapture(text);
    expect(kept.length + removed.length).toBeGreaterThan(0);
  });
});
