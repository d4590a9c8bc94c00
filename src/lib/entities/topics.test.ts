import { beforeAll, describe, expect, it } from 'vitest';
import { compileRegistry, enrichArticle } from './index.ts';
import { loadRegistry } from './load-registry.ts';
import { createMorphology } from './morphology.ts';
import type { Registry } from './schema.ts';
import { contentDir, seedParagraphs, seeds, type Seed } from './test-seeds.ts';
import { compileTopics, topicsFor, withLinkedTopics } from './topics.ts';

let registry: Registry;
const topicsOfSeed = {} as Record<Seed, string[]>;

beforeAll(async () => {
  registry = await loadRegistry(contentDir);
  for (const seed of seeds)
    topicsOfSeed[seed] = (await enrichArticle(seedParagraphs(seed), registry)).topics.map((t) => t.topic);
});

const membersOf = (topic: string) => seeds.filter((s) => topicsOfSeed[s].includes(topic));

describe('topic rules on the seed articles', () => {
  it('EAEU digital cooperation: 000 and 004', () => {
    expect(membersOf('eaeu-digital-cooperation')).toEqual(['000', '004']);
  });

  it('Hi-Tech Park: 000 and 002 by name, 001 by "этот парк" next to "айтишники"', () => {
    expect(membersOf('hi-tech-park')).toEqual(['000', '001', '002']);
  });

  it('the other topics select the articles that discuss them', () => {
    expect(membersOf('import-substitution')).toEqual(['001', '002']);
    expect(membersOf('technological-sovereignty')).toEqual(['004']);
    expect(membersOf('e-government')).toEqual(['003', '004']);
    expect(membersOf('startups-and-venture-funding')).toEqual(['000', '004']);
    expect(membersOf('it-relocation')).toEqual(['000', '001']);
    expect(membersOf('information-security')).toEqual(['003', '004']);
    expect(membersOf('it-education')).toEqual(['003']);
  });

  it('reports its evidence by paragraph', async () => {
    const { topics } = await enrichArticle(seedParagraphs('000'), registry);
    expect(topics.find((t) => t.topic === 'hi-tech-park')).toEqual({
      topic: 'hi-tech-park',
      score: 1,
      evidence: [{ kind: 'entity', ref: 'organizations/hi-tech-park', paragraphs: [5] }],
    });
  });
});

describe('topicsFor', () => {
  const morphology = createMorphology(() => []);
  const topics = compileTopics(
    [
      {
        id: 'parks',
        file: 'topics/parks.mdx',
        body: '',
        names: { ru: 'Парки', en: 'Parks' },
        rule: { entities: ['organizations/hi-tech-park'], keywords: ['парк & айтишник', 'high tech'], minScore: 2 },
      },
    ],
    morphology,
  );

  it('is pure and needs minScore evidence', () => {
    const mention = { entity: 'organizations/hi-tech-park', paragraph: 1, start: 0, end: 3, text: 'ПВТ' };
    expect(topicsFor({ paragraphs: ['ПВТ растет.'], mentions: [mention] }, topics)).toEqual([]);
    const result = topicsFor({ paragraphs: ['ПВТ растет.', 'High tech!'], mentions: [mention] }, topics);
    expect(result).toEqual([
      {
        topic: 'parks',
        score: 2,
        evidence: [
          { kind: 'entity', ref: 'organizations/hi-tech-park', paragraphs: [1] },
          { kind: 'keyword', ref: 'high tech', paragraphs: [2] },
        ],
      },
    ]);
  });

  it('holds every article that names the entity it is about, whatever minScore says', () => {
    const [about] = compileTopics(
      [
        {
          id: 'hi-tech-park',
          file: 'topics/hi-tech-park.mdx',
          body: '',
          names: { ru: 'Парк высоких технологий', en: 'Hi-Tech Park' },
          entity: 'organizations/hi-tech-park',
          rule: { entities: [], keywords: ['парк & айтишник'], minScore: 2 },
        },
      ],
      morphology,
    );
    const mention = { entity: 'organizations/hi-tech-park', paragraph: 1, start: 0, end: 3, text: 'ПВТ' };
    expect(topicsFor({ paragraphs: ['ПВТ растет.'], mentions: [mention] }, [about!])).toEqual([
      {
        topic: 'hi-tech-park',
        score: 1,
        evidence: [{ kind: 'entity', ref: 'organizations/hi-tech-park', paragraphs: [1] }],
      },
    ]);
    // Without its name, the rule decides as for any topic.
    expect(topicsFor({ paragraphs: ['Этот парк для айтишников.'], mentions: [] }, [about!])).toEqual([]);
  });

  it('requires all terms of an & keyword in one paragraph', () => {
    const input = { paragraphs: ['парк', 'айтишник'], mentions: [], lemmas: [[['парк']], [['айтишник']]] };
    expect(topicsFor(input, topics)).toEqual([]);
    const together = { paragraphs: ['парк айтишник'], mentions: [], lemmas: [[['парк'], ['айтишник']]] };
    expect(
      topicsFor(
        together,
        compileTopics(
          [{ ...registry.topics[0], id: 't', rule: { entities: [], keywords: ['парк & айтишник'], minScore: 1 } }],
          morphology,
        ),
      ),
    ).toHaveLength(1);
  });

  it('compiles a registry once', async () => {
    expect(await compileRegistry(registry)).toBe(await compileRegistry(registry));
  });
});

describe('withLinkedTopics', () => {
  const topics = [{ id: 'hi-tech-park', entity: 'organizations/hi-tech-park' }, { id: 'other' }];

  it("puts an article the editor links to a topic's entity in that topic, the linked paragraphs as evidence", () => {
    const linked = withLinkedTopics([], [{ entity: 'organizations/hi-tech-park', paragraphs: [3] }], topics);
    expect(linked).toEqual([
      {
        topic: 'hi-tech-park',
        score: 1,
        evidence: [{ kind: 'entity', ref: 'organizations/hi-tech-park', paragraphs: [3] }],
      },
    ]);
  });

  it('leaves a match that already names the entity as it is, and articles without links alone', () => {
    const named = {
      topic: 'hi-tech-park',
      score: 1,
      evidence: [{ kind: 'entity' as const, ref: 'organizations/hi-tech-park', paragraphs: [4] }],
    };
    expect(withLinkedTopics([named], [{ entity: 'organizations/hi-tech-park', paragraphs: [1] }], topics)).toEqual([
      named,
    ]);
    expect(withLinkedTopics([named], undefined, topics)).toEqual([named]);
  });
});
