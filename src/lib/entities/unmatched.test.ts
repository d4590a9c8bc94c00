import { describe, expect, it } from 'vitest';
import type { Mention } from './enrichment-schema.ts';
import { unmatchedNames } from './unmatched.ts';

describe('unmatchedNames', () => {
  it('lists capitalised names and acronyms outside mentions, with counts, skipping sentence openers', () => {
    const paragraphs = [
      'Поэтому Борис Джонсон приехал в Минск. Затем Борис Джонсон и Лукашенко посетили ПВТ.',
      'В ЕС и США промолчали.',
    ];
    const start = paragraphs[0].indexOf('Лукашенко');
    const mentions: Mention[] = [
      { entity: 'people/lukashenko', paragraph: 1, start, end: start + 9, text: 'Лукашенко' },
    ];
    expect(unmatchedNames(paragraphs, mentions)).toEqual([
      { name: 'Борис Джонсон', count: 2, paragraphs: [1] },
      { name: 'ЕС', count: 1, paragraphs: [2] },
      { name: 'Минск', count: 1, paragraphs: [1] },
      { name: 'ПВТ', count: 1, paragraphs: [1] },
      { name: 'США', count: 1, paragraphs: [2] },
    ]);
  });
});
