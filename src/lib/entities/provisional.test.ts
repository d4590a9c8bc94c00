import { beforeAll, describe, expect, it } from 'vitest';
import { groupCandidates } from './candidates.ts';
import { detectNames } from './detect/index.ts';
import { loadMorphology, type Morphology } from './morphology.ts';
import { isProvisional, keyMentionFinder, mergeMentions, provisionalEntities } from './provisional.ts';
import { testPerson } from './test-registry.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const archive = (...articles: string[][]) =>
  articles.map((paragraphs, i) => ({
    article: `a${i}`,
    paragraphs,
    names: detectNames(paragraphs, morphology),
    mentions: [],
  }));

describe('provisional entities', () => {
  it('publishes a full name or a name in two articles, and only suggests the rest', () => {
    const candidates = groupCandidates(
      archive(['Вчера Андрей Носков открыл офис. Выступил Кобяковский.'], ['Делегация ЕАЭС приехала в Гродно.']),
      new Set(),
    );
    const byName = new Map(candidates.map((c) => [c.name, c]));
    expect(isProvisional(byName.get('Андрей Носков')!)).toBe(true);
    expect(isProvisional(byName.get('ЕАЭС')!)).toBe(false);
    const { entities, mentions } = provisionalEntities(candidates, []);
    expect(entities.map((e) => [e.ref, e.provisional])).toEqual([['people/andrey-noskov', true]]);
    expect(mentions.get('a0')).toEqual([
      expect.objectContaining({ entity: 'people/andrey-noskov', paragraph: 1, text: 'Андрей Носков' }),
    ]);
  });

  it('never shadows a registry id', () => {
    const candidates = groupCandidates(archive(['Вчера Андрей Носков открыл офис.']), new Set());
    const registry = [
      testPerson('andrey-noskov', { given: 'Андрей', surname: 'Носкович' }, { given: 'Andrei', surname: 'Noskovich' }),
    ];
    expect(provisionalEntities(candidates, registry).entities).toEqual([]);
  });

  it('reaches a registry person from a Belarusian inflected full name, and from a bare surname only after it', () => {
    const registry = [
      {
        ...testPerson(
          'lukashenko',
          { given: 'Александр', surname: 'Лукашенко' },
          { given: 'Alexander', surname: 'Lukashenko' },
        ),
        givenName: { ru: 'Александр', en: 'Alexander', be: 'Аляксандр' },
        surname: { ru: 'Лукашенко', en: 'Lukashenko', be: 'Лукашэнка' },
      },
    ];
    const names = detectNames(['Паводле слоў Аляксандра Лукашэнкі, гэта важна. Потым Лукашэнку спыталі.'], morphology);
    expect(keyMentionFinder(registry)(names).map((m) => [m.entity, m.text])).toEqual([
      ['people/lukashenko', 'Аляксандра Лукашэнкі'],
      ['people/lukashenko', 'Лукашэнку'],
    ]);
    expect(keyMentionFinder(registry)(detectNames(['Потым Лукашэнку спыталі пра гэта.'], morphology))).toEqual([]);
  });

  it('merges mentions in text order without overlapping a registry mention', () => {
    const registry = [{ entity: 'people/rumas' as const, paragraph: 1, start: 0, end: 12, text: 'Сергей Румас' }];
    const extra = [
      { entity: 'places/x' as const, paragraph: 1, start: 7, end: 12, text: 'Румас' },
      { entity: 'people/y' as const, paragraph: 1, start: 20, end: 25, text: 'Носков' },
    ];
    expect(mergeMentions(registry, extra).map((m) => m.entity)).toEqual(['people/rumas', 'people/y']);
  });
});
