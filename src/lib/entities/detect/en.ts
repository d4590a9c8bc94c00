/**
 * English name detection: runs of capitalised words (a name's particles always join them; `of`, `for`,
 * `the` only after a head word, `and` only inside a body's name), typed by what lists know (a gazetteer
 * of places, given names, known bodies, peoples that are never names) and by what surrounds them: a title
 * or role before a run makes it a person (`President Lukashenko`, `analyst Blake Bath`), a head word or a
 * legal form an organization (`Ministry of Communications`, `Cofinec SA`), a place cue a place (`town of
 * …`, `in …`). A run of two to four unknown words is a person with low confidence only when the article
 * never writes one of its words in lower case; a lone unknown word is a name only with a cue (`said X`,
 * `X, 34,`, `X shares`). A body is also told by a role and a person after it (`Cofinec CEO …`), an
 * apposition (`X, the Romanian engineering group`), `said in its`, a share's move (`X lost 22.72 to 597`).
 * Article-wide steps find surnames (`index.ts`), companies' short names (`englishCompanies`) and, in a
 * sports report, clubs and sides (`sportsClubs`, `englishTeams`) again.
 */
import { isAllCaps, tokenize, type Token } from '../tokenize.ts';
import {
  commonAcronyms,
  countryAcronyms,
  escapeRegExp,
  isCapWord,
  latinEventWords,
  sentenceInitial,
  spanName,
} from './common.ts';
import { compareText } from '../../collate.ts';
import { nameKey } from './name-key.ts';
import {
  agencies,
  companyDescriptors,
  companyEnds,
  compassWords,
  connectors,
  countries,
  particles,
  demonyms,
  foreignArticles,
  gazetteerCities,
  gazetteerNations,
  gazetteerPlaces,
  givenNames,
  honorifics,
  knownOrganizations,
  knownPlaces,
  legislatures,
  legalForms,
  nationalities,
  orgWords,
  placeAcronyms,
  placePrefixes,
  placeCues,
  seats,
  placeNames,
  placePrepositions,
  placeWords,
  schoolHeads,
  speechVerbs,
  sportsWords,
  stateAbbreviations,
  stopWords,
  termAcronyms,
  thingWords,
} from './en-lexicon.ts';
import type { DetectedName, TextLanguage } from './types.ts';

const byEnglish = compareText('en');

