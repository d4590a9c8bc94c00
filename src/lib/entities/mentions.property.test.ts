import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAliasIndex, type AliasIndex } from './alias-index.ts';
import { loadRegistry } from './load-registry.ts';
import { findMentions } from './mentions.ts';
import { loadMorphology } from './morphology.ts';
import { contentDir, seedParagraphs, seeds } from './test-seeds.ts';

let index: AliasIndex;
let refs: Set<string>;
let seedText: string[];

beforeAll(async () => {
  const registry = await loadRegistry(contentDir);
  index = buildAliasIndex(registry.entities, await loadMorphology());
  refs = new Set(registry.entities.map((e) => e.ref));
  seedText = seeds.flatMap((seed) => seedParagraphs(seed));
});

/** Paragraphs mixing real seed text, names cut and spliced, and arbitrary Unicode. */
const paragraphs = () => {
  const seedParagraph = fc.constantFrom(...seedText);
  const spliced = fc
    .tuple(seedParagraph, fc.nat(), fc.string({ unit: 'binary', maxLength: 20 }))
    .map(([text, at, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i);
    });
  const names = fc
    .array(
      fc.constantFrom(
        'Лукашенко',
        'Медведев',
        'Медведева',
        'А.Г.',
        'Александр',
        'Григорьевич',
        'ПВТ',
        'ЕАЭС',
        'Парк',
        'высоких',
        'технологий',
        '«',
        '»',
        ',',
        '.',
        ' ',
        '\u00a0',
        '\u0301',
        'Ё',
      ),
      { maxLength: 30 },
    )
    .map((w) => w.join(' '));
  return fc.array(
    fc.oneof(
      seedParagraph,
      spliced,
      names,
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
    ),
    { maxLength: 6 },
  );
};

describe('findMentions on any text', () => {
  it('returns mentions of registry entities, in text order, not overlapping, each quoting its paragraph', () => {
    fc.assert(
      fc.property(paragraphs(), (ps) => {
        const mentions = findMentions(ps, index);
        mentions.forEach((m, i) => {
          const text = ps[m.paragraph - 1]!;
          expect(refs.has(m.entity), m.entity).toBe(true);
          expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          const previous = mentions[i - 1];
          if (previous)
            expect(
              previous.paragraph < m.paragraph || (previous.paragraph === m.paragraph && previous.end <= m.start),
            ).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('is stable and reads forward only: later paragraphs never change what was found earlier', () => {
    fc.assert(
      fc.property(paragraphs(), fc.nat(), (ps, cut) => {
        const all = findMentions(ps, index);
        expect(findMentions(ps, index)).toEqual(all);
        const k = cut % (ps.length + 1);
        expect(findMentions(ps.slice(0, k), index)).toEqual(all.filter((m) => m.paragraph <= k));
      }),
      { numRuns: 300 },
    );
  });

  // Its time is measured by `npm run bench:hot-paths`.
  it('reads adversarial text: 200,000 characters of names, initials and half-names', () => {
    const words = [
      'Александр',
      'Г.',
      'А.',
      'Лукашенко',
      'Парк',
      'высоких',
      'Медведева',
      'Евразийского',
      'экономического',
    ];
    const paragraph = Array.from({ length: 20_000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    const once = findMentions([paragraph], index);
    // The second, equal paragraph gets the same mentions as the first: nothing carries over between them.
    expect(findMentions([paragraph, paragraph], index)).toEqual([
      ...once,
      ...once.map((m) => ({ ...m, paragraph: 2 })),
    ]);
    for (const m of once) expect(paragraph.slice(m.start, m.end)).toBe(m.text);
  });
});
