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

describe('detectEnglish: people', () => {
  it('reads a run opening with a given name as a person, and `and` or `of` between names as two names', () => {
    const names = detectNames(
      ['Critics of Maria Keller and Tom Brandt met Lars Evers of Norway and Joost van der Berg in Oslo.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual(['Maria Keller', 'Tom Brandt', 'Lars Evers', 'Joost van der Berg']);
    expect(typed(names, 'place')).toEqual(['Norway', 'Oslo']);
  });

  it('reads a lone surname as a person only with a cue: an age, a who-clause, an inverted said', () => {
    const names = detectNames(
      [
        'Kowalczyk, 34, was arrested on Monday.',
        'Later Brannigan, who denies the charge, spoke to Wendt.',
        '"We will appeal," said Ostrowski.',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual(['Kowalczyk', 'Brannigan', 'Ostrowski']);
  });

  it('reads no person in a run of words the article writes in lower case, nor after `the`', () => {
    const names = detectNames(
      ['Her data management firm was sold.', 'The Data Management unit and the Velvet Hammer stayed.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual([]);
  });

  it('splits a body from a person at a title inside a run, and takes a title’s abbreviation', () => {
    const names = detectNames(
      ['Senate Speaker Ivo Marek met Lt. Piet Hendriks and Foreign Minister Rudolf Zeman.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Senate']);
    expect(typed(names, 'person')).toEqual(['Ivo Marek', 'Piet Hendriks', 'Rudolf Zeman']);
  });

  it('reads peoples, followers and two-word country adjectives as no names', () => {
    const names = detectNames(
      ['Sri Lankan officials, Bosnians abroad and Socialist leader Ante Kovac spoke.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual(['Ante Kovac']);
    expect(typed(names, 'place')).toEqual([]);
  });
});

describe('detectEnglish: places', () => {
  it('reads the gazetteer’s places, dotted abbreviations and `St.` names, but no name inside a compound word', () => {
    const names = detectNames(
      [
        'The U.S. and U.N. envoys flew from St. Louis to Kinshasa; a London-based fund and a Paris-born actor came too.',
      ],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['U.S', 'St. Louis', 'Kinshasa']);
    expect(typed(names, 'organization')).toEqual(['U.N']);
    expect(names.find((n) => n.text === 'U.S')?.normal).toBe('U.S.');
  });

  it('reads a word after `town of` or `village of` as a place, and a seat of power by its preposition', () => {
    const names = detectNames(
      [
        'Troops left the village of Staro Pole for the town of Urus-Kala.',
        'The Kremlin said talks in the Kremlin went well.',
      ],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['Staro Pole', 'Urus-Kala', 'Kremlin']);
    expect(typed(names, 'organization')).toEqual(['Kremlin']);
  });
});

describe('detectEnglish: organizations', () => {
  it('reads a company’s short name again after its full name, and a name before `shares` or `newspaper`', () => {
    const names = detectNames(
      [
        'Vortelli Industries Inc bought Kestrel Holdings.',
        'Vortelli said the Morning Lantern newspaper had the story, and Zenthra shares rose.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      'Vortelli Industries Inc',
      'Kestrel Holdings',
      'Vortelli',
      'Morning Lantern',
      'Zenthra',
    ]);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a head word alone, shouted words and acronyms of terms as no names; acronyms of places as places', () => {
    const names = detectNames(
      ['NOTE - Police said the Government and the HK office of OCTA reported RBI and EPS figures.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['OCTA']);
    expect(typed(names, 'place')).toEqual(['HK']);
  });

  it('reads a team with a plural verb as no person, and in a sports report a city as its club', () => {
    const names = detectNames(
      [
        'Torpedo Kazan beat Leeds 2-1 in the league match, and the striker scored in Glasgow.',
        'Leeds, who have won one game this season, face a penalty; the coach said the draw helped.',
        'Brazil beat Chile in the cup final.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Torpedo Kazan', 'Leeds', 'Leeds']);
    expect(typed(names, 'place')).toEqual(['Glasgow', 'Brazil', 'Chile']);
    expect(typed(names, 'person')).toEqual([]);
  });
});

describe('detectEnglish: teams, fixtures and runs with a place inside', () => {
  it('reads a city with a plural nickname as a team, the nickname alone after it, and both sides of a fixture', () => {
    const names = detectNames(
      ['The Portland Herons beat the visitors.', 'The Herons won again.', 'Results: Bracknell v Wokingham.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Portland Herons', 'Herons', 'Bracknell', 'Wokingham']);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a place after a common first word of a sentence, before a score or a month, and before a title', () => {
    const names = detectNames(
      [
        'Blaming Iraq was easy, he said.',
        'Ferreira beat Petr Novak of the Czech Republic 6-3 6-4 and left for Brazil Sept 3.',
        'Czech Republic President Karel Dvorak arrived.',
      ],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['Iraq', 'Czech Republic', 'Brazil', 'Czech Republic']);
    expect(typed(names, 'person')).toEqual(['Petr Novak', 'Karel Dvorak']);
  });

  it('reads no name inside a compound word, even when the article names that person in full', () => {
    const names = detectNames(['Anna Petrova spoke.', 'The Petrova-era rules stayed.'], morphology);
    expect(names.map((n) => n.text)).toEqual(['Anna Petrova']);
  });
});

describe('detectEnglish: initials, particles after titles, sports reports', () => {
  it('reads dotted initials and a particle after a title as parts of a name, and a compound title whole', () => {
    const names = detectNames(
      [
        'Former president J.K. de Groot met President Dos Reis and Trade Ministry Director-General Omar Haddad.',
        'The party Vladimir Orlov leads and the U.S. Treasury agreed.',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual(['J.K. de Groot', 'Dos Reis', 'Omar Haddad', 'Vladimir Orlov']);
    expect(typed(names, 'organization')).toEqual(['Trade Ministry', 'Treasury']);
    expect(typed(names, 'place')).toEqual(['U.S']);
  });

  it('reads no person in a sports report’s lone word named by a cue only, unless it is a player’s surname', () => {
    const names = detectNames(
      [
        'Karl Brenner scored twice as Grenwald beat the league leaders in the cup match.',
        'Grenwald, who won the title last season, lost a penalty; Brenner, who joined the club, said the draw was fair.',
        'The striker and the coach praised the goal and the victory.',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual(['Karl Brenner', 'Brenner']);
  });
});

describe('detectEnglish: names of other shapes', () => {
  it('reads a hyphenated syllable, a capitalised particle and a lone given name as parts of people’s names', () => {
    const names = detectNames(
      ['Seoul asked for Chung Min-ho while Van der Merwe and the coach told Monica to wait in a London-based hotel.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual(['Chung Min-ho', 'Van der Merwe', 'Monica']);
    expect(typed(names, 'place')).toEqual(['Seoul']);
  });
});

describe('detectEnglish: apostrophes, foreign titles and sides', () => {
  it('reads a surname with an apostrophe whole, a foreign article’s title as an outlet, a side by its plural verb', () => {
    const names = detectNames(
      [
        'The hard-serving O’Malley, a former champion, lost.',
        'El Correo Nuevo said Torpedo Zhodino win 3-0 on aggregate.',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual(['O’Malley']);
    expect(typed(names, 'organization')).toEqual(['El Correo Nuevo', 'Torpedo Zhodino']);
  });
});

describe('detectNames: English names found again', () => {
  it('finds an English organization again only as written, not by a stem (`Foreign Ministry` is no `Foreign Minister`)', () => {
    const names = detectNames(
      ['A Foreign Ministry spokesman spoke.', 'German Foreign Minister Karl Vogt and the Foreign Ministry agreed.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Foreign Ministry', 'Foreign Ministry']);
    expect(typed(names, 'person')).toEqual(['Karl Vogt']);
  });
});

describe('detectEnglish: bodies and teams by their context (second round)', () => {
  it('reads a name before a company’s or a club’s role and a person as that body, and finds it again alone', () => {
    const names = detectNames(
      [
        'Velmark chairman Oskar Lindqvist resigned after the vote.',
        'Brovnik defender Tomas Halvorsen was sent off.',
        'Shares in Velmark fell after Velmark reported a loss.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Velmark', 'Brovnik', 'Velmark', 'Velmark']);
    expect(typed(names, 'person')).toEqual(['Oskar Lindqvist', 'Tomas Halvorsen']);
  });

  it('reads an unknown name before a capitalised title and a person as the body the person works for', () => {
    const names = detectNames(['Orvanta CEO Peter Malkin told reporters the plant would close.'], morphology);
    expect(typed(names, 'organization')).toEqual(['Orvanta']);
    expect(typed(names, 'person')).toEqual(['Peter Malkin']);
  });

  it('keeps a surname before a role that follows people too (`spokesman`) out of the bodies', () => {
    const names = detectNames(['Jaroslav Dumbrek met the press and Dumbrek spokesman Ivo Marek spoke.'], morphology);
    expect(typed(names, 'organization')).toEqual([]);
  });

  it('reads an apposition calling a name a company, and `its` after a verb of saying, as an organization', () => {
    const names = detectNames(
      [
        'Kestrova, the Latvian packaging group, posted a loss.',
        'Dunmore Felt, a British maker of carpets, was sold.',
        'Tarkemi said in its quarterly report that sales rose.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Kestrova', 'Dunmore Felt', 'Tarkemi']);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a word for a company before a lone given name as the company (`news agency Petra`)', () => {
    const names = detectNames(['The official news agency Maria said the talks had ended.'], morphology);
    expect(typed(names, 'organization')).toEqual(['Maria']);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a two-word body written whole again as that body, not a person', () => {
    const names = detectNames(
      ['The Gazeta Vilnoho daily said on Monday the deal was off.', 'Gazeta Vilnoho said the buyer had withdrawn.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Gazeta Vilnoho', 'Gazeta Vilnoho']);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a guessed name before a place’s or a body’s noun as no person', () => {
    const names = detectNames(
      ['Ships waited outside Kerang Batu port while a Harvik Dolen statement blamed the strike.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['Kerang Batu']);
    expect(typed(names, 'organization')).toEqual(['Harvik Dolen']);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a storm’s name as no person', () => {
    const names = detectNames(['Hurricane Odalys moved north and farmers worried about the harvest.'], morphology);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('in a sports report reads plurals after `the`, sides by a result’s verb or country and a club before its player', () => {
    const names = detectNames(
      [
        'The Falconers beat the Stingers 5-3 in the league match on Sunday, their third win of the season.',
        'Falconers pitcher Dan Moody scored and the coach praised the defence, while the striker missed a penalty.',
        'Korvet beat Strala 2-1 in the cup final and Varnik of Hungary drew with Pelsa in the other round.',
        "Mira Daleks scored for Korvet's Tomas Birn, whose goals gave the club the points.",
      ],
      morphology,
    );
    const orgs = typed(names, 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Falconers', 'Stingers', 'Korvet', 'Strala', 'Varnik', 'Pelsa']));
    expect(orgs.filter((o) => o === 'Korvet')).toHaveLength(2);
    expect(typed(names, 'place')).toEqual(['Hungary']);
    expect(typed(names, 'person')).toEqual(expect.arrayContaining(['Dan Moody', 'Tomas Birn']));
  });
});

describe('detectEnglish: shares, places after `of`, sides named again (second round)', () => {
  it('reads a name whose share moves to a price as a listed company', () => {
    const names = detectNames(
      ['Among blue chips Norvel Tannery lost 12.40 to 431.50 and Brastik fell 1.2 percent to 88.0 francs.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Norvel Tannery', 'Brastik']);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a word after `the suburb of` or `the cities of` as a place, even one that is a given name too', () => {
    const names = detectNames(
      ['Power failed in the western suburb of Morgan and in the cities of Valdora and Kestel.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['Morgan', 'Valdora']);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('in a sports report reads a side before its country in brackets, and every later mention of a side', () => {
    const names = detectNames(
      [
        'Draw for the cup round (matches on Tuesday): Brelak (Poland) v Ostrava Steel.',
        'Brelak won the league last season and the coach said the squad had scored goals in every match.',
        'Without two defenders, Brelak still hope for a draw in the final.',
      ],
      morphology,
    );
    expect(typed(names, 'organization').filter((o) => o === 'Brelak')).toHaveLength(3);
    expect(typed(names, 'place')).toEqual(['Poland']);
  });
});

describe('detectEnglish: places named after people, outlets named after a newspaper said (second round)', () => {
  it('reads a person’s name before `airport` or `hospital` as a place', () => {
    const names = detectNames(
      ['The plane landed at Maria Lorenz airport and the injured went to a hospital.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['Maria Lorenz']);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a guessed name saying something right after `a newspaper said` as that newspaper', () => {
    const names = detectNames(
      ['The talks had failed, a Latvian newspaper said on Monday.', 'Vesti Rigas said the minister would resign.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Vesti Rigas']);
    expect(typed(names, 'person')).toEqual([]);
  });
});

describe('detectEnglish: a nation’s adjective before a title (second round)', () => {
  it('reads no body in a nation’s adjective the lists do not hold before a title and a person', () => {
    const names = detectNames(['Kenyan President Daniel Moyo met the Bolivian minister Ana Quispe.'], morphology);
    expect(typed(names, 'organization')).toEqual([]);
    expect(typed(names, 'person')).toEqual(['Daniel Moyo', 'Ana Quispe']);
  });
});

describe('detectNames: a surname inside the name of a thing (second round)', () => {
  it('reads no person in a surname found again as the first word of a law’s or a cup’s name', () => {
    const names = detectNames(
      ['Senator Harold Brisk spoke on Monday.', 'Since the Brisk Law took effect, Brisk said, crime fell.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual(['Harold Brisk', 'Brisk']);
  });
});

describe('detectEnglish: airlines, the Treasury, short plurals, armed groups (second round)', () => {
  it('reads `Air` and a country as an airline, the Treasury as a body, a word before `rebels` as a group', () => {
    const names = detectNames(
      [
        'Air Moldova cancelled flights and the Treasury said bond sales would go ahead.',
        'Fighting between the army and Karuna rebels flared, while Kurdish rebels stayed quiet.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Air Moldova', 'Treasury', 'Karuna']);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('in a sports report reads a short capitalised plural after `the` as a team', () => {
    const names = detectNames(
      [
        'The Yaks beat the Owls 6-4 in the league game, their third win of the season.',
        'The pitcher struck out five and the coach said the innings was the turning point of the match.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(expect.arrayContaining(['Yaks', 'Owls']));
  });
});

describe('detectEnglish: a capital inside a word (second round)', () => {
  it('reads a word with a capital inside as a company, but not a surname with a prefix', () => {
    const names = detectNames(['The bid for TelNova rose after analyst Ian McBride praised the deal.'], morphology);
    expect(typed(names, 'organization')).toEqual(['TelNova']);
    expect(typed(names, 'person')).toEqual(['Ian McBride']);
  });
});

describe('detectEnglish: shares of a company (second round)', () => {
  it('reads a name after `shares of` or `a stake of` as a company, and the security no part of it', () => {
    const names = detectNames(['Shares of Brosnek rose and a stake of Tarvo Holding was sold.'], morphology);
    expect(typed(names, 'organization')).toEqual(['Brosnek', 'Tarvo Holding']);
  });
});

describe('detectNames: a side before a plural verb in a sports report (second round)', () => {
  it('reads a lone word before `are` or `have` in a sports report as a team', () => {
    const names = detectNames(
      [
        'Despite the defeat, Vostok are well placed with eleven games to play in the league season.',
        'The coach said the striker would miss the next match after a penalty in the cup final.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Vostok']);
  });
});

describe('detectEnglish: third round (organizations by their cues, names kept through the article)', () => {
  it('reads a dotted legal form as a company’s end and finds its short name again', () => {
    const names = detectNames(
      ['Brastelko S.A. posted a loss.', 'Analysts said Brastelko would recover next year.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Brastelko S.A', 'Brastelko']);
  });

  it('reads an acronym before a title and a person as the body the person serves', () => {
    const names = detectNames(['The ZBX Farm Commissioner Hans Volkert said the ban was needed.'], morphology);
    expect(typed(names, 'organization')).toEqual(['ZBX']);
    expect(typed(names, 'person')).toEqual(['Hans Volkert']);
  });

  it('reads the employer of an analyst, and of a person named with `, at`, as an organization', () => {
    const names = detectNames(
      [
        'Tomas Orvai, an analyst at Kerrin Barlow, said the figures were weak.',
        '"The volume grew," said Peter Yallop, at Dunmore in London.',
        'A spokesman for Yeltsin declined to comment.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Kerrin Barlow', 'Dunmore']);
    expect(typed(names, 'person')).toEqual(['Tomas Orvai', 'Peter Yallop']);
  });

  it('reads every name in a list after a plural word for companies as a company', () => {
    const names = detectNames(
      ['Unlisted retailers Grallo, Wenbek and Corra Vitt were still in talks with the two listed companies.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Grallo', 'Wenbek', 'Corra Vitt']);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads `the X defender`, a club’s last word and a newspaper’s `The` as organizations', () => {
    const names = detectNames(
      [
        'The Zorvik defender missed the match against Dunmore Rovers.',
        'Cover prices rose at The Sun and at The Herald, the paper said.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Zorvik', 'Dunmore Rovers', 'Sun', 'Herald']);
  });

  it('reads `the House` and `House Speaker` as the chamber, not `House prices` opening a sentence', () => {
    const names = detectNames(
      ['The bill passed the House on Friday.', 'House prices rose in May.', 'House Speaker Ted Marrow said so.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['House', 'House']);
  });

  it('reads a name before a company word, after `called`, or before its results as a company', () => {
    const names = detectNames(
      [
        'Varrenta brokerage raised its forecast.',
        'They formed a consortium, called Telvana, to sell boxes.',
        'Harold Bexley interim net up 2.7 pct.',
        'Group pre-tax profit rose and Final dividend was steady.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Varrenta', 'Telvana', 'Harold Bexley']);
  });

  it('reads two words with a capital inside one as a company, not a name like MaliVai', () => {
    const names = detectNames(
      ['Ratings by NorCal Power and by Dresner BankView differ, MaliVai Pardo said.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['NorCal Power', 'Dresner BankView']);
    expect(typed(names, 'person')).toEqual(['MaliVai Pardo']);
  });

  it('keeps a one-word place found after `in` or `town of` wherever the article writes it alone', () => {
    const names = detectNames(
      [
        'Police said the clashes in Voroslav left two dead.',
        'Voroslav residents were urged to stay home, and the Voroslav mayor agreed.',
        'Sales of Zentrax, a drug made from Zentrax extract, rose.',
      ],
      morphology,
    );
    // `from Zentrax` is read as a place where it stands, but is no ground to read `Sales of Zentrax` so.
    expect(typed(names, 'place')).toEqual(['Voroslav', 'Voroslav', 'Voroslav', 'Zentrax']);
  });
});

describe('detectEnglish: third round (newswire datelines, lists of places)', () => {
  it('reads an agency dateline’s city as a place', () => {
    const names = detectNames(
      ['VARNOSTAD, Norway (AP) _ The race was won by a Russian.', 'KELM CITY (AP) _ The talks resumed.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['VARNOSTAD', 'Norway', 'KELM CITY']);
    expect(typed(names, 'organization')).toEqual(['AP', 'AP']);
  });

  it('reads the unknown names of a list after `in` or `at` with a place in it as places', () => {
    const names = detectNames(
      [
        'Guerrillas attacked positions at Sojrad, Hardel, Baarkit and Beirut on Friday.',
        'Rallies were held in Beirut, Tarvan and Nabrit.',
        'He worked at Microsoft, Zentrel and Corvan.',
      ],
      morphology,
    );
    // One place only after `at` tells no list of places.
    expect(typed(names, 'place')).toEqual(['Beirut', 'Beirut', 'Tarvan', 'Nabrit']);
  });

  it('reads a list after `companies like` as companies, and a Malay place word as a place’s first word', () => {
    const names = detectNames(
      [
        'The deals of firms like Renvang, Konsortium Pelbaran and Tarvo Holdings were named.',
        'We sailed to Pulau Ketam.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Renvang', 'Konsortium Pelbaran', 'Tarvo Holdings']);
    expect(typed(names, 'place')).toEqual(['Pulau Ketam']);
  });
});

describe('detectEnglish: third round (sides and racing teams, adjectives before titles)', () => {
  it('in a sports report reads two-word plurals after `the`, sides before `dominated` and racing teams', () => {
    const names = detectNames(
      [
        'The Grey Sox beat the Mariners and the coach praised the striker after the match.',
        'Vortana dominated the game but the goal came late in the season; the league title is close.',
        'Karl Brenner, driving a Zolari, won the grand prix; Tom Hale was fifth in a Varnell.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Grey Sox', 'Mariners', 'Vortana', 'Zolari', 'Varnell']);
  });

  it('reads a nation’s or a party’s adjective before a title as no body, and a ship as no company', () => {
    const names = detectNames(
      [
        'Philippine President Fidel Ramos and Democratic President Bill Clinton met.',
        'The aircraft carrier Vindex sailed. Total shares rose, the total said.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([]);
    expect(typed(names, 'person')).toEqual(['Fidel Ramos', 'Bill Clinton']);
  });
});

describe('detectEnglish: third round (Malaysian legal forms and titles)', () => {
  it('reads `Sdn Bhd` after a body’s head word as its legal form and `Datuk` as a title', () => {
    const names = detectNames(['Workers at Tenang Metal Works Sdn Bhd met Datuk Harun Ismail on Friday.'], morphology);
    expect(typed(names, 'organization')).toEqual(['Tenang Metal Works Sdn Bhd']);
    expect(typed(names, 'person')).toEqual(['Harun Ismail']);
  });
});

describe('detectEnglish: states, constituencies, aliases and schools (fourth round)', () => {
  it('reads a state’s abbreviation after a city or a party’s letter as a place, and the member’s city too', () => {
    const names = detectNames(
      [
        'The mill in Red Hollow, Ark., closed on Monday, said Rep. Dana Whitfield, R-Calif., and Rep. Omar Pike, D-Toledo.',
        'Sen. Lena Marsh (D-Ore.) voted against the bill.',
      ],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['Red Hollow', 'Ark', 'Calif', 'Toledo', 'Ore']);
    expect(names.find((n) => n.text === 'Ark')?.normal).toBe('Ark.');
    expect(typed(names, 'person')).toEqual(['Dana Whitfield', 'Omar Pike', 'Lena Marsh']);
  });

  it('reads no state in an abbreviation that follows no comma (`Miss Tilly`), and a news-style dateline as a place', () => {
    const names = detectNames(
      ['PINE BLUFF, Ark. - Miss Tilly Moor opened the fair.', 'He told Miss Anna Crane about it.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['PINE BLUFF', 'Ark']);
    expect(typed(names, 'person')).toEqual(['Tilly Moor', 'Anna Crane']);
  });

  it('keeps a dateline’s city a place in a sports report', () => {
    const names = detectNames(
      [
        'NAIROBI, Kenya (AP) - The striker scored twice as the club won the cup match, and the coach praised the goalkeeper.',
        'The defender was booked in the final and the team drew the league match after a late goal.',
      ],
      morphology,
    );
    expect(typed(names, 'place')).toContain('NAIROBI');
  });

  it('reads a body’s other name given after `known as`, `or` or in brackets as the body', () => {
    const names = detectNames(
      [
        'The notes were bought by the Prairie Home Lending Corp., known as Sally Dee, on Monday.',
        'Rates rose at the Federal Savings Association, or Molly Bee, last week.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      'Prairie Home Lending Corp',
      'Sally Dee',
      'Federal Savings Association',
      'Molly Bee',
    ]);
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a guessed person spelled out by the acronym after it as a body, or as no name without a body’s word', () => {
    const names = detectNames(
      ['The Danish Curling Confederation (DCC) met in Odense to discuss Chronic Wasting Disorder (CWD) in deer.'],
      morphology,
    );
    // The acronym spells the whole name, nationality and all (en-spelled-bodies.ts).
    expect(typed(names, 'organization')).toContain('Danish Curling Confederation');
    expect(typed(names, 'person')).toEqual([]);
  });

  it('reads a museum or an opera house as a body, and a school’s or museum’s first word alone as that body', () => {
    const names = detectNames(
      [
        'The Thornbury Institution closed its record label, and the Lakeside Opera cut two shows.',
        'Officials at the Thornbury said the label had lost money.',
        'She taught at Quillon Law School before Quillon hired her back.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual([
      'Thornbury Institution',
      'Lakeside Opera',
      'Thornbury',
      'Quillon Law School',
      'Quillon',
    ]);
  });

  it('reads a company written with `&` and a legal form as sure, and finds its first word again', () => {
    const names = detectNames(
      ['Brokers at Tamsin Hargreave & Co. sold the bonds.', 'Hargreave traders said demand was firm.'],
      morphology,
    );
    expect(typed(names, 'organization')[0]).toBe('Tamsin Hargreave & Co');
    expect(typed(names, 'person')).toEqual([]);
  });

  it('finds a body named once in two words again where the article writes it alone', () => {
    const names = detectNames(
      [
        'Shares rose after positive notes from brokers Halden Merriwether and QBT Osgood.',
        'Dealers said QBT Osgood issued an update on the sector.',
      ],
      morphology,
    );
    expect(names.filter((n) => n.text === 'QBT Osgood').map((n) => n.type)).toEqual(['organization', 'organization']);
  });

  it('reads a hospital, a road or a stadium named in several words as a place', () => {
    const names = detectNames(
      ['He was taken to Kestrel Valley Hospital after a crash on the Dunmore Expressway near Harwick Stadium.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['Kestrel Valley Hospital', 'Dunmore Expressway', 'Harwick Stadium']);
  });

  it('reads a company’s short name after a title as the person the company is named for', () => {
    const names = detectNames(
      [
        'Brokers at Pell Garrick & Co. sold the bonds.',
        'Pell, for example, opened an office in Tokyo.',
        'The firm was founded by Charles Pell in 1914.',
        'In 1950, Mr. Pell invited his nephew to join the firm.',
      ],
      morphology,
    );
    expect(names.filter((n) => n.paragraph === 2 && n.text === 'Pell').map((n) => n.type)).toEqual(['organization']);
    expect(names.filter((n) => n.paragraph === 4 && n.text === 'Pell').map((n) => n.type)).toEqual(['person']);
  });

  it('reads no person in a ship’s name after its kind, nor in a guess opening with an adjective', () => {
    const names = detectNames(
      [
        'Twelve sailors on the ferry Marlow Dawn and the aircraft carrier Hollis Brant were safe.',
        'Delegates of the Progressive Tinkers met the Volcanic Crossing committee.',
        'Police said Tomasz Wrell and Jalal Bekzadi were held.',
      ],
      morphology,
    );
    expect(typed(names, 'person')).toEqual(['Tomasz Wrell', 'Jalal Bekzadi']);
  });

  it('reads no body in a headline’s long words in capitals, in a currency before an amount, or in `MP`', () => {
    const names = detectNames(
      [
        'COMMENTARY: A MAYOR WHO LISTENS',
        'Plots cost between RM120,000 and RM150,000 each, the MP said, and NATO agreed.',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['NATO']);
  });

  it('reads a country before a tournament’s name as part of that name, not a place', () => {
    const names = detectNames(
      ['She won the U.S. Open in 1990 and later lived in the U.S. with her family.'],
      morphology,
    );
    expect(typed(names, 'place')).toEqual(['U.S']);
    expect(names.find((n) => n.type === 'place')?.start).toBeGreaterThan(30);
  });

  it('ends a body’s name before `and` and a given name', () => {
    const names = detectNames(
      ['The panel heard Ada Quint from Marlow University and Robert Tessaly, a law professor.'],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Marlow University']);
    expect(typed(names, 'person')).toEqual(['Ada Quint', 'Robert Tessaly']);
  });

  it('reads a town before a comma and its country, state or province, or before a place’s noun, as a place', () => {
    const names = detectNames(
      [
        'The plane came down over Brackwater, Scotland, and a plant opened in Lunshan, Hebei province.',
        'Police at the Tarvel bus station said Korvany police had made arrests near the Dusmar checkpoint.',
        'Armed police patrolled the Himalayan region.',
      ],
      morphology,
    );
    expect(typed(names, 'place')).toEqual([
      'Brackwater',
      'Scotland',
      'Lunshan',
      'Hebei',
      'Tarvel',
      'Korvany',
      'Dusmar',
    ]);
  });

  it('reads a county beside a result’s verb or a score as a side in a report of results, a nation as a place', () => {
    const names = detectNames(
      [
        'At Bristol: Kent beat Essex by 40 runs, and Kenya beat Canada.',
        'Kent 301 and 188, Essex 245 and 204 (six wickets).',
      ],
      morphology,
    );
    expect(typed(names, 'organization')).toEqual(['Kent', 'Essex', 'Kent', 'Essex']);
    expect(typed(names, 'place')).toEqual(['Bristol', 'Kenya', 'Canada']);
  });

  it('reads a given name opening a sentence before a verb, and a name after `Princess`, as a person', () => {
    const names = detectNames(
      ['Britain’s Princess Elowen sent a letter to the mission.', 'Maria was his second wife.'],
      morphology,
    );
    expect(typed(names, 'person')).toEqual(['Elowen', 'Maria']);
  });
});
