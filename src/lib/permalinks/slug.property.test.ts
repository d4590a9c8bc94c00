import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugFromTitle } from './slug.ts';

const slugShape = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const title = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(
      ...'Ёё Йй Ўў Іі ЪЬ ъь «»—–-_/.,:!?&%$#@"\'ABCabc0123 Медведев Лукашенко ПВТ IT-сфере ß ﬁ Ǆ İ 𝔸 é e\u0301 😀 \u200b\u00a0'.split(
        '',
      ),
    ),
    maxLength: 200,
  }),
);

describe('slugFromTitle on any title', () => {
  it('is always non-empty, [a-z0-9] words joined by single hyphens, and at most the maximum length', () => {
    fc.assert(
      fc.property(title, (t) => {
        const slug = slugFromTitle(t);
        expect(slug).toMatch(slugShape);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      }),
      { numRuns: 3000 },
    );
  });

  it('is stable: the same title gives the same slug, whatever its Unicode normalisation form', () => {
    fc.assert(
      fc.property(title, (t) => {
        const slug = slugFromTitle(t);
        expect(slugFromTitle(t)).toBe(slug);
        expect(slugFromTitle(t.normalize('NFD'))).toBe(slug);
        expect(slugFromTitle(t.normalize('NFC'))).toBe(slug);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves a slug as it is (slugging is idempotent)', () => {
    fc.assert(
      fc.property(title, (t) => {
        const slug = slugFromTitle(t);
        expect(slugFromTitle(slug)).toBe(slug);
      }),
      { numRuns: 1000 },
    );
  });

  // Its time is measured by `npm run bench:hot-paths`.
  it('handles a 1 MB title', () => {
    expect(slugFromTitle('Очень длинный заголовок '.repeat(40_000))).toMatch(slugShape);
  });
});
