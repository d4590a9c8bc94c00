import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, type DetectedName } from './index.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const typed = (names: DetectedName[], type: DetectedName['type']) =>
  names.filter((n) => n.type === type).map((n) => [n.text, n.normal]);

describe('crews and expeditions', () => {
  it('reads an expedition with its ordinal, in figures or in words, as an organization', () => {
    const names = detectNames(
      [
        'Командир 21-й длительной экспедиции Иван Петров вернулся на Землю.',
        'Во второй экспедиции МКС было трое, в первой пилотируемой экспедиции будет четверо.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['21-й длительной экспедиции', '21-я длительная экспедиция'],
      ['второй экспедиции МКС', 'вторая экспедиция МКС'],
      ['первой пилотируемой экспедиции', 'первая пилотируемая экспедиция'],
    ]);
    // The station inside stays a place.
    expect(typed(names, 'place')).toContainEqual(['МКС', 'МКС']);
  });

  it('reads a crew with the vehicle it mans as an organization, a crew alone or in the plural not', () => {
    const names = detectNames(
      [
        'Экипаж челнока сел в Калифорнии, его место в экипаже МКС займёт другой.',
        'Экипажи будут по четыре человека. Экипаж сообщил, что всё в порядке; научная экспедиция началась.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      ['Экипаж челнока', 'экипаж челнока'],
      ['экипаже МКС', 'экипаж МКС'],
    ]);
  });
});