/** Words after a name that make it a company's (`Barrick shares`, `Zenith's stock`, `Petofi unit`). */
const orgCues =
  /^(?:['’]s)?\s(?:shares?|stocks?|stake|unit|subsidiary|subsidiaries|shareholders|share\sprice|brokerage|consortium|conglomerate)(?![\p{L}\p{N}])/u;

/** A body's word and `called`, `named`, `dubbed` before a name (`a new company, dubbed Internet Startup`). */
const namedCue =
  /(?<![\p{L}])(?:company|firm|consortium|venture|bank|agency|movement|organisation|organization|alliance|coalition|party|group|newspaper|station|channel)[ \u00A0]*,?[ \u00A0]+(?:called|named|dubbed|known[ \u00A0]+as)[ \u00A0]+$/u;

/**
 * A role held in a company, a club or a team right after a name and before a person's name (`Cofinec CEO
 * Stephen Frater`, `Chelsea defender Frank Leboeuf`, `Springbok scrum-half Joost …`): the name is the
 * body the person works or plays for. Roles that follow a person's surname too (`Clinton spokesman`,
 * `Yeltsin aide`) are left out.
 */
const roleCue =
  /^[ \u00A0](?:(?:general|chief|managing|executive|central|head|assistant|team|club|reserve|former|new|veteran|star)[ \u00A0])?(?:chairman|chairwoman|ceo|president|director|manager|coach|captain|skipper|striker|midfielder|defender|goalkeeper|keeper|forward|winger|hooker|scrum-half|fly-half|lock|prop|flanker|fullback|full-back|batsman|bowler|spinner|all-rounder|wicketkeeper|pitcher|reliever|shortstop|outfielder|infielder|catcher|player|mate|analyst|economist|strategist|trader|executive|official|boss|owner|editor|correspondent|reporter)[ \u00A0]+\p{Lu}\p{Ll}/u;

/**
 * Lower-case nouns after a guessed name that show it names a place (`Tanjung Priok port`, `Pembroke Pines
 * police`) or a body (`Mujahideen Khalq statement`, `Towers Perrin principal`), not a person.
 */
const placeHeads = new Set(
  'port region palace mosque airport area province district village town city river valley camp camps police suburb county harbour harbor border'.split(
    ' ',
  ),
);
/** Lower-case nouns after a person's name that make it the name of a place (`Ben Gurion airport`). */
const namedAfter = new Set('airport hospital stadium street avenue square bridge airbase'.split(' '));
const bodyHeads = new Set(
  'statement newsletter player players principal workers fans officials board management shareholders unit plant mine factory movement guerrillas rebels group division subsidiary brokerage newspaper daily magazine coalition forces troops members spokesman spokeswoman chairman executives employees staff'.split(
    ' ',
  ),
);

/**
 * An apposition that calls the name a company or another body (`Comelf, the Romanian engineering group,`,
 * `Mentmore Abbey, the UK stationery and housewares business`, `Zenith, a Dutch maker of …`).
 */
const appositiveOrg =
  /^,[ \u00A0]+(?:a|an|the|its)[ \u00A0]+(?:[\p{L}\p{N}'’.&-]+[ \u00A0]+){0,5}?(?:company|companies|firm|group|maker|makers|producer|bank|carrier|airline|manufacturer|retailer|insurer|chain|operator|newspaper|daily|weekly|agency|consortium|distributor|conglomerate|subsidiary|utility|brokerage|exporter|importer|supplier|developer|publisher|business|concern|corporation|holding|monopoly|refiner|partnership|association|organisation|organization|movement|party|club|side)(?=[ \u00A0]*[,.;:)]|[ \u00A0]+(?:of|in|which|that|based|whose|with|for)[ \u00A0])/u;

/**
 * A verb of saying and `its` after a name (`Atria said in its interim report`, `Best said its sales`): a
 * company or a body speaks of its own, a person would say `his` or `her`.
 */
const itsCue =
  /^[ \u00A0]+(?:said|says|reported|reports|announced|added)[ \u00A0]+(?:(?:on|late|earlier|today|yesterday|\p{Ll}+day|in|that)[ \u00A0]+)*its[ \u00A0]/u;

/**
 * A share's move after a name (`Apex Tannery lost 22.72 to 597`, `Elf fell 1.7 percent to 395.0`,
 * `Hammerson was 8p higher at 390`): a listed company.
 */
const marketCue =
  /^[ \u00A0]+(?:(?:rose|fell|gained|lost|dropped|slipped|climbed|eased|firmed|jumped|shed|added|slid|rallied|tumbled|was|were|ended|closed)[ \u00A0]+(?:up[ \u00A0]+|down[ \u00A0]+)?[\d.,/ -]+[ \u00A0]*(?:percent|pct|cents|pence|p|points|higher|lower)?[ \u00A0]*(?:to|at)[ \u00A0]+[$\d])/u;

/**
 * Someone's work before a name (`an analyst at Paribas`, `economist with ING Barings`, `founding engineers
 * at Internet Startup`): the name is the employer. `for` only after trades that serve a firm, not a
 * person (`spokesman for Yeltsin`).
 */
const employerCue =
  /(?<![\p{L}])(?:(?:analysts?|economists?|strategists?|dealers?|traders?|brokers?|engineers?|researchers?|employees?|workers?|partners?)[ \u00A0]+(?:at|with|for)|(?:spokes(?:man|woman)|executives?|directors?|chairman|officials?|founder|managers?|chief)[ \u00A0]+(?:at|with))[ \u00A0]+(?:the[ \u00A0]+)?$/u;

/** A player's or a club's role after `the` and a lone word (`the Ajax defender`): the word is the club. */
const sportsRole =
  /^[ \u00A0]+(?:striker|defender|midfielder|goalkeeper|keeper|winger|forward|full-back|fullback|playmaker|coach|manager|skipper|fans|supporters)(?![\p{L}])/u;

/** The last word of a club's name (`Manchester United`, `Bristol Rovers`, `Tottenham Hotspur`). */
const clubEnds = new Set(['united', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'argyle']);

/** Titles of newspapers written `The …` (`The Times`, `The Sun`, `The Independent`). */
const newspaperWords = new Set(
  'times sun guardian independent observer telegraph economist post herald tribune journal mirror express star globe nation lancet standard mail age scotsman hindu'.split(
    ' ',
  ),
);

/** A word after `House` that makes it the chamber (`House Speaker`, `House Republicans`). */
const houseCue = /^(?:speaker|republicans?|democrats?|leaders?|majority|minority|members?|passed|approved|voted)$/u;

/** A company's results after its name (`… year net`, `… interim profit`, `… Q2 earnings`). */
const resultsCue =
  /^[ \u00A0]+(?:(?:year|interim|half|half-year|first-half|six-month|nine-month|full-year|annual|quarterly|Q[1-4]|H[12]|(?:19|20)\d\d(?:\/\d\d)?)[ \u00A0]+)?(?:net|pre-tax|pretax|profit|profits|earnings|revenues?|turnover|dividend)(?![\p{L}])/u;

/** A nation's adjective the lists do not hold (`nicaraguan`, `kenyan`, `italian`), lower case. */
const nationAdjective = (word: string) =>
  gazetteerNations.has(`${word}s`) ||
  (/(?:an|ian)$/u.test(word) &&
    [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -2)}a`, `${word.slice(0, -3)}y`].some((w) =>
      gazetteerNations.has(w),
    ));

/** A country's adjective in two words (`Sri Lankan`, `Costa Ricans`, `Sierra Leonean`, `New Zealander`). */
const demonymOf =
  /^(?:sri|costa|puerto|sierra|new|el|south|north|saudi|papua|burkina|ivory)\s\p{L}+(?:ans?|eans?|ers?|ese)$/u;

/** Words after a name that make it a newspaper or an outlet (`Liberte newspaper`, `Zycie Warszawy daily`). */
const mediaCues = /^\s(?:newspapers?|daily|weekly|magazine|news\sagency|agency|radio|television|tv)(?![\p{L}\p{N}])/u;

/** A word for a people, a faith or a party's followers, in the singular or plural (`Bosnian`, `Bosnians`). */
const isNationality = (word: string) => nationalities.has(word) || nationalities.has(word.replace(/s$/u, ''));

/** Months and their abbreviations (lower case), never the end of a name. */
const months = new Set(
  'january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Dotted initials (`P.W`, `K.T`; the last dot outside), not an acronym the lists know (`U.S`, `U.N`). */
const dottedInitials = (word: string) =>
  /^\p{Lu}(?:\.\p{Lu}){1,2}$/u.test(word) &&
  !placeAcronyms.has(word.replaceAll('.', '').toLowerCase()) &&
  !countryAcronyms.has(word.replaceAll('.', '')) &&
  !knownOrganizations.has(word.toLowerCase()) &&
  !knownOrganizations.has(word.replaceAll('.', '').toLowerCase());

/** Lower-case words after a hyphen that make a compound word, not a part of a name (`London-based`). */
const compoundWords = new Set(
  'based born led era like run owned backed bound style type made wide made held bred area'.split(' '),
);

/**
 * A word with a capital inside (`KeyCorp`, `BankWatch`, `CompuServe`) is a company's name; not a surname's
 * prefix (`McDonald`, `MacLeod`, `DeFreitas`, `LaFontaine`, `VanDyke`).
 */
const camelCase = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;

/** A word of six letters or more with an adjective's ending (`revolutionary`, `volcanic`, `sexual`, `progressive`). */
const adjectival = /^(?=\p{Ll}{6,}$)\p{Ll}+(?:ical|ary|ic|ive|ous|al)$/u;

/** A lower-case noun of a place after a lone name (`the Afula bus station`, `the Kosevo stadium`, `Zadar police`). */
const placeNounAfter =
  /^[ \u00A0]+(?:(?:bus|railway|train|police|border)[ \u00A0]+)?(?:station|stadium|mosque|cathedral|prison|sanatorium|mountains|checkpoint|province|district|region|valley|harbour|harbor|suburb|airport|airbase|police|hinterland)(?![\p{L}])/u;

/**
 * Is a known place or a state written after a comma right at the start of `after` (`, Scotland`, `,
 * Jiangsu province`, `, Ark.`)? The name before it is a town of that place.
 */
function placeBefore(after: string): boolean {
  const m =
    /^,[ \u00A0]+(\p{Lu}[\p{L}-]*(?:[ \u00A0]\p{Lu}[\p{L}-]*)?)(\.?)(?=[ \u00A0]*(?:[,;:)]|\.(?:[ \u00A0]|$)|$)|[ \u00A0]+province)/u.exec(
      after,
    );
  if (!m) return false;
  const name = m[1].toLowerCase();
  return (
    (m[2] === '.' && stateAbbreviations.has(name)) ||
    gazetteerNations.has(name) ||
    countries.has(name) ||
    /^[ \u00A0]+province/u.test(after.slice(m[0].length))
  );
}

/** A verb right after a sentence's first word (`Sarah was`, `Diana first met`, `Edgar made`). */
const sentenceVerb =
  /^[ \u00A0]+(?:(?:first|also|then|later|never|still)[ \u00A0]+)?(?:was|is|has|had|will|would|did|does|could|can|said|says|told|made|\p{Ll}{2,}ed)(?![\p{L}])/u;

/** A tournament's name after a place (`U.S. Open`, `U.S. Amateur Championship`, `Kenya Masters`). */
const eventAfter =
  /^\.?[ \u00A0]+(?:\p{Lu}\p{Ll}+[ \u00A0]+)?(?:Open|Opens|Amateur|Championships?|Masters|Classic|Cup|Games|Olympics)(?![\p{L}\p{N}])/u;

/** Words for a ship before its name (`the ferry Trident Seven`, `aircraft carrier Carl Vinson`): no person. */
const vesselWords = new Set(
  'ferry ship vessel tanker freighter submarine destroyer frigate cruiser yacht liner trawler warship'.split(' '),
);

/** Securities a company issues (`shares of …`, `stock of …`). */
const securities = /^(?:shares|stocks?|stake|bonds|receipts)$/u;

/** A one-word company's name by its ending (`Promsvyazbank`, `Belarusbank`, `Gazprom`, `Rostelecom`). */
const companySuffix = /^\p{Lu}\p{Ll}{2,}(?:bank|prom|telecom|neft|soft)$/u;

/** A body the lists know, or an acronym that is no place's, term's or common word's (`EU`, `NATO`, `RBI`). */
function bodyAcronym(word: string): boolean {
  const plain = word.replaceAll('.', '');
  const lower = plain.toLowerCase();
  if (knownOrganizations.has(word.toLowerCase()) || knownOrganizations.has(lower) || agencies.has(lower)) return true;
  return (
    isAllCaps(plain) &&
    plain.length >= 2 &&
    plain.length <= 6 &&
    !commonAcronyms.has(plain) &&
    !termAcronyms.has(lower) &&
    !countryAcronyms.has(plain) &&
    !placeAcronyms.has(lower) &&
    !gazetteerPlaces.has(lower) &&
    !knownPlaces.has(lower) &&
    !countries.has(lower)
  );
}

/**
 * The paragraph's words, with a dotted abbreviation as one word (`U.S.`, `U.N.`: its text keeps the
 * inner dots, its end stops before the last one so that the next word never joins it).
 */
function englishTokens(text: string): Token[] {
  const tokens = tokenize(text);
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (
      j + 1 < tokens.length &&
      tokens[j].text.length === 1 &&
      tokens[j + 1].text.length === 1 &&
      /^\p{Lu}$/u.test(tokens[j].text) &&
      /^\p{Lu}$/u.test(tokens[j + 1].text) &&
      text.slice(tokens[j].end, tokens[j + 1].start) === '.'
    )
      j++;
    if (j > i && text.charAt(tokens[j].end) === '.') {
      out.push({ text: text.slice(tokens[i].start, tokens[j].end), start: tokens[i].start, end: tokens[j].end });
      i = j;
    } else out.push(tokens[i]);
  }
  return out;
}

/**
 * The nickname of a team named by its city and a plural (`Seattle Mariners` → `Mariners`, `Boston Red
 * Sox` → `Red Sox`), or undefined for any other name.
 */
export function teamNickname(name: string): string | undefined {
  const words = name.split(/[\s\u00A0]+/u);
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const city = words.slice(0, k).join(' ').toLowerCase();
    const rest = words.slice(k);
    if (!gazetteerCities.has(city) || rest.length > 2) continue;
    const last = rest[rest.length - 1];
    if (!/^\p{Lu}\p{Ll}+[sx]$/u.test(last) || rest.some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    const lowered = rest.map((w) => w.toLowerCase());
    if (
      lowered.some(
        (w) => companyEnds.has(w) || orgWords.has(w) || thingWords.has(w) || placeWords.has(w) || isNationality(w),
      )
    )
      continue;
    return rest.join(' ');
  }
  return undefined;
}

/**
 * The short names of a company written with its legal form or company word (`Cofinec SA` → `Cofinec`,
 * `Magna International Inc` → `Magna International`, `Magna`), or a one-word company's own name; none
 * for other bodies (`Ministry of Finance`) and none that are common or known words (`lowerWords`: the
 * article's words in lower case).
 */
export function englishCompanyNames(name: string, lowerWords: ReadonlySet<string>): string[] {
  const words = name.split(/[\s\u00A0]+/u);
  const distinct = (word: string) => {
    const w = word.toLowerCase();
    return (
      word.length >= 3 &&
      /^\p{Lu}[\p{L}-]+$/u.test(word) &&
      !isAllCaps(word) &&
      ![
        agencies,
        stopWords,
        connectors,
        orgWords,
        thingWords,
        gazetteerPlaces,
        givenNames,
        nationalities,
        lowerWords,
      ].some((list) => list.has(w))
    );
  };
  const nickname = teamNickname(name);
  if (nickname) return [nickname];
  if (words.length === 1) return words[0].length >= 4 && distinct(words[0]) ? [words[0]] : [];
  const last = words[words.length - 1].toLowerCase().replaceAll('.', '');
  // `Manchester United` … `United have dominated`; `Tottenham Hotspur` … `Tottenham`.
  if (clubEnds.has(last) && words.length <= 3) {
    const names = last === 'united' ? [words[words.length - 1]] : [];
    if (words.length === 2 && distinct(words[0])) names.push(words[0]);
    return names;
  }
  // `Yale Law School` … `Yale`, `Smithsonian Institution` … `Smithsonian`: a school's first word, not a place's.
  if (schoolHeads.has(last) && words.length <= 3 && distinct(words[0]) && !countries.has(words[0].toLowerCase()))
    return [words[0]];
  if (!companyEnds.has(last) || placeWords.has(last)) return [];
  const rest = words.slice(0, -1);
  const names: string[] = [];
  if (rest.length > 1 && rest.every((w) => /^\p{Lu}/u.test(w)) && !rest.some((w) => connectors.has(w.toLowerCase())))
    names.push(rest.join(' '));
  if (distinct(rest[0])) names.push(rest[0]);
  return names;
}

/**
 * Names found in one English paragraph. `lowerWords` are the words the article writes in lower case
 * somewhere: a capitalised run holding one (`Data Management`) is guessed to be no person.
 */
export function detectEnglish(
  text: string,
  paragraph: number,
  lowerWords: ReadonlySet<string> = new Set(),
): DetectedName[] {
  const tokens = englishTokens(text);
  const found: DetectedName[] = [];
  const lower = (j: number) => tokens[j].text.toLowerCase();
  const known = (word: string) => knownPlaces.has(word) || countries.has(word) || gazetteerPlaces.has(word);
  const gapOk = (a: number, b: number) =>
    /^[ \u00A0-]$|^[ \u00A0]?&[ \u00A0]?$/u.test(text.slice(tokens[a].end, tokens[b].start)) ||
    // `O'Brien`, `D'Alema`: a capital and an apostrophe open a surname.
    (/^['’]$/u.test(text.slice(tokens[a].end, tokens[b].start)) &&
      /^[ODL]$/u.test(tokens[a].text) &&
      isCapWord(tokens[b])) ||
    (/^\.\s$/u.test(text.slice(tokens[a].end, tokens[b].start)) && /^(?:St|Mt|Ft)$/u.test(tokens[a].text)) ||
    (/^\.\s$/u.test(text.slice(tokens[a].end, tokens[b].start)) &&
      tokens[a].text.length === 1 &&
      isCapWord(tokens[a]) &&
      tokens[a].text !== 'A' &&
      tokens[a].text !== 'I') ||
    // Dotted initials before a surname (`P.W. Botha`, `F.W. de Klerk`), not a place's or body's acronym.
    (/^\.\s$/u.test(text.slice(tokens[a].end, tokens[b].start)) && dottedInitials(tokens[a].text));
  /**
   * May the small words between token `j` (the end of a run from `i`) and the capitalised token `k` join
   * them into one name? A name's particles always (`Aravinda de Silva`, `Joost van der Westhuizen`); `of`,
   * `for`, `the` only after a head word of a body or place (`Bank of England`, `Gulf of Mexico`; not
   * `Tono Eitel of Germany`, `President of Belarus`); `and` only inside a body's name or a place the
   * lists know (`Ministry of Trade and Industry`, `Bosnia and Herzegovina`; not `Bob Dole and Ross Perot`).
   */
  const joins = (i: number, j: number, k: number): boolean => {
    const small = tokens.slice(j + 1, k).map((w) => w.text.toLowerCase());
    // A legal form ends a company's name (`Dow Chemical Co of the United States`).
    if (legalForms.has(lower(j)) && !small.every((w) => particles.has(w))) return false;
    if (small.every((w) => particles.has(w))) return true;
    const sofar = tokens
      .slice(i, j + 1)
      .map((w) => w.text.toLowerCase())
      .join(' ');
    const heads =
      !gazetteerPlaces.has(sofar) &&
      !placeNames.has(sofar) &&
      tokens.slice(i, j + 1).some((w) => {
        const l = w.text.toLowerCase();
        return orgWords.has(l) || companyEnds.has(l) || placeWords.has(l);
      });
    if (small.includes('and'))
      return (
        // `American University and Robert Mergess`: a given name after `and` opens a person's name.
        (heads && small.length === 1 && j > i && !givenNames.has(lower(k))) ||
        gazetteerPlaces.has(`${lower(j)} ${small.join(' ')} ${lower(k)}`) ||
        placeNames.has(`${lower(j)} and ${lower(k)}`)
      );
    // `Shares of Comelf`: a security is no name's head.
    return heads || (thingWords.has(lower(j)) && !honorifics.has(lower(j)) && !securities.test(lower(j)));
  };
  /** Is token `k` a party's letter before a member's state or city (`Rep. Jack Quinn, R-Buffalo`, `(D-N.Y.)`)? */
  const partyLetter = (k: number) =>
    /^[RDI]$/u.test(tokens[k].text) &&
    k + 1 < tokens.length &&
    text.slice(tokens[k].end, tokens[k + 1].start) === '-' &&
    isCapWord(tokens[k + 1]) &&
    /(?:,[ \u00A0]|\()$/u.test(text.slice(0, tokens[k].start));
  // A headline written in capitals (`SMITHSONIAN CLOSES BOOK UNITS`): its long words are no acronyms.
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouted = letters.length >= 12 && isAllCaps(letters);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!isCapWord(t) || partyLetter(i)) {
      i++;
      continue;
    }
    // The state or city a member of a legislature stands for is a place (`R-Calif.`, `D-New York City`).
    const constituency = i > 0 && partyLetter(i - 1);
    // Extend the run: capitalised words, and small words between them when they join a name (see `joins`).
    let j = i;
    while (j + 1 < tokens.length && gapOk(j, j + 1)) {
      if (isCapWord(tokens[j + 1])) {
        j++;
        continue;
      }
      // `Kim In-so`, `Kang Young-hoon`: a short lower-case syllable after a hyphen inside a name, not a
      // compound's word (`London-based`, `Paris-born`).
      if (
        j > i &&
        text.slice(tokens[j].end, tokens[j + 1].start) === '-' &&
        /^\p{Ll}{2,4}$/u.test(tokens[j + 1].text) &&
        !compoundWords.has(tokens[j + 1].text)
      ) {
        j++;
        continue;
      }
      // Trailing digits (`Almaty 2023`), never digits between two names (`Duisburg 1 Luebeck`).
      if (/^\d+$/u.test(tokens[j + 1].text)) {
        if (!(j + 2 < tokens.length && gapOk(j + 1, j + 2) && isCapWord(tokens[j + 2]))) j++;
        break;
      }
      let k = j + 1;
      while (k < tokens.length && k - j <= 3 && connectors.has(lower(k)) && gapOk(k - 1, k)) k++;
      if (k === j + 1 || k >= tokens.length || !gapOk(k - 1, k) || !isCapWord(tokens[k]) || !joins(i, j, k)) break;
      j = k;
    }
    // Possessive `'s` is not part of the name.
    let start = i;
    // Drop leading stop words and titles (keeping the title as a clue).
    let titled =
      start > 0 && honorifics.has(lower(start - 1)) && /^\.?\s$/u.test(text.slice(tokens[start - 1].end, t.start));
    const orgRun = tokens.slice(i, j + 1).some((w) => orgWords.has(w.text.toLowerCase()));
    // Trailing small words, digits, `I` and months are no part of a name (`Czech Republic 6-3`, `Brazil Sept`).
    while (
      j > i &&
      (connectors.has(lower(j)) || /^\d+$/u.test(tokens[j].text) || tokens[j].text === 'I' || months.has(lower(j)))
    )
      j--;
    // Does a place's name start at token `k` (`Czech Republic President …`, `New Zealand`)?
    const placeRun = (k: number) => {
      let whole = lower(k);
      for (let m = k + 1; m <= j; m++) {
        whole += ` ${lower(m)}`;
        if (placeNames.has(whole) || gazetteerPlaces.has(whole)) return true;
      }
      return false;
    };
    while (
      start <= j &&
      ((stopWords.has(lower(start)) && !placeRun(start)) ||
        /^\d+$/u.test(tokens[start].text) ||
        // A sentence's first word, a common one, before a known place (`Blaming Iraq …`; not `Torpedo Kazan`).
        (start === i &&
          j === i + 1 &&
          sentenceInitial(text, tokens[i].start) &&
          known(lower(j)) &&
          !known(lower(i)) &&
          (lowerWords.has(lower(i)) || /(?:ing|ed|ly)$/u.test(lower(i))) &&
          !givenNames.has(lower(i)) &&
          !orgWords.has(lower(i)) &&
          !compassWords.has(lower(i)) &&
          !placeRun(i)) ||
        honorifics.has(lower(start)) ||
        (connectors.has(lower(start)) &&
          !(foreignArticles.has(lower(start)) && j === start + 1) &&
          // `Van der Westhuizen`: a capitalised particle opening a run opens a surname.
          !(
            particles.has(lower(start)) &&
            start === i &&
            start < j &&
            isCapWord(tokens[start]) &&
            !isAllCaps(tokens[start].text)
          ) &&
          // `President Dos Santos`: a particle after a title opens the name.
          !(particles.has(lower(start)) && start > i && start < j && honorifics.has(lower(start - 1)))) ||
        (!orgRun &&
          !placeRun(start) &&
          (isNationality(lower(start)) || (demonyms.test(tokens[start].text) && !givenNames.has(lower(start))))))
    ) {
      if (honorifics.has(lower(start))) titled = true;
      // `President of Belarus`: a title followed by `of` names what the person heads, not the person.
      if (connectors.has(lower(start)) && !particles.has(lower(start)) && start > i && honorifics.has(lower(start - 1)))
        titled = false;
      start++;
    }
    while (j >= start && (connectors.has(lower(j)) || /^\d+$/u.test(tokens[j].text) || tokens[j].text === 'I')) j--;
    const place = (k: number): DetectedName => ({
      type: 'place',
      paragraph,
      start: tokens[k].start,
      end: tokens[k].end,
      text: tokens[k].text,
      normal: tokens[k].text,
      key: nameKey(tokens[k].text),
      language: 'en',
      confidence: 'high',
    });
    // `Belarus and Russia`: known places joined by connectors are places, each of its own.
    const run = tokens.slice(start, j + 1);
    if (
      run.length > 1 &&
      run.every((w) => known(w.text.toLowerCase()) || connectors.has(w.text.toLowerCase())) &&
      !run.every((w) => connectors.has(w.text.toLowerCase()))
    ) {
      for (let k = start; k <= j; k++) if (!connectors.has(lower(k))) found.push(place(k));
      i = j + 1;
      continue;
    }
    // `Belarus Alexander Lukashenko`: a known place before a name is a place of its own.
    if (
      j > start + 1 &&
      j <= start + 3 &&
      gazetteerPlaces.has(lower(start)) &&
      text.slice(tokens[start].end, tokens[start + 1].start) === ' ' &&
      givenNames.has(lower(start + 1)) &&
      !connectors.has(lower(start + 1)) &&
      !tokens
        .slice(start, j + 1)
        .some((w) => orgWords.has(w.text.toLowerCase()) || connectors.has(w.text.toLowerCase()))
    ) {
      found.push(place(start));
      start++;
      titled = true;
    }
    if (start > j) {
      i = Math.max(i + 1, j + 1);
      continue;
    }
    const words = tokens.slice(start, j + 1).map((w) => w.text);
    const lowered = words.map((w) => w.toLowerCase());
    const from = tokens[start].start;
    const end = tokens[j].end;
    const written = text.slice(from, end);
    // The paragraph after the name and before it, which the cues below read.
    const textAfter = text.slice(end);
    const textBefore = text.slice(0, from);
    /** Short, opening with no given name, and no word of it a place, a nationality or a thing: a firm's name can be. */
    const mayNameEmployer = () =>
      words.length <= 4 &&
      !givenNames.has(lowered[0]) &&
      !lowered.some((w) => known(w) || isNationality(w) || thingWords.has(w));
    const single = start === j;
    const opensSentence = sentenceInitial(text, from) && start === i;
    const before = start > 0 ? lower(start - 1) : '';
    const push = (type: DetectedName['type'], from: number, to: number, confidence: DetectedName['confidence']) => {
      const normal = text.slice(tokens[from].start, tokens[to].end).replace(/[’']s$/u, '');
      const parts =
        type !== 'person'
          ? {}
          : to > from
            ? { given: tokens[from].text, surname: tokens[to].text }
            : { surname: normal };
      found.push({
        type,
        paragraph,
        start: tokens[from].start,
        end: tokens[to].end,
        text: text.slice(tokens[from].start, tokens[to].end),
        normal,
        key: nameKey(normal),
        language: 'en',
        confidence,
        ...parts,
      });
    };
    // `Parliament Speaker Berri`, `Security Council President Tono Eitel`: a title inside a run heads a
    // person's name; a body's name before it is a name of its own.
    const titleStart = lowered.findIndex((w, k) => k > 0 && honorifics.has(w));
    let title = titleStart;
    // `Director-General Mutawakel Taha`: the last word of a title of several.
    while (title > 0 && title + 1 < lowered.length && honorifics.has(lowered[title + 1])) title++;
    if (
      title > 0 &&
      title < words.length - 1 &&
      words.length - title - 1 <= 4 &&
      !lowered
        .slice(title + 1)
        .some(
          (w) =>
            honorifics.has(w) ||
            orgWords.has(w) ||
            thingWords.has(w) ||
            (connectors.has(w) && !particles.has(w)) ||
            known(w),
        )
    ) {
      const body = lowered.slice(0, titleStart);
      if (
        body.some((w) => orgWords.has(w)) &&
        !(body.length === 1 && orgWords.has(body[0]) && !legislatures.has(body[0]))
      )
        push('organization', start, start + titleStart - 1, 'high');
      else if (body.every((w) => known(w)) || gazetteerPlaces.has(body.join(' ')))
        push('place', start, start + titleStart - 1, 'high');
      // `EU Farm Commissioner Franz Fischler`, `NATO Secretary-General …`: a body the lists know, or an
      // acronym, opening the words before the title is that body.
      else if (bodyAcronym(words[0])) push('organization', start, start, 'high');
      // `Cofinec CEO Stephen Frater`: an unknown name before a title is the body the person works for.
      else if (
        body.length <= 3 &&
        // `Democratic President Clinton`, `Socialist leader …`: a party's adjective is no body's name.
        !(body.length === 1 && /(?:ic|ist|ese)$/u.test(body[0])) &&
        honorifics.has(lowered[titleStart]) &&
        roleCue.test(` ${lowered[titleStart]} ${words[title + 1]}`) &&
        !body.some(
          (w) =>
            known(w) ||
            isNationality(w) ||
            givenNames.has(w) ||
            lowerWords.has(w) ||
            thingWords.has(w) ||
            honorifics.has(w) ||
            demonyms.test(w) ||
            nationAdjective(w),
        )
      )
        push('organization', start, start + titleStart - 1, 'high');
      push('person', start + title + 1, j, 'high');
      i = j + 1;
      continue;
    }
    // `Hi-Tech Park Kirill Zalessky`: two or three plain words after an organization's last head word are a
    // person of that organization, not part of its name.
    let head = -1;
    lowered.forEach((w, k) => {
      if (orgWords.has(w)) head = k;
    });
    const after = lowered.slice(head + 1);
    if (
      head > 0 &&
      after.length >= 2 &&
      after.length <= 3 &&
      // `Sun Metal Works Sdn Bhd`: a legal form ends the body's name.
      !companyEnds.has(after[after.length - 1]) &&
      after.every(
        (w, k) =>
          !known(w) &&
          !connectors.has(w) &&
          !thingWords.has(w) &&
          !isNationality(w) &&
          !lowerWords.has(w) &&
          !isAllCaps(words[head + 1 + k]),
      )
    ) {
      push('organization', start, start + head, 'high');
      push('person', start + head + 1, j, 'low');
      i = j + 1;
      continue;
    }
    // A lower-case word for a company right before the name (`pawnshop chain Pegadaian`, `finance firm …`).
    const described =
      start > 0 &&
      companyDescriptors.has(before) &&
      // `the aircraft carrier Enterprise` is a ship.
      !(before === 'carrier' && start > 1 && lower(start - 2) === 'aircraft') &&
      !(givenNames.has(lower(start)) && start < j) &&
      /^[ \u00A0]$/u.test(text.slice(tokens[start - 1].end, from));
    // A dateline: `JAKARTA, April 16 (Reuters) -`, `OSLO, Norway (AP) _`, `VATICAN CITY (AP) _`, `LITTLE
    // ROCK, Ark. - `.
    const dateline =
      start === 0 &&
      isAllCaps(written) &&
      (/^,\s+(?:\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d)/u.test(textAfter) ||
        /^,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s+[-–—]\s/u.test(textAfter) ||
        /^(?:,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?\s+\((?:AP|Reuters|AFP|UPI|dpa|Xinhua|Bernama)\)/u.test(
          textAfter,
        ));
    const compassPlace =
      words.length === 2 && compassWords.has(lowered[0]) && known(lowered[1]) && !orgWords.has(lowered[1]);
    // A name inside a compound word is no mention of its own (`London-based`, `Moscow-backed`, `pre-Castro`).
    if (/^-\p{Ll}/u.test(textAfter) || /\p{Ll}-$/u.test(textBefore)) {
      i = j + 1;
      continue;
    }
    let type: DetectedName['type'] | undefined;
    let confidence: DetectedName['confidence'] = 'low';
    let normal = written;
    const joined = lowered.join(' ');
    const next = j + 1 < tokens.length && /^[ \u00A0]$/u.test(text.slice(end, tokens[j + 1].start)) ? lower(j + 1) : '';
    // A dotted abbreviation (`U.S.`) is read without its dots and written with the last one.
    const plain = single && words[0].includes('.') ? words[0].replaceAll('.', '') : words[0];
    if (single && plain !== words[0]) normal = `${written}.`;
    // A run that fills a pair of quotes is a title of a work (`"Sleeping Bread"`), unless a list knows it.
    const quoted = /["“'‘]$/u.test(textBefore) && /^["”'’](?!s)/u.test(textAfter);
    // A dotted legal form is read without its dots (`Cofinec S.A.`, `Philips N.V.`).
    const lastWord = lowered[lowered.length - 1].replaceAll('.', '');
    // `B&N`, `AT&T`: capitals joined by `&` name a company; `R&D`, `M&A` are terms.
    const ampersand = !single && written.includes('&');
    if (ampersand) {
      // `Merrill Lynch & Co.`: with a legal form, a company for sure.
      if (!/^(?:R&D|M&A|Q&A)$/u.test(written))
        [type, confidence] = ['organization', companyEnds.has(lastWord) ? 'high' : 'low'];
    } else if (
      single &&
      stateAbbreviations.has(plain.toLowerCase()) &&
      text.charAt(end) === '.' &&
      (constituency || /,[ \u00A0]$/u.test(textBefore))
    ) {
      // `Oakland, Calif.`, `Beach, N.D.`, `R-Calif.`: a state of the USA after a city or a party's letter.
      [type, confidence] = ['place', 'high'];
      normal = `${written.replace(/\.$/u, '')}.`;
    } else if (constituency && words.length <= 3) {
      // `R-Buffalo`, `D-New York City`: the place a member of a legislature stands for.
      [type, confidence] = ['place', 'high'];
    } else if (placeNames.has(joined) || (!single && gazetteerPlaces.has(joined)) || compassPlace || dateline) {
      [type, confidence] = ['place', 'high'];
    } else if (words.length === 2 && lowered[0] === 'air' && known(lowered[1])) {
      // `Air France`, `Air India`: an airline named by its country.
      [type, confidence] = ['organization', 'high'];
    } else if (teamNickname(written)) {
      // `Seattle Mariners`, `Kansas City Royals`: a city and a plural nickname name its team.
      [type, confidence] = ['organization', 'high'];
    } else if (
      !single &&
      lowered.some((_, a) =>
        lowered.some((__, b) => b > a && knownOrganizations.has(lowered.slice(a, b + 1).join(' '))),
      )
    ) {
      // `Amnesty International`, `North Korean Red Cross`: a run holding a body the lists know.
      [type, confidence] = ['organization', 'high'];
    } else if (!single && companyEnds.has(lastWord) && !placeWords.has(lastWord)) {
      [type, confidence] = ['organization', 'high'];
    } else if (
      single &&
      (agencies.has(lowered[0]) ||
        knownOrganizations.has(plain.toLowerCase()) ||
        companySuffix.test(words[0]) ||
        (camelCase.test(words[0]) && !titled))
    ) {
      [type, confidence] = ['organization', 'high'];
    } else if (
      !single &&
      !titled &&
      words.length <= 3 &&
      words.some((w, k) => camelCase.test(w) && (k > 0 || /^\p{Lu}\p{Ll}{1,2}\p{Lu}/u.test(w)))
    ) {
      // `Thomson BankWatch`, `SoCal Edison`: a word with a capital inside names a company.
      [type, confidence] = ['organization', 'high'];
    } else if (
      !titled &&
      resultsCue.test(textAfter) &&
      !lowered.some(
        (w) =>
          known(w) ||
          isNationality(w) ||
          lowerWords.has(w) ||
          thingWords.has(w) ||
          orgWords.has(w) ||
          stopWords.has(w) ||
          w === 'net',
      )
    ) {
      // `Arthur Yates year net A$ 6.1 mln`, `Liu Chong Hing interim net up 2.7 pct`: a company's results.
      [type, confidence] = ['organization', 'high'];
    } else if (
      (described ||
        (before === 'of' && start > 1 && securities.test(lower(start - 2)) && !givenNames.has(lowered[0]))) &&
      !lowered.some((w) => known(w))
    ) {
      // `pawnshop chain Pegadaian`, `shares of Comelf`.
      [type, confidence] = ['organization', 'high'];
    } else if (!single && placeWords.has(lastWord) && !lowered.some((w) => orgWords.has(w))) {
      type = 'place';
    } else if (!titled && !gazetteerNations.has(joined) && (before === 'v' || /^\sv\s\p{Lu}/u.test(textAfter))) {
      // `Ipswich v Oxford`: the two sides of a fixture (a country's side is the country).
      type = 'organization';
    } else if (
      single &&
      before === 'the' &&
      sportsRole.test(textAfter) &&
      !gazetteerNations.has(lowered[0]) &&
      !countries.has(lowered[0]) &&
      !isNationality(lowered[0]) &&
      !givenNames.has(lowered[0])
    ) {
      // `the Ajax defender`, `the Leeds striker`: a club's player.
      [type, confidence] = ['organization', 'high'];
    } else if (
      single &&
      tokens[start - 1]?.text === 'The' &&
      !sentenceInitial(text, tokens[start - 1].start) &&
      newspaperWords.has(lowered[0])
    ) {
      // `at The Sun and The Times`: a capital `The` inside a sentence opens a newspaper's title.
      [type, confidence] = ['organization', 'high'];
    } else if (!single && clubEnds.has(lastWord)) {
      // `Manchester United`, `Blackburn Rovers`, `Tottenham Hotspur`.
      [type, confidence] = ['organization', 'high'];
    } else if (single && known(plain.toLowerCase())) {
      [type, confidence] = ['place', 'high'];
      if (isAllCaps(words[0]) && !words[0].includes('.')) normal = words[0].charAt(0) + words[0].slice(1).toLowerCase();
    } else if (single && isAllCaps(plain)) {
      const word = plain.toLowerCase();
      if (commonAcronyms.has(plain) || termAcronyms.has(word)) type = undefined;
      else if (countryAcronyms.has(plain) || placeAcronyms.has(word)) [type, confidence] = ['place', 'high'];
      // A shouted word is no acronym (`NOTE -`, `STOCKS`, `FEATURE`), nor is a long word of a headline in capitals.
      else if (
        plain.length >= 4 &&
        (lowerWords.has(word) || stopWords.has(word) || thingWords.has(word) || shouted) &&
        !knownOrganizations.has(word)
      )
        type = undefined;
      // `RM120,000`, `US$5.2`: capitals before an amount are its currency.
      else if (/^[,.]?\d/u.test(textAfter) || /^\p{Lu}+\d/u.test(words[0])) type = undefined;
      else type = 'organization';
    } else if (latinEventWords.test(written.replace(/\s+\d+$/u, ''))) {
      type = undefined;
    } else if (
      single &&
      orgWords.has(lowered[0]) &&
      !seats.has(lowered[0]) &&
      (!legislatures.has(lowered[0]) ||
        // `the House`, `House Speaker Gingrich`: the chamber; `House prices` opening a sentence is no name.
        (lowered[0] === 'house' && before !== 'the' && !houseCue.test(next)))
    ) {
      // A head word alone is a common noun written with a capital (`Police said`, `the Government`).
      type = undefined;
    } else if (seats.has(joined) && /(?:^|\s)(?:in|at|inside|outside|near)\s+(?:the\s+)?$/iu.test(textBefore)) {
      // `in the Kremlin`, `at the White House`: the building; elsewhere the power that sits there.
      [type, confidence] = ['place', 'high'];
    } else if (lowered.some((w) => orgWords.has(w)) || seats.has(joined)) {
      [type, confidence] = ['organization', single ? 'low' : 'high'];
    } else if (lowered.every((w) => known(w))) {
      [type, confidence] = ['place', 'high'];
    } else if (quoted && !single) {
      type = undefined;
    } else if (
      !titled &&
      (single ? !known(lowered[0]) : !givenNames.has(lowered[0])) &&
      ((orgCues.test(textAfter) && !(opensSentence && single && lowerWords.has(lowered[0]))) ||
        appositiveOrg.test(textAfter) ||
        (itsCue.test(textAfter) && !givenNames.has(lowered[0])) ||
        (marketCue.test(textAfter) && !givenNames.has(lowered[0])) ||
        (/^[ \u00A0]+(?:guerrillas?|rebels|militia|militiamen|gunmen|fighters)(?![\p{L}])/u.test(textAfter) &&
          !lowered.some((w) => isNationality(w) || demonyms.test(w) || nationAdjective(w) || lowerWords.has(w))) ||
        mediaCues.test(textAfter) ||
        // `Peter Roe, at Paribas in London`: a person's employer after a comma.
        (/^,[ \u00A0]+(?:at|of|with)[ \u00A0]+$/u.test(text.slice(found[found.length - 1]?.end ?? from, from)) &&
          found[found.length - 1]?.type === 'person' &&
          found[found.length - 1]?.given !== undefined &&
          mayNameEmployer()) ||
        (namedCue.test(textBefore) && words.length <= 4 && !lowered.some((w) => known(w))) ||
        (employerCue.test(textBefore) && mayNameEmployer()) ||
        (roleCue.test(textAfter) &&
          !lowered.some(
            (w) =>
              isNationality(w) ||
              demonyms.test(w) ||
              nationAdjective(w) ||
              thingWords.has(w) ||
              known(w) ||
              lowerWords.has(w),
          )))
    ) {
      [type, confidence] = ['organization', 'high'];
    } else if (!single && placePrefixes.has(lowered[0]) && !titled) {
      // `Monte Carlo`, `Port Moresby`, `Lake Placid`: a place's first word.
      type = 'place';
    } else if (
      !titled &&
      words.length <= 3 &&
      !givenNames.has(lowered[0]) &&
      !lowered.some((w) => lowerWords.has(w) || thingWords.has(w) || isNationality(w) || adjectival.test(w)) &&
      (placeBefore(textAfter) ||
        (single &&
          placeNounAfter.test(textAfter) &&
          // `Himalayan region`, `Armed police`: an adjective or a verb's form before the noun.
          !/(?:ian|ean|ese|ish|yan|ed|ing)$/u.test(lowered[0]) &&
          !demonyms.test(words[0]) &&
          !nationAdjective(lowered[0])))
    ) {
      // `over Lockerbie, Scotland`, `Wuxi, Jiangsu province`, `the Afula bus station`, `Zadar police said`.
      type = 'place';
    } else if (titled && words.length <= 4 && !lowered.some((w) => thingWords.has(w) || isNationality(w))) {
      [type, confidence] = ['person', 'high'];
    } else if (
      (words.length <= 2 || !/\s/u.test(written)) &&
      !opensSentence &&
      ((placeCues.has(before) && !givenNames.has(lowered[0])) ||
        // `the suburb of Preston`: after `of` even a word that is a given name too.
        (before === 'of' && start > 1 && placeCues.has(lower(start - 2)) && (single || !givenNames.has(lowered[0]))))
    ) {
      // `the town of Urus-Martan`, `the village of Novye Atagi`.
      type = 'place';
    } else if (
      words.length === 2 &&
      gazetteerCities.has(lowered[1]) &&
      !known(lowered[0]) &&
      !givenNames.has(lowered[0]) &&
      !thingWords.has(lowered[0]) &&
      !compassWords.has(lowered[0]) &&
      !isNationality(lowered[0])
    ) {
      // `Dynamo Moscow`, `Ajax Amsterdam`: a word before a city is a club's name.
      type = 'organization';
    } else if (!single && demonymOf.test(joined)) {
      // `Sri Lankan`, `Costa Rican`: a country's adjective in two words.
      type = undefined;
    } else if (
      words.length >= 2 &&
      words.length <= 3 &&
      foreignArticles.has(lowered[0]) &&
      text.charAt(tokens[start].end) === ' '
    ) {
      type = 'organization';
    } else if (
      !givenNames.has(lowered[0]) &&
      before !== 'and' &&
      /^\s(?:win|lose|draw|meet|face|host|trail)\s(?:\d|\p{Lu}|the\s)/u.test(textAfter)
    ) {
      // `Dynamo Batumi win 9-0 on aggregate`, `Rapid meet Ajax`: a side takes a plural verb, a player does not.
      type = 'organization';
    } else if (!/\s/u.test(written) && placePrepositions.has(before) && !opensSentence) {
      type = 'place';
    } else if (
      !single &&
      words.length <= 4 &&
      !lowered.some(
        (w, k) =>
          (connectors.has(w) && !particles.has(w)) ||
          thingWords.has(w) ||
          honorifics.has(w) ||
          isNationality(w) ||
          (known(w) && !(k === words.length - 1 && givenNames.has(lowered[0]))),
      ) &&
      // Not a title or a thing after `the` or a year (`the Dow Jones`, `the 1993 BellSouth Classic`).
      (givenNames.has(lowered[0]) || (before !== 'the' && !/^\d+$/u.test(before)))
    ) {
      if (namedAfter.has(next))
        // `Ben Gurion airport`, `Victor Babes hospital`: a place named after a person.
        [type, confidence] = ['place', 'high'];
      else if (
        givenNames.has(lowered[0]) ||
        (/^\p{Lu}(?:\.\p{Lu}){0,2}$/u.test(words[0]) && text.charAt(tokens[start].end) === '.')
      )
        [type, confidence] = ['person', 'high'];
      // A guess needs every word to be a name: no common word, no acronym (`Data Management`, `SBC Warburg`).
      // Nor an adjective's ending on its first word (`Revolutionary Workers`, `Sexual Exploitation`).
      else if (
        !lowered.some((w, k) => (lowerWords.has(w) && !particles.has(w)) || isAllCaps(words[k]) || /\d/u.test(w)) &&
        !adjectival.test(lowered[0])
      )
        // After `in`, `at`, `near` an unknown name is a place more often than a person (`in Veliko Tarnovo`).
        type =
          /^(?:in|at|near)$/u.test(before) && !opensSentence
            ? 'place'
            : placeHeads.has(next)
              ? 'place'
              : bodyHeads.has(next)
                ? 'organization'
                : 'person';
    } else if (
      (single || !lowered.some((w) => thingWords.has(w) || isNationality(w) || connectors.has(w))) &&
      words.length <= 3 &&
      // `Onarheim, 29, told`, `Duran, who …`, `said Parnevik.`
      (/^,\s\d{1,2},/u.test(textAfter) ||
        // (`Ajax, who have …` is a team: the plural verb)
        /^,\s(?:who\s(?!have|are|were)|whose\s)/u.test(textAfter) ||
        (speechVerbs.has(before) && !opensSentence && /^(?:[.,]|$)/u.test(textAfter)))
    ) {
      type = 'person';
    } else if (
      single &&
      givenNames.has(lowered[0]) &&
      ((!opensSentence && !placePrepositions.has(before)) ||
        // `Sarah was Brady's second wife.`: a given name opening a sentence before a verb, never a common word here.
        (opensSentence && !lowerWords.has(lowered[0]) && sentenceVerb.test(textAfter)))
    ) {
      // A given name alone inside a sentence (`we have found Nicole`, `told Monica`).
      type = 'person';
    } else if (
      single &&
      speechVerbs.has(next) &&
      !isNationality(lowered[0]) &&
      !thingWords.has(lowered[0]) &&
      !(opensSentence && /s$/u.test(lowered[0]))
    ) {
      type = 'person';
    }
    // `U.S. Open`, `Kenya Open`: a country before a tournament's name is part of that name.
    if (type === 'place' && eventAfter.test(textAfter)) type = undefined;
    // `the ferry Trident Seven`, `the aircraft carrier Carl Vinson`: a ship's name.
    if (
      type === 'person' &&
      (vesselWords.has(before) || (before === 'carrier' && start > 1 && lower(start - 2) === 'aircraft'))
    )
      type = undefined;
    if (type) {
      normal = normal.replace(/[’']s$/u, '');
      const parts =
        type === 'person' && words.length >= 2
          ? { given: words[0], surname: words[words.length - 1] }
          : type === 'person'
            ? { surname: words[0] }
            : {};
      found.push({
        type,
        paragraph,
        start: from,
        end,
        text: written,
        normal,
        key: nameKey(normal),
        language: 'en',
        confidence,
        ...parts,
      });
    }
    i = j + 1;
  }
  return englishAliases(text, listedPlaces(text, paragraph, listedBodies(text, paragraph, found)));
}

/** What comes between a body's name and another name of it (`…, known as`, `…, or`, `… (`). */
const aliasGap =
  /^\.?(?:,[ \u00A0]+(?:or|(?:also[ \u00A0]+)?(known[ \u00A0]+as|called|dubbed|nicknamed))[ \u00A0]+|[ \u00A0]*\()(?:the[ \u00A0]+)?$/u;

/** The capitals opening the words of a name, its small words aside (`Bovine Spongiform Encephalopathy` → `BSE`). */
const initials = (name: string) =>
  name
    .split(/[ \u00A0-]+/u)
    .filter((w) => !connectors.has(w.toLowerCase()))
    .map((w) => w.charAt(0))
    .join('');

/**
 * Names a paragraph gives a body (`the Federal National Mortgage Association, or Fannie Mae`, `… Corp.,
 * known as Freddie Mac`, `the Federal Reserve (Fed)`): a guess on the second name is the body too, and
 * `englishCompanies` finds it again through the article. A guessed person whose initials are spelled in
 * brackets after it (`Brazilian Football Confederation (CBF)`, `Bovine Spongiform Encephalopathy (BSE)`)
 * is no person: a body when a word of it says so, else no name.
 */
function englishAliases(text: string, found: DetectedName[]): DetectedName[] {
  const out: DetectedName[] = [];
  for (const n of found) {
    const previous = out[out.length - 1];
    const gap = previous ? aliasGap.exec(text.slice(previous.end, n.start)) : null;
    if (
      previous?.type === 'organization' &&
      n.type !== 'organization' &&
      gap &&
      // `known as`, `called` name the body whatever the guess; `or` and brackets only a guess of little weight.
      (n.confidence === 'low' || gap[1] !== undefined) &&
      (!text.slice(previous.end, n.start).includes('(') || /^[ \u00A0]*\)/u.test(text.slice(n.end)))
    ) {
      const { given: _given, surname: _surname, ...rest } = n;
      out.push({ ...rest, type: 'organization', confidence: 'high' });
      continue;
    }
    const acronym = /^[ \u00A0]*\((\p{Lu}{2,6})\)/u.exec(text.slice(n.end))?.[1];
    const spelled = acronym && initials(n.text);
    // `Danish Football Confederation (DFC)`: the people's word before the name is no part of it.
    if (n.type === 'person' && n.confidence === 'low' && spelled && spelled.length >= 2 && acronym.endsWith(spelled)) {
      const words = n.text.toLowerCase().split(/[ \u00A0]+/u);
      if (words.some((w) => orgWords.has(w) || companyEnds.has(w) || /(?:tion|ity|ncy|ment)$/u.test(w))) {
        const { given: _given, surname: _surname, ...rest } = n;
        out.push({ ...rest, type: 'organization', confidence: 'high' });
      }
      continue;
    }
    out.push(n);
  }
  return out;
}

/** A capitalised name of one to four words in a list (`Ciments Blancs`, `Rewe`, `AT&T`). */
const listItem = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}`;

/** The names of a list (`listItem`s in `list`, which starts at `at` in its paragraph), without a full stop or `'s`. */
function listItems(list: string, at: number): Array<{ written: string; start: number; end: number }> {
  return [...list.matchAll(new RegExp(listItem, 'gu'))].map((item) => {
    const written = item[0].replace(/(?<=\p{Ll})\.$/u, '').replace(/[’']s$/u, '');
    const start = at + item.index;
    return { written, start, end: start + written.length };
  });
}

/**
 * A list of two or more names right after a plural word for companies or bodies (`retailers Metro, Rewe
 * and Lidl`, `listed companies: Ciments Blancs, Eternit and Uniceramic`).
 */
const bodyList = new RegExp(
  String.raw`(?<![\p{L}])(?:firms|companies|retailers|lenders|insurers|carriers|airlines|banks|makers|producers|brokers|brokerages|clubs|newspapers|dailies|miners|automakers|carmakers|operators|distributors|suppliers|publishers|exporters|importers|refiners|utilities|conglomerates)(?:[ \u00A0]+(?:like|such[ \u00A0]+as|including))?[ \u00A0]*:?[ \u00A0]+(${listItem}(?:,[ \u00A0]+${listItem})*,?[ \u00A0]+(?:and|or)[ \u00A0]+${listItem}|${listItem}(?:,[ \u00A0]+${listItem})+)`,
  'gu',
);

/**
 * Every name of a list after a plural word for companies (`bodyList`) is a company: a guessed person or
 * place on it gives way; a known place, a people or a given name is no item.
 */
function listedBodies(text: string, paragraph: number, found: DetectedName[]): DetectedName[] {
  const extra: DetectedName[] = [];
  const replaced = new Set<DetectedName>();
  for (const m of text.matchAll(bodyList)) {
    for (const item of listItems(m[1], m.index + m[0].length - m[1].length)) {
      const { written, start, end } = item;
      const first = written.split(/[ \u00A0]/u)[0].toLowerCase();
      const whole = written.toLowerCase();
      if (
        givenNames.has(first) ||
        isNationality(first) ||
        gazetteerPlaces.has(whole) ||
        knownPlaces.has(whole) ||
        countries.has(whole) ||
        stopWords.has(first) ||
        connectors.has(first)
      )
        continue;
      const overlapping = found.filter((n) => n.start < end && start < n.end);
      if (overlapping.some((n) => n.type === 'organization' || n.confidence === 'high')) continue;
      overlapping.forEach((n) => replaced.add(n));
      extra.push(spanName(text, paragraph, 'en', 'organization', [item.start, item.end], 'low'));
    }
  }
  if (extra.length === 0) return found;
  return [...found.filter((n) => !replaced.has(n)), ...extra].sort((a, b) => a.start - b.start);
}

/** Nations as a text writes them (`Russia`, `Czech Republic`, `U.S.`), for a side's country. */
const nationNames = [...gazetteerNations]
  .map((w) => w.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase()))
  .concat(['U.S.', 'USA', 'England', 'Scotland', 'Wales'])
  .map((w) => w.replaceAll('.', '\\.'))
  .join('|');

/**
 * A lone word beside a result's verb, before a plural verb or before its country in a sports report
 * (`Korvet beat …`, `lost to Korvet`, `Rotor are well placed`, `Varnik of Hungary`, `Dinamo (Russia)`;
 * see `englishTeams`).
 */
const sideCue = new RegExp(
  String.raw`(?<![\p{L}\p{N}.'’-])(\p{Lu}\p{Ll}{2,})(?=[ \u00A0]+(?:(?:beat|beats|drew|won|lost|defeated|thrashed|edged|routed|crushed|lead|leads|trail|trailed|are|were|have|win|draw|play|meet|face|qualified|equalised|equalized|dominated|conceded)(?![\p{L}])|of[ \u00A0]+(?:${nationNames})(?![\p{L}])|\((?:${nationNames})\)))|(?:beat|defeated|against|over|with|to|host|hosts|visit|visiting|thrashed|edged)[ \u00A0]+(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}'’-])(?![ \u00A0]+\p{Lu})`,
  'gu',
);

/**
 * In a sports report, teams named with no cue in the sentence: a capitalised plural the article writes
 * after `the` (`the Cardinals`, `the Springboks`; never a people, a party's followers, a place or a word
 * it writes in lower case) is a team, and so are a lone word beside a result's verb or before its country
 * (`sideCue`) and a name before `'s` and a player's full name (`Everton's Duncan Ferguson`; not a country:
 * national sides are their country), at every mention in the report. Guessed
 * persons and places on those words give way. Called only for a sports report (`sportsClubs`).
 */
export function englishTeams(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: string }>,
  lowerWords: ReadonlySet<string>,
): DetectedName[] {
  const personWords = new Set(
    found.filter((n) => n.type === 'person' && n.language === 'en').flatMap((n) => n.text.split(/[\s\u00A0]+/u)),
  );
  const plain = (word: string) => {
    const w = word.toLowerCase();
    return (
      !lowerWords.has(w) &&
      !isNationality(w) &&
      !gazetteerPlaces.has(w) &&
      !knownPlaces.has(w) &&
      !countries.has(w) &&
      !givenNames.has(w) &&
      !thingWords.has(w) &&
      !stopWords.has(w) &&
      !orgWords.has(w) &&
      !personWords.has(word)
    );
  };
  const teams = new Set<string>();
  for (const { text, language } of paragraphs) {
    if (language !== 'en') continue;
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])the[ \u00A0]+(\p{Lu}\p{Ll}+[^s\P{Ll}]s)(?![\p{L}\p{N}'’-])/gu))
      if (plain(m[1])) teams.add(m[1]);
    // `the Red Sox`, `the All Blacks`, `the Blue Jays`: two words, the second a plural.
    for (const m of text.matchAll(
      /(?<![\p{L}\p{N}])[Tt]he[ \u00A0]+(\p{Lu}\p{Ll}+)[ \u00A0]+(\p{Lu}\p{Ll}+[sx])(?![\p{L}\p{N}'’-])(?![ \u00A0]\p{Lu})/gu,
    )) {
      const first = m[1].toLowerCase();
      if (
        plain(m[2]) &&
        !placeWords.has(m[2].toLowerCase()) &&
        !gazetteerPlaces.has(first) &&
        !isNationality(first) &&
        !givenNames.has(first) &&
        !orgWords.has(first) &&
        !thingWords.has(first) &&
        !personWords.has(m[1])
      )
        teams.add(`${m[1]} ${m[2]}`);
    }
    // `driving a Ferrari`, `fifth in a Williams`, `the Yamaha duo`, `Ducati rider Troy Corser`: a racing team.
    for (const m of text.matchAll(
      /(?:(?<![\p{L}])(?:driving|in|on)[ \u00A0]+(?:a|an|his|her|their|the[ \u00A0]+other)[ \u00A0]+(\p{Lu}\p{L}+)(?=[ \u00A0]*(?:[,.;]|$|[ \u00A0](?:with|and|to|in|at|on|for)[ \u00A0]))|(?<![\p{L}\p{N}.'’-])(\p{Lu}\p{L}+)(?=[ \u00A0]+(?:rider|riders|driver|drivers|duo|team-mate|teammate)(?![\p{L}])))/gu,
    )) {
      const word = m[1] ?? m[2];
      if (plain(word)) teams.add(word);
    }
  }
  const extra: DetectedName[] = [];
  const replaced = new Set<DetectedName>();
  const add = (paragraph: number, start: number, word: string) => {
    const end = start + word.length;
    const overlapping = found.filter((n) => n.paragraph === paragraph && n.start < end && start < n.end);
    if (overlapping.some((n) => n.type === 'organization' || n.confidence === 'high')) return;
    if (extra.some((n) => n.paragraph === paragraph && n.start < end && start < n.end)) return;
    overlapping.forEach((n) => replaced.add(n));
    extra.push({
      type: 'organization',
      paragraph,
      start,
      end,
      text: word,
      normal: word,
      key: nameKey(word),
      language: 'en',
      confidence: 'low',
    });
  };
  for (const { paragraph, text, language } of paragraphs) {
    if (language !== 'en') continue;
    // `Fiorentina beat Cosenza`, `lost to Arsenal`, `Ferencvaros of Hungary`, `Dinamo (Russia)`: a lone
    // word beside a result's verb, or before its country, is a side (players are named in full first).
    for (const m of text.matchAll(sideCue)) {
      const word = m[1] ?? m[2];
      if (plain(word)) teams.add(word);
    }
    // `Everton's Duncan Ferguson`: a club before its player's full name.
    for (const m of text.matchAll(/(?<![\p{L}\p{N}.-])(\p{Lu}\p{Ll}{2,})['’]s[ \u00A0]+/gu)) {
      const at = m.index + m[0].length;
      const player = found.find((n) => n.paragraph === paragraph && n.start === at && n.type === 'person');
      if (player?.given && plain(m[1]) && !gazetteerNations.has(m[1].toLowerCase())) teams.add(m[1]);
    }
  }
  if (teams.size === 0) return found;
  // Every mention of a side found so is that side (`Ajax, without injured defenders …`).
  const mention = new RegExp(
    `(?<![\\p{L}\\p{N}.-])(?:${[...teams].sort((a, b) => b.length - a.length || byEnglish(a, b)).join('|')})(?![\\p{L}\\p{N}-])`,
    'gu',
  );
  for (const { paragraph, text, language } of paragraphs)
    if (language === 'en') for (const m of text.matchAll(mention)) add(paragraph, m.index, m[0]);
  if (extra.length === 0) return found;
  return [...found.filter((n) => !replaced.has(n)), ...extra].sort(
    (a, b) => a.paragraph - b.paragraph || a.start - b.start,
  );
}

/**
 * A paragraph opening with a guessed name and a verb of saying, right after a paragraph where a newspaper
 * or an agency said something (`… an Albanian newspaper said on Friday.` / `Gazeta Shqiptare said …`), names
 * that outlet: the guess is an organization, not a person.
 */
export function englishOutlets(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: string }>,
): DetectedName[] {
  return found.map((n) => {
    if (n.language !== 'en' || n.type !== 'person' || n.confidence !== 'low' || n.start > 1) return n;
    const here = paragraphs.find((p) => p.paragraph === n.paragraph);
    const previous = paragraphs.find((p) => p.paragraph === n.paragraph - 1);
    if (!here || !previous || previous.language !== 'en') return n;
    if (!/^[ \u00A0]+(?:said|says|reported|quoted|wrote)(?![\p{L}])/u.test(here.text.slice(n.end))) return n;
    if (
      !/(?:newspaper|daily|weekly|magazine|news agency|agency|radio|television)[ \u00A0,]+(?:\p{Ll}+[ \u00A0]+)?(?:said|reported|quoted)(?![\p{L}])/u.test(
        previous.text,
      )
    )
      return n;
    const { given: _given, surname: _surname, ...rest } = n;
    return { ...rest, type: 'organization' } as DetectedName;
  });
}

/** Does a title stand right before offset `at` (`Mr. Merrill`, `Dr Quillon`)? The name there is a person's. */
const afterTitle = (text: string, at: number) => {
  const title = /(\p{L}+)\.?[ \u00A0]+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
  return title !== undefined && honorifics.has(title.toLowerCase());
};

/**
 * An English company named with certainty once (`Cofinec SA`, `press distribution chain Ruch`) is that
 * company wherever the article writes its short name alone (`Cofinec said`, `Ruch's shares`): a person
 * or place guessed on those words gives way.
 */
export function englishCompanies(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: TextLanguage }>,
  lowerWords: ReadonlySet<string>,
): DetectedName[] {
  const short = new Map<string, DetectedName>();
  for (const n of found) {
    if (n.language !== 'en' || n.type !== 'organization' || n.confidence !== 'high') continue;
    for (const name of englishCompanyNames(n.text, lowerWords))
      if (!short.has(name)) short.set(name, { ...n, normal: name, key: nameKey(name) });
    // `Zycie Warszawy daily said` … `Zycie Warszawy said`: the whole name written again, guessed a person there.
    if (/^\p{Lu}\p{Ll}+[ \u00A0]\p{Lu}\p{Ll}+$/u.test(n.text) && !short.has(n.text)) short.set(n.text, n);
  }
  if (short.size === 0) return found;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...short.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const replaced = new Set<DetectedName>();
  const extra: DetectedName[] = [];
  for (const { paragraph, text, language } of paragraphs) {
    if (language !== 'en') continue;
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const overlapping = found.filter((n) => n.paragraph === paragraph && n.start < end && start < n.end);
      if (overlapping.some((n) => n.type === 'organization' || n.confidence === 'high')) continue;
      // `Mr. Merrill` is the founder, not the firm.
      if (afterTitle(text, start)) continue;
      overlapping.forEach((n) => replaced.add(n));
      extra.push({ ...short.get(m[0])!, paragraph, start, end, text: m[0], confidence: 'high' });
    }
  }
  return [...found.filter((n) => !replaced.has(n)), ...extra].sort(
    (a, b) => a.paragraph - b.paragraph || a.start - b.start,
  );
}

/**
 * In an English sports report (several words of sports in lower case: `match`, `striker`, `innings`,
 * `beat`), a city named alone is its club (`Leeds beat Chelsea`, `joined Milan from Torino`), unless it
 * follows a preposition of place (`in Milan`); a country stays a place (national teams are their country).
 */
export function sportsClubs(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: TextLanguage }>,
  lowerWords: ReadonlySet<string>,
): DetectedName[] {
  let sports = 0;
  for (const word of sportsWords) if (lowerWords.has(word)) sports++;
  if (sports >= 3) found = resultSides(found, paragraphs);
  if (sports < 5) return found;
  found = englishTeams(found, paragraphs, lowerWords);
  // A sports report names its players in full first: a lone word read as a person only by a cue
  // (`Schalke, who …`, `Ajax said`) and no one's surname there is more often a club: no name.
  const surnames = new Set(found.filter((n) => n.type === 'person' && n.given && n.surname).map((n) => n.surname));
  const textOf = new Map(paragraphs.map((p) => [p.paragraph, p.text]));
  return found.flatMap((n) => {
    if (
      n.language === 'en' &&
      n.type === 'person' &&
      n.confidence === 'low' &&
      !n.given &&
      !n.text.includes(' ') &&
      !surnames.has(n.text)
    )
      return [];
    if (n.language !== 'en' || n.type !== 'place' || !gazetteerCities.has(n.normal.toLowerCase())) return [n];
    // A dateline's city (`NAIROBI, Kenya (AP) -`) is where the report was filed.
    if (n.start === 0 && isAllCaps(n.text)) return [n];
    const text = textOf.get(n.paragraph) ?? '';
    if (/(?:^|\s)(?:in|at|near|outside|inside)\s+(?:the\s+)?$/iu.test(text.slice(0, n.start))) return [n];
    return [{ ...n, type: 'organization', confidence: 'low' } as DetectedName];
  });
}

/** A result's verb after a side (`Middlesex beat …`) or a score (`Glamorgan 259 and 207`, `Durham 114,`). */
const resultAfter =
  /^[ \u00A0]+(?:beat|beats|defeated|thrashed|edged|routed|crushed|\d+(?:-\d+)?(?:[ \u00A0]+and[ \u00A0]+\d|[ \u00A0]*[,(;]|$))/u;
/** A result's verb before a side (`… beat Hampshire`). */
const resultBefore = /(?<![\p{L}])(?:beat|beats|defeated|thrashed|edged|routed|crushed)[ \u00A0]+$/u;

/**
 * In a report of results (a few words of sports), a one-word place that is no nation (national sides are
 * their country) is a side when a result's verb or a score stands beside it (`Middlesex beat Hampshire by
 * 188 runs`, `Glamorgan 259 and 207`).
 */
function resultSides(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: TextLanguage }>,
): DetectedName[] {
  const textOf = new Map(paragraphs.map((p) => [p.paragraph, p.text]));
  return found.map((n) => {
    if (n.language !== 'en' || n.type !== 'place' || !/^\p{Lu}\p{Ll}+$/u.test(n.text)) return n;
    const lower = n.normal.toLowerCase();
    if (gazetteerNations.has(lower) || countries.has(lower)) return n;
    const text = textOf.get(n.paragraph) ?? '';
    if (!resultAfter.test(text.slice(n.end)) && !resultBefore.test(text.slice(0, n.start))) return n;
    return { ...n, type: 'organization', confidence: 'low' } as DetectedName;
  });
}

/** A list of two or more names after `in`, `near`, `at` (`positions at Sojod, Hardon and Soweida`). */
const placeList = new RegExp(
  String.raw`(?<![\p{L}])(in|near|at)[ \u00A0]+(${listItem}(?:,[ \u00A0]+${listItem})*,?[ \u00A0]+and[ \u00A0]+${listItem})`,
  'gu',
);

/**
 * A list of names after `in`, `near`, `at` holding a place and no body or person read with certainty
 * (`in Beirut, Sidon and Nabatiyeh`) is a list of places: its unknown names are places too.
 */
function listedPlaces(text: string, paragraph: number, found: DetectedName[]): DetectedName[] {
  const extra: DetectedName[] = [];
  const replaced = new Set<DetectedName>();
  for (const m of text.matchAll(placeList)) {
    const items = listItems(m[2], m.index + m[0].length - m[2].length);
    const over = (item: { start: number; end: number }) =>
      found.filter((n) => n.start < item.end && item.start < n.end);
    // Every item is a place or unknown, and one at least is a place (`at Microsoft, IBM and Apple` is not).
    const places = items.filter((item) => over(item).some((n) => n.type === 'place')).length;
    if (places === 0 || (m[1] === 'at' && places < 2)) continue;
    if (items.some((item) => over(item).some((n) => n.type !== 'place' && n.confidence === 'high'))) continue;
    for (const item of items) {
      const first = item.written.split(/[ \u00A0]/u)[0].toLowerCase();
      if (givenNames.has(first) || isNationality(first) || stopWords.has(first) || connectors.has(first)) continue;
      const overlapping = over(item);
      if (overlapping.some((n) => n.type === 'place')) continue;
      overlapping.forEach((n) => replaced.add(n));
      extra.push(spanName(text, paragraph, 'en', 'place', [item.start, item.end], 'low'));
    }
  }
  if (extra.length === 0) return found;
  return [...found.filter((n) => !replaced.has(n)), ...extra].sort((a, b) => a.start - b.start);
}

/**
 * A one-word place or body named once in the article (`the town of Doboj`, `in Bogra`, `Interacciones
 * brokerage`) is that place or body wherever the article writes the word alone with no other reading
 * (`Doboj's imam`, `urged Bogra residents`): a name keeps its type through the article. Words the article
 * writes in lower case, and words inside compounds (`Doboj-based`), do not count.
 */
export function englishConsistency(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: TextLanguage }>,
  lowerWords: ReadonlySet<string>,
): DetectedName[] {
  const typed = new Map<string, DetectedName | null>();
  const textOf = new Map(paragraphs.map((p) => [p.paragraph, p.text]));
  for (const n of found) {
    if (n.language !== 'en' || n.type === 'person') continue;
    // A body named in two or three capitalised words or by an acronym (`SBC Warburg`, `USDA`) keeps its type too.
    const body =
      n.type === 'organization' &&
      (/^\p{Lu}{2,6}$/u.test(n.text) ||
        /^\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00A0]\p{Lu}[\p{L}\p{M}'’-]+){1,2}$/u.test(n.text));
    if (!body && !/^\p{Lu}[\p{Ll}\p{M}]{3,}$/u.test(n.text)) continue;
    // A guess counts only after `in`, `at`, `near` or a place's word (`town of`), not after `from`, `to`.
    if (
      !body &&
      n.confidence !== 'high' &&
      !/(?:^|[ \u00A0])(?:in|at|near|of)[ \u00A0]+$/u.test((textOf.get(n.paragraph) ?? '').slice(0, n.start))
    )
      continue;
    const word = n.text.toLowerCase();
    // A head word alone (`the House`) is a name by its cue only.
    if ([lowerWords, stopWords, orgWords].some((list) => list.has(word))) continue;
    const seen = typed.get(n.text);
    // A word read as two types in the article is left as it is.
    if (seen === undefined) typed.set(n.text, n);
    else if (seen && seen.type !== n.type) typed.set(n.text, null);
  }
  const words = [...typed].filter(([, n]) => n).map(([w]) => w);
  if (words.length === 0) return found;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}.'’-])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`,
    'gu',
  );
  const extra: DetectedName[] = [];
  for (const { paragraph, text, language } of paragraphs) {
    if (language !== 'en') continue;
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((n) => n.paragraph === paragraph && n.start < end && start < n.end)) continue;
      // Not a word of a longer capitalised name (`Doboj Serbs` may be; `Golan Heights Israel` is not read).
      if (/^[ \u00A0]\p{Lu}/u.test(text.slice(end)) || /\p{Lu}[\p{L}.]*[ \u00A0]$/u.test(text.slice(0, start)))
        continue;
      if (afterTitle(text, start)) continue;
      const model = typed.get(m[0])!;
      extra.push({ ...model, paragraph, start, end, text: m[0], confidence: 'low' });
    }
  }
  if (extra.length === 0) return found;
  return [...found, ...extra].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
