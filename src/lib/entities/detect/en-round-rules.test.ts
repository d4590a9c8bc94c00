import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology, type Morphology } from '../morphology.ts';
import { detectNames, type DetectedName } from './index.ts';

// The fifth English round's rules, each with sentences written for it.
let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

const typed = (names: DetectedName[], type: DetectedName['type']) =>
  names.filter((n) => n.type === type).map((n) => n.text);

describe('detectEnglish: players in a score card', () => {
  it('reads an initial and a surname after a score and a bracket or comma as a person, `A.` too', () => {
    const names = detectNames(
      ['Kentshire 310 and 144 (A. Pellow 71, R. Dunmore 58; T. Ashgrove 3-40), Wessex 201 (A. Carrow 6-52).'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual(['A. Pellow', 'R. Dunmore', 'T. Ashgrove', 'A. Carrow']);
  });

  it('still reads a year before a name as no person, and `A.` ending a sentence as no initial', () => {
    const names = detectNames(['He won the 1998 Brightwater Trophy, which was rated A. Nobody else did.'], morphology);
    expect(typed(names, 'person')).toEqual([]);
  });
});

describe('detectEnglish: venues, legislatures and teams', () => {
  it('reads a lone unknown word after `at` as a venue, but not after a job or a person, nor an owner', () => {
    const names = detectNames(
      [
        'The second test starts at Brackleton on Thursday after rain at Fennimore.',
        'His former coach at Valdera praised him, economist Ruth Gale at Castwell said, and a fire at Norvik’s plant spread.',
      ],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['Brackleton', 'Fennimore']);
  });

  it('reads a capitalised Parliament alone as the legislature', () => {
    const names = detectNames(['If the Parliament rejects the nominee, the president may dissolve it.'], morphology);
    expect(typed(names, 'organization')).toEqual(['Parliament']);
  });

  it('reads a team named after a city written with `St.` as the team', () => {
    const names = detectNames(['The St. Louis Cardinals beat the visitors 4-2 in St. Louis.'], morphology);
    expect(typed(names, 'organization')).toEqual(['St. Louis Cardinals']);
    expect(typed(names, 'place')).toEqual(['St. Louis']);
  });
});
