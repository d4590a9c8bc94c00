import { mkdtemp, readFile } from 'node:fs/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { candidateStub, groupCandidates, registryKeys, type ArticleNames } from './candidates.ts';
import { acceptCandidate, aliasCandidate, rejectCandidate } from './decide.ts';
import { detectNames } from './detect/index.ts';
import { loadMorphology, type Morphology } from './morphology.ts';
import { loadNameDecisions, rejectedKeys } from './name-decisions.ts';
import { person } from './schema.ts';
import { testPerson } from './test-registry.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const article = (id: string, paragraphs: string[]): ArticleNames => ({
  article: id,
  paragraphs,
  names: detectNames(paragraphs, morphology),
  mentions: [],
});

describe('groupCandidates', () => {
  it('groups a person across cases and articles, ranks by articles, and leaves registry names out', () => {
    const archive = [
      article('a', ['Министр Андрей Носков заявил о планах. Носкова поддержали коллеги.']),
      article('b', ['С Андреем Носковым встретился Сергей Румас в Минске.']),
    ];
    const known = registryKeys([
      testPerson('rumas', { given: 'Сергей', surname: 'Румас' }, { given: 'Sergei', surname: 'Rumas' }),
    ]);
    const candidates = groupCandidates(archive, known);
    expect(candidates[0]).toMatchObject({
      type: 'person',
      name: 'Андрей Носков',
      articles: ['a', 'b'],
      count: 3,
      confidence: 'high',
      gender: 'male',
    });
    expect(candidates.map((c) => c.name)).not.toContain('Сергей Румас');
    expect(candidates.map((c) => [c.type, c.name])).toContainEqual(['place', 'Минск']);
  });

  it("writes a stub the registry schema accepts, and the editor's decisions as content files", async () => {
    const candidates = groupCandidates(
      [article('a', ['Вчера Анна Носкова выступила. Носковой задали вопрос.'])],
      new Set(),
    );
    const anna = candidates.find((c) => c.type === 'person')!;
    expect(anna).toMatchObject({ name: 'Анна Носкова', gender: 'female' });
    expect(person.safeParse(candidateStub(anna)).success).toBe(true);

    const content = await mkdtemp(path.join(tmpdir(), 'letopis-decide-'));
    const written = acceptCandidate(content, anna);
    expect(written).toBe(path.join(content, 'people', `${anna.id}.yaml`));
    expect(() => acceptCandidate(content, anna)).toThrow(/already exists/);

    mkdirSync(path.join(content, 'organizations'));
    writeFileSync(
      path.join(content, 'organizations/government-of-russia.yaml'),
      'names: { ru: Правительство России, en: Government of Russia }\nkind: government\n',
    );
    const cabinet = groupCandidates([article('b', ['Решение принял Кабмин России.'])], new Set()).find(
      (c) => c.type === 'organization',
    );
    expect(cabinet?.name).toBe('Кабмин');
    aliasCandidate(content, cabinet!, 'organizations/government-of-russia');
    const yaml = parse(await readFile(path.join(content, 'organizations/government-of-russia.yaml'), 'utf8')) as {
      aliases: string[];
    };
    expect(yaml.aliases).toContain('Кабмин');

    rejectCandidate(content, anna, 'not in the field');
    const decisions = await loadNameDecisions(content);
    expect(decisions.rejected).toEqual([{ name: 'Анна Носкова', type: 'person', reason: 'not in the field' }]);
    const again = groupCandidates(
      [article('a', ['Вчера Анна Носкова выступила.'])],
      new Set(),
      rejectedKeys(decisions),
    );
    expect(again.map((c) => c.name)).not.toContain('Анна Носкова');
  });
});
