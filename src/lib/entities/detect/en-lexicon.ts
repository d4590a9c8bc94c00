/**
 * The English detector's word lists (lower case). This file keeps the words that are never names alone
 * (sentence openers, days and months, things, terms' acronyms), the small words inside a name and the
 * words of sports reporting; the lists by what they find are in `en-lexicon-people.ts` (titles, given
 * names, nationalities), `en-lexicon-bodies.ts` (organizations' words and known bodies),
 * `en-lexicon-places.ts` (places' words and known places) and `en-gazetteer.ts` (the world's countries
 * and cities), re-exported here so the rules import one module. A new kind of body or a new country is a
 * line in those lists, not a new rule.
 */
import { wordList } from './common.ts';
import { particles } from './en-lexicon-people.ts';

export * from './en-gazetteer.ts';
export * from './en-lexicon-bodies.ts';
export * from './en-lexicon-people.ts';
export * from './en-lexicon-places.ts';

/** Small words inside a name (`Ministry of Foreign Affairs`): the particles and `of`, `the`, `and`, `for`. */
export const connectors = new Set(['of', 'the', 'and', 'for', ...particles]);

/** Capitalised words that open sentences or name days and months, never names on their own. */
export const stopWords = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'but',
  'and',
  'or',
  'if',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'as',
  'for',
  'with',
  'by',
  'from',
  'to',
  'after',
  'before',
  'when',
  'while',
  'according',
  'however',
  'also',
  'there',
  'here',
  'what',
  'who',
  'which',
  'where',
  'why',
  'how',
  'all',
  'some',
  'many',
  'most',
  'more',
  'no',
  'not',
  'yes',
  'so',
  'then',
  'now',
  'today',
  'yesterday',
  'tomorrow',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'photo',
  'read',
  'see',
  'more',
  'last',
  'next',
  'one',
  'two',
  'three',
  'first',
  'second',
  'new',
  'during',
  'since',
  'under',
  'over',
  'about',
  'both',
  'each',
  'every',
  'such',
  'other',
  'another',
  'despite',
  'although',
  'because',
  'unlike',
  'like',
  'speaking',
  'meanwhile',
  'earlier',
  'later',
  'reporting',
  'writing',
  'editing',
  'additional',
  'only',
  'even',
  'just',
  'still',
  'yet',
  'once',
  'thus',
  'instead',
  'perhaps',
  'neither',
  'either',
  'nor',
  'whether',
  'though',
  'whilst',
  'until',
  'unless',
  'upon',
  'within',
  'without',
  'among',
  'between',
  'against',
  'toward',
  'towards',
  'behind',
  'beyond',
  'along',
  'around',
  'outside',
  'inside',
  'asked',
  'told',
  'said',
  'says',
  'leading',
  'including',
  'following',
  'let',
  'well',
  'should',
  'would',
  'could',
  'will',
  'can',
  'must',
  'did',
  'does',
  'do',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'my',
  'your',
  'me',
  'him',
  'them',
  'former',
  'late',
  'then',
  'veteran',
  'therefore',
  'nevertheless',
  'maybe',
  'moreover',
  'furthermore',
  'indeed',
  'decree',
  'resolution',
  'directive',
  'article',
]);

/** Acronyms of terms, units and times, never a body (lower case): `RBI`, `EPS`, `EDT`, `AIDS`. */
export const termAcronyms = new Set(
  wordList(`rbi era eps cpi ppi gdp gnp ipo ceo cfo coo aids hiv cjd bse mw kw kv tm pm am vip xi ii iii iv
  caps mp mps edt est cst pst gmt cet bst utc pc dna rna mph kph cd dvd atm nb ps fyi qc pct ytd yr q1 q2 q3 q4 h1 h2
  pmi isdn ias gaap libor pibor fibor`),
);

/**
 * Capitalised words that name things, events and titles rather than people (`Labor Day`, `PGA Tour`,
 * `Cultural Revolution`): a run holding one is no person.
 */
export const thingWords = new Set(
  wordList(`
day days tour open cup championship championships games olympics revolution war index average
receipts bonds bond notes futures shares stock stocks act law treaty accord agreement plan programme program
report summit conference festival show series prize award awards trophy final finals grand prix
world league division street road square airport station bridge hotel stadium park hall church cathedral
mosque temple palace castle tower building centre center museum hospital prison camp base
north south east west central republic kingdom state states island islands province region city town
county valley river lake sea ocean gulf bay mountains mountain hills desert coast
international national federal general royal united new old great grand high first second third
project operation mission system network market markets fund budget tax reform constitution charter
declaration protocol convention resolution committee council court
hurricane typhoon cyclone storm tropical
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december christmas easter ramadan
god allah jesus
internet web online commerce police women men results marines note notes universe feature
`),
);

/** Words of sports reporting: an article with several of them is a sports report (`index.ts`). */
export const sportsWords = new Set(
  wordList(`match matches goal goals striker midfielder defender goalkeeper coach league season championship
  innings wicket wickets inning homer homers pitcher pitched batting bowler bowling runs scored scoring
  penalty penalties halftime draw drew beat beaten defeat defeated victory win won lead points tournament
  fixture fixtures division relegated promoted club clubs cup final semifinal quarterfinal round squad
  kickoff playoff standings`),
);
