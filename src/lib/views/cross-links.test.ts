import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArchivedArticle } from '../archive/article.ts';
import { crossLinks, entitiesOf, MAX_RELATED_SHARE, RELATED_LIMIT } from './cross-links.ts';

/** Related articles by their definition: every candidate scored with maps, all sorted. */
function relatedByDefinition(articles: readonly ArchivedArticle[]) {
  const docs = new Map<string, string[]>();
  for (const a of articles) for (const ref of entitiesOf(a).keys()) docs.set(ref, [...(docs.get(ref) ?? []), a.id]);
  const maxDocs = Math.max(2, Math.floor(articles.length * MAX_RELATED_SHARE));
  return new Map(
    articles.map((article) => {
      const scores = new Map<string, { shared: string[]; weight: number }>();
      for (const ref of [...entitiesOf(article).keys()].sort()) {
        const list = docs.get(ref)!;
        if (list.length > maxDocs && articles.length > 10) continue;
        for (const other of list) {
          if (other === article.id) continue;
          const score = scores.get(other) ?? { shared: [], weight: 0 };
          score.shared.push(ref);
          score.weight += Math.log(1 + articles.length / list.length);
          scores.set(other, score);
        }
      }
      const ranked = [...scores]
        .map(([other, score]) => ({ article: other, ...score }))
        .sort((a, b) => b.weight - a.weight || a.article.localeCompare(b.article))
        .slice(0, RELATED_LIMIT);
      return [article.id, ranked];
    }),
  );
}

const article = (id: string, refs: string[]) =>
  ({
    id,
    mentions: refs.map((entity, i) => ({ entity, paragraph: 1 + (i % 3) })),
    quotes: [],
    topics: [],
  }) as unknown as ArchivedArticle;

describe('related articles', () => {
  it('are the best-scored candidates by definition, for any archive', () => {
    const refs = ['people/a', 'people/b', 'people/c', 'organizations/d', 'organizations/e', 'events/f', 'events/g'];
    fc.assert(
      fc.property(fc.array(fc.subarray(refs), { minLength: 1, maxLength: 40 }), (sets) => {
        const articles = sets.map((set, i) => article(`${String(i).padStart(3, '0')}_x`, set));
        expect(crossLinks(articles).related).toEqual(relatedByDefinition(articles));
      }),
      { numRuns: 300 },
    );
  });

  it('leave out entities named in more than a fifth of a large archive', () => {
    const articles = Array.from({ length: 20 }, (_, i) =>
      article(`${String(i).padStart(3, '0')}_x`, i < 2 ? ['people/a', 'people/rare'] : ['people/a']),
    );
    const related = crossLinks(articles).related;
    expect(related.get('000_x')).toEqual([{ article: '001_x', shared: ['people/rare'], weight: Math.log(1 + 20 / 2) }]);
    expect(related.get('005_x')).toEqual([]);
  });
});
