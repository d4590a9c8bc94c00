import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats, renderParagraphCitation, renderShort } from './index.ts';
import { renderApa, renderApaHtml } from './apa.ts';
import { renderGost } from './gost.ts';
import type { CitationRecord } from './types.ts';

const language = fc.constantFrom('ru', 'en', 'be') as fc.Arbitrary<CitationRecord['language']>;

/** A real calendar date with a precision and evidence. */
const published = fc
  .record({
    date: fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }),
    precision: fc.constantFrom('day', 'month', 'year') as fc.Arbitrary<'day' | 'month' | 'year'>,
    evidence: fc.constantFrom('stated', 'inferred') as fc.Arbitrary<'stated' | 'inferred'>,
  })
  .map(({ date, precision, evidence }) => {
    const iso = date.toISOString().slice(0, 10);
    const value = precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
    return { value, precision, evidence };
  });

/** Records whose text fields are arbitrary strings (full Unicode, control characters, LaTeX and HTML specials). */
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
const record: fc.Arbitrary<CitationRecord> = fc.record({
  title: text,
  titleSupplied: fc.boolean(),
  authors: fc.array(text, { maxLength: 6 }),
  outlet: fc.option(text, { nil: undefined }),
  sourceUrl: fc.option(text, { nil: undefined }),
  published: fc.option(
    fc.oneof(
      published,
      fc.record({
        value: text,
        precision: fc.constantFrom('day', 'month', 'year'),
        evidence: fc.constantFrom('stated', 'inferred'),
      }),
    ) as fc.Arbitrary<CitationRecord['published']>,
    { nil: undefined },
  ),
  language,
  archive: fc.record({
    name: text,
    permalink: text,
    captured: fc.option(text, { nil: undefined }),
    captureSha256: text,
  }),
  accessed: text,
  id: text,
});

describe('properties', () => {
  it('no format throws on arbitrary text, and structural invariants hold', () => {
    fc.assert(
      fc.property(record, fc.integer({ min: 1, max: 500 }), text, (r, n, paragraph) => {
        for (const f of formats) {
          expect(typeof f.render(r)).toBe('string');
          if (f.renderHtml) expect(typeof f.renderHtml(r)).toBe('string');
        }
        expect(typeof renderParagraphCitation(r, { n, text: paragraph })).toBe('string');
        expect(typeof renderShort(r)).toBe('string');

        const ris = formats.find((f) => f.id === 'ris')!.render(r);
        expect(ris.endsWith('ER  - ')).toBe(true);
        for (const line of ris.split('\r\n')) expect(line).toMatch(/^[A-Z][A-Z0-9]  - [^\r\n]*$/);

        const bib = formats.find((f) => f.id === 'bibtex')!.render(r);
        let depth = 0;
        for (const ch of bib) {
          if (ch === '{') depth++;
          if (ch === '}') depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);

        expect(() => JSON.parse(formats.find((f) => f.id === 'csl-json')!.render(r))).not.toThrow();
        expect(renderApaHtml(r)).not.toMatch(/<(?!\/?i>)/);
      }),
      { numRuns: 300 },
    );
  });

  it('an inferred date never appears without its marker in GOST or APA', () => {
    const inferred = published.filter((p) => p.evidence === 'inferred');
    fc.assert(
      fc.property(
        inferred,
        language,
        fc.array(fc.constantFrom('Иван Петров', 'John Smith'), { maxLength: 2 }),
        (date, lang, authors) => {
          const r: CitationRecord = {
            title: 'Заглавие',
            titleSupplied: false,
            authors,
            outlet: 'Зеркало',
            published: date,
            language: lang,
            archive: { name: 'Летопись', permalink: 'https://example.org/a/', captureSha256: 'x' },
            accessed: '1980-01-01',
            id: '000_0',
          };
          const year = date.value.slice(0, 4);
          const gost = renderGost(r);
          const bracketed = /\[[^\]]*\?\]/g;
          expect(gost).toMatch(bracketed);
          // Outside the "[…?]" element the year must not occur at all.
          expect(gost.replace(bracketed, '')).not.toContain(year);
          const apa = renderApa(r);
          expect(apa).toContain(`(ca. ${year}`);
          expect(apa.replace(`(ca. ${year}`, '')).not.toContain(year);
        },
      ),
      { numRuns: 200 },
    );
  });
});
