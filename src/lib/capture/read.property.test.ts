import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError, readCapture } from './index.ts';

describe('readCapture (decode → clean → structure → language) on any input', () => {
  it('gives numbered, non-empty paragraphs or a DecodeError, for any bytes or text', () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 1024 }),
      fc
        .array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 80 }),
            fc.constantFrom('', '---', 'Source: https://x.org/a', '1. Пункт', '- пункт', 'продолжение строки'),
          ),
          { maxLength: 40 },
        )
        .map((lines) => new TextEncoder().encode(lines.join('\n'))),
    );
    fc.assert(
      fc.property(input, (bytes) => {
        let reading;
        try {
          reading = readCapture(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError);
          return;
        }
        reading.paragraphs.forEach((p, i) => {
          expect(p.n).toBe(i + 1);
          expect(p.text.trim()).not.toBe('');
        });
      }),
      // "* ": a list marker with nothing after it once gave an empty list item.
      { numRuns: 1000, examples: [[Uint8Array.from([42, 32])]] },
    );
  });

  // Its time (once over two minutes, while each line was tested against the whole paragraph so far) is
  // measured by `npm run bench:hot-paths`.
  it('reads a 5 MB hard-wrapped capture (one paragraph over 60,000 lines)', () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `строка ${i} текста о сотрудничестве в сфере технологий`);
    const bytes = new TextEncoder().encode(`Заголовок\n\n${lines.join('\n')}\n`);
    expect(bytes.length).toBeGreaterThan(5_000_000);
    const reading = readCapture(bytes);
    expect(reading.paragraphs).toHaveLength(1);
  });
});
