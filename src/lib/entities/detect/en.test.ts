import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, type DetectedName } from './index.ts';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const typed = (names: DetectedName[], type: DetectedName['type']) =>
  names.filter((n) => n.type === type).map((n) => n.text);

describe('detectEnglish: places and organizations the capitals alone do not tell', () => {
  it('reads countries, possessive or not, and places named in two words as places, not people', () => {
    const names = detectNames(
      ['The deal with Indonesia’s biggest lender worried officials in South Korea and in Saudi Arabia, analysts said.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['Indonesia', 'South Korea', 'Saudi Arabia']);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a dateline’s city as a place and a news agency as an organization', () => {
    const names = detectNames(
      ['HANOI, May 3 (Reuters) - The central bank raised its rate, Xinhua reported, quoting Vietnam officials.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['HANOI', 'Vietnam']);
    expect(typed(names, 'organization')).toEqual(['Reuters', 'Xinhua']);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a paragraph opening with an acronym and a comma as no dateline', () => {
    const names = detectNames(['ACME, the largest maker of anvils, posted a loss.'], morphology);
    expect(typed(names, 'place')).toEqual([]);
  });

  it('reads a name after a word for a company, a legal form or a bank’s ending as an organization', () => {
    const names = detectNames(
      [
        'The retailer Kvitka merged with steel maker OAO Ferrum Works and with Agroprombank, while Alpha Group Anna Petrova signed for the buyers.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Kvitka', 'OAO Ferrum Works', 'Agroprombank', 'Alpha Group']);
    expect(typed(names, 'person')).toEqual(['Anna Petrova']);
  });

  it('reads capitals joined by `&` as a company but `R&D` as a term, and report credits as no names', () => {
    const names = detectNames(
      ['Analysts expect B&N to cut R&D spending. (Writing by Olga Ivanova; Editing by Mark Smith)'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['B&N']);
    expect(typed(names, 'person')).toEqual(['Olga Ivanova', 'Mark Smith']);
  });
});
