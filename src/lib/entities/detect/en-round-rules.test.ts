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

describe('detectEnglish: legislatures and teams', () => {
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

describe('detectEnglish: a place before a post', () => {
  it('reads a place before a title inside a run as a place and the name after the title as a person', () => {
    const names = detectNames(
      ['New Zealand Trade Minister Alan Pembury met Hong Kong Financial Secretary Ralph Quayle.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['New Zealand', 'Hong Kong']);
    expect(typed(names, 'person')).toEqual(['Alan Pembury', 'Ralph Quayle']);
  });

  it('reads a place before a party’s member, `Gov.` or `PM` as a place', () => {
    const names = detectNames(
      ['Tom Hadley, an Ohio Republican, met former Norway PM Lindqvist and then Nevada Gov. Carl Munro.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['Ohio', 'Norway', 'Nevada']);
    expect(typed(names, 'person')).toEqual(['Tom Hadley', 'Lindqvist', 'Carl Munro']);
  });

  it('keeps a body whose name opens with a place', () => {
    const names = detectNames(['The New York Stock Exchange Chairman Richard Grale spoke.'], morphology);
    expect(typed(names, 'organization')).toEqual(['New York Stock Exchange']);
    expect(typed(names, 'place')).toEqual([]);
  });
});

describe('detectNames: a person’s first word alone', () => {
  it('reads the first word of a name given in full, found alone later, as that person', () => {
    const names = detectNames(
      [
        'Top seed Tarsem Okonkwo beat the Dane in straight sets on Friday.',
        'The crowd cheered when the umpire called Tarsem’s serve good.',
        'Later Tarsem thanked the fans.',
      ],
      morphology,
    );
    const people = names.filter((n) => n.type === 'person');
    expect(people.map((n) => n.text)).toEqual(['Tarsem Okonkwo', 'Tarsem', 'Tarsem']);
    expect(people.map((n) => n.normal)).toEqual(['Tarsem Okonkwo', 'Tarsem Okonkwo', 'Tarsem Okonkwo']);
  });

  it('leaves the word alone when two people of the article share it, or when it is a place', () => {
    const names = detectNames(
      ['Paul Vell met Paul Makasi and Chelsea Brandt on Monday.', 'Later Paul spoke to Chelsea fans in the lobby.'],
      morphology,
    );
    const people = names.filter((n) => n.type === 'person');
    expect(people.map((n) => n.normal)).toEqual(['Paul Vell', 'Paul Makasi', 'Chelsea Brandt', 'Paul']);
  });
});

describe('detectEnglish: a body spelled out beside its acronym', () => {
  it('reads the full name whose initials the acronym spells as one organization, place words and all', () => {
    const names = detectNames(
      [
        'The Organisation for Trade and Cooperation in Asia (OTCA) met, and the FLTK (Freedom League of Tarn Kesh) rebels fled.',
        'Grand New Alliance (NA) party leader Omar Petty spoke.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      'Organisation for Trade and Cooperation in Asia',
      'OTCA',
      'FLTK',
      'Freedom League of Tarn Kesh',
      'New Alliance',
      'NA',
    ]);
    expect(typed(names, 'place')).toEqual([]);
  });

  it('reads no body in a treaty, a term or a country spelled out', () => {
    const names = detectNames(
      [
        'India blocked the Comprehensive Arms Ban Treaty (CABT), and the Adjusted Asset Value (AAV) of the grid rose.',
        'Officials of the United Arab Emirates (UAE) agreed.',
      ],
      morphology,
    );
    expect(typed(names, 'organization').filter((n) => n.includes(' '))).toEqual([]);
    expect(typed(names, 'place')).toContain('United Arab Emirates');
  });
});

describe('detectEnglish: places told by their shape', () => {
  it('reads a name ending in City as a place, but not a club', () => {
    const names = detectNames(
      [
        'Police in Harbour City said the Old City was calm, and she flew on to Bayport City.',
        'Dunmore City beat Leeds 2-1, a week after he joined Fenwick City.',
      ],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['Harbour City', 'Old City', 'Bayport City', 'Leeds']);
  });

  it('reads the compass’s initial before a known place as part of the place', () => {
    const names = detectNames(
      ['N. Korea urged S. Korea to return the veteran, an envoy to S. Africa said.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['N. Korea', 'S. Korea', 'S. Africa']);
  });
});
