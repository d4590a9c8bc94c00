import { describe, expect, it } from 'vitest';
import { explainMatch, explanationText } from './topic-explanation.ts';

const names: Record<string, string> = { 'organizations/eaeu': 'ЕАЭС', 'organizations/hi-tech-park': 'ПВТ' };
const text = (evidence: Parameters<typeof explainMatch>[0], ui: 'ru' | 'en' = 'ru') =>
  explanationText(explainMatch(evidence, ui), (ref) => names[ref]!);

describe('a topic match explained in words', () => {
  it('says which entity and which words put the article in the topic, never the rule syntax', () => {
    const eaeu = [{ kind: 'keyword' as const, ref: 'organizations/eaeu & цифровой', paragraphs: [1, 7] }];
    expect(text(eaeu)).toBe('называет ЕАЭС, и в том же абзаце есть слово «цифровой» (абз. 1, 7)');
    expect(text(eaeu, 'en')).toBe('names ЕАЭС, and the same paragraph has the word «цифровой» (¶ 1, 7)');
    expect(text(eaeu)).not.toMatch(/organizations\/|&/u);
  });

  it('tells a word, a phrase and words that must meet in one paragraph apart', () => {
    expect(
      text([
        { kind: 'entity', ref: 'organizations/hi-tech-park', paragraphs: [4] },
        { kind: 'keyword', ref: 'парк & айтишник', paragraphs: [4] },
        { kind: 'keyword', ref: 'стартап', paragraphs: [6] },
        { kind: 'keyword', ref: 'венчурный фонд', paragraphs: [6] },
      ]),
    ).toBe(
      'называет ПВТ (абз. 4); слова «парк» и «айтишник» в одном абзаце (абз. 4); слово «стартап» (абз. 6); выражение «венчурный фонд» (абз. 6)',
    );
  });

  it('tells the words that go with the same entity together, each with its paragraphs', () => {
    expect(
      text([
        { kind: 'keyword', ref: 'organizations/eaeu & цифровой', paragraphs: [1, 7] },
        { kind: 'keyword', ref: 'organizations/eaeu & digital', paragraphs: [1] },
      ]),
    ).toBe('называет ЕАЭС, и в том же абзаце есть «цифровой» (абз. 1, 7), «digital» (абз. 1)');
  });

  it('links each paragraph on its own', () => {
    const parts = explainMatch([{ kind: 'keyword', ref: 'стартап', paragraphs: [5, 6] }], 'ru');
    expect(parts.filter((p) => 'paragraph' in p)).toEqual([{ paragraph: 5 }, { paragraph: 6 }]);
  });
});
