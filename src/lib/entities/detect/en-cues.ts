/**
 * Shared helpers of the English reader (`en.ts`): its tokens (`englishTokens`, dotted abbreviations as one
 * word) and the cues around a run of capitalised words that type it as a person, a body or a place.
 */
import { isAllCaps, type Token, tokenize } from '../tokenize.ts';
import { commonAcronyms, countryAcronyms, escapeRegExp } from './common.ts';
import { nameKey } from './name-key.ts';
import type { DetectedName, NameType } from './types.ts';
import {
  agencies,
  countries,
  gazetteerNations,
  gazetteerPlaces,
  honorifics,
  knownOrganizations,
  knownPlaces,
  nationalities,
  placeAcronyms,
  stateAbbreviations,
  termAcronyms,
} from './en-lexicon.ts';

/** Words after a name that make it a company's (`Barrick shares`, `Zenith's stock`, `Petofi unit`). */
export const orgCues =
  /^(?:['’]s)?\s(?:shares?|stocks?|stake|unit|subsidiary|subsidiaries|shareholders|share\sprice|brokerage|consortium|conglomerate)(?![\p{L}\p{N}])/u;

/** A body's word and `called`, `named`, `dubbed` before a name (`a new company, dubbed Internet Startup`). */
export const namedCue =
  /(?<![\p{L}])(?:company|firm|consortium|venture|bank|agency|movement|organisation|organization|alliance|coalition|party|group|newspaper|station|channel)[ \u00A0]*,?[ \u00A0]+(?:called|named|dubbed|known[ \u00A0]+as)[ \u00A0]+$/u;

/**
 * A role held in a company, a club or a team right after a name and before a person's name (`Cofinec CEO
 * Stephen Frater`, `Chelsea defender Frank Leboeuf`, `Springbok scrum-half Joost …`): the name is the
 * body the person works or plays for. Roles that follow a person's surname too (`Clinton spokesman`,
 * `Yeltsin aide`) are left out.
 */
export const roleCue =
  /^[ \u00A0](?:(?:general|chief|managing|executive|central|head|assistant|team|club|reserve|former|new|veteran|star)[ \u00A0])?(?:chairman|chairwoman|ceo|president|director|manager|coach|captain|skipper|striker|midfielder|defender|goalkeeper|keeper|forward|winger|hooker|scrum-half|fly-half|lock|prop|flanker|fullback|full-back|batsman|bowler|spinner|all-rounder|wicketkeeper|pitcher|reliever|shortstop|outfielder|infielder|catcher|player|mate|analyst|economist|strategist|trader|executive|official|boss|owner|editor|correspondent|reporter)[ \u00A0]+\p{Lu}\p{Ll}/u;

/**
 * Lower-case nouns after a guessed name that show it names a place (`Tanjung Priok port`, `Pembroke Pines
 * police`) or a body (`Mujahideen Khalq statement`, `Towers Perrin principal`), not a person.
 */
export const placeHeads = new Set(
  'port region palace mosque airport area province district village town city river valley camp camps police suburb county harbour harbor border'.split(
    ' ',
  ),
);
/** Lower-case nouns after a person's name that make it the name of a place (`Ben Gurion airport`). */
export const namedAfter = new Set('airport hospital stadium street avenue square bridge airbase'.split(' '));
export const bodyHeads = new Set(
  'statement newsletter player players principal workers fans officials board management shareholders unit plant mine factory movement guerrillas rebels group division subsidiary brokerage newspaper daily magazine coalition forces troops members spokesman spokeswoman chairman executives employees staff'.split(
    ' ',
  ),
);

/**
 * An apposition that calls the name a company or another body (`Comelf, the Romanian engineering group,`,
 * `Mentmore Abbey, the UK stationery and housewares business`, `Zenith, a Dutch maker of …`).
 */
export const appositiveOrg =
  /^,[ \u00A0]+(?:a|an|the|its)[ \u00A0]+(?:[\p{L}\p{N}'’.&-]+[ \u00A0]+){0,5}?(?:company|companies|firm|group|maker|makers|producer|bank|carrier|airline|manufacturer|retailer|insurer|chain|operator|newspaper|daily|weekly|agency|consortium|distributor|conglomerate|subsidiary|utility|brokerage|exporter|importer|supplier|developer|publisher|business|concern|corporation|holding|monopoly|refiner|partnership|association|organisation|organization|movement|party|club|side)(?=[ \u00A0]*[,.;:)]|[ \u00A0]+(?:of|in|which|that|based|whose|with|for)[ \u00A0])/u;

/**
 * A verb of saying and `its` after a name (`Atria said in its interim report`, `Best said its sales`): a
 * company or a body speaks of its own, a person would say `his` or `her`.
 */
export const itsCue =
  /^[ \u00A0]+(?:said|says|reported|reports|announced|added)[ \u00A0]+(?:(?:on|late|earlier|today|yesterday|\p{Ll}+day|in|that)[ \u00A0]+)*its[ \u00A0]/u;

/**
 * A share's move after a name (`Apex Tannery lost 22.72 to 597`, `Elf fell 1.7 percent to 395.0`,
 * `Hammerson was 8p higher at 390`): a listed company.
 */
export const marketCue =
  /^[ \u00A0]+(?:(?:rose|fell|gained|lost|dropped|slipped|climbed|eased|firmed|jumped|shed|added|slid|rallied|tumbled|was|were|ended|closed)[ \u00A0]+(?:up[ \u00A0]+|down[ \u00A0]+)?[\d.,/ -]+[ \u00A0]*(?:percent|pct|cents|pence|p|points|higher|lower)?[ \u00A0]*(?:to|at)[ \u00A0]+[$\d])/u;

/**
 * Someone's work before a name (`an analyst at Paribas`, `economist with ING Barings`, `founding engineers
 * at Internet Startup`): the name is the employer. `for` only after trades that serve a firm, not a
 * person (`spokesman for Yeltsin`).
 */
export const employerCue =
  /(?<![\p{L}])(?:(?:analysts?|economists?|strategists?|dealers?|traders?|brokers?|engineers?|researchers?|employees?|workers?|partners?)[ \u00A0]+(?:at|with|for)|(?:spokes(?:man|woman)|executives?|directors?|chairman|officials?|founder|managers?|chief)[ \u00A0]+(?:at|with))[ \u00A0]+(?:the[ \u00A0]+)?$/u;

/** A player's or a club's role after `the` and a lone word (`the Ajax defender`): the word is the club. */
export const sportsRole =
  /^[ \u00A0]+(?:striker|defender|midfielder|goalkeeper|keeper|winger|forward|full-back|fullback|playmaker|coach|manager|skipper|fans|supporters)(?![\p{L}])/u;

/** The last word of a club's name (`Manchester United`, `Bristol Rovers`, `Tottenham Hotspur`). */
export const clubEnds = new Set(['united', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'argyle']);

/** Titles of newspapers written `The …` (`The Times`, `The Sun`, `The Independent`). */
export const newspaperWords = new Set(
  'times sun guardian independent observer telegraph economist post herald tribune journal mirror express star globe nation lancet standard mail age scotsman hindu'.split(
    ' ',
  ),
);

/** A word after `House` that makes it the chamber (`House Speaker`, `House Republicans`). */
export const houseCue =
  /^(?:speaker|republicans?|democrats?|leaders?|majority|minority|members?|passed|approved|voted)$/u;

/** A company's results after its name (`… year net`, `… interim profit`, `… Q2 earnings`). */
export const resultsCue =
  /^[ \u00A0]+(?:(?:year|interim|half|half-year|first-half|six-month|nine-month|full-year|annual|quarterly|Q[1-4]|H[12]|(?:19|20)\d\d(?:\/\d\d)?)[ \u00A0]+)?(?:net|pre-tax|pretax|profit|profits|earnings|revenues?|turnover|dividend)(?![\p{L}])/u;

/** A nation's adjective the lists do not hold (`nicaraguan`, `kenyan`, `italian`), lower case. */
export const nationAdjective = (word: string) =>
  gazetteerNations.has(`${word}s`) ||
  (/(?:an|ian)$/u.test(word) &&
    [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -2)}a`, `${word.slice(0, -3)}y`].some((w) =>
      gazetteerNations.has(w),
    ));

/** A country's adjective in two words (`Sri Lankan`, `Costa Ricans`, `Sierra Leonean`, `New Zealander`). */
export const demonymOf =
  /^(?:sri|costa|puerto|sierra|new|el|south|north|saudi|papua|burkina|ivory)\s\p{L}+(?:ans?|eans?|ers?|ese)$/u;

/** Words after a name that make it a newspaper or an outlet (`Liberte newspaper`, `Zycie Warszawy daily`). */
export const mediaCues =
  /^\s(?:newspapers?|daily|weekly|magazine|news\sagency|agency|radio|television|tv)(?![\p{L}\p{N}])/u;

/** A word for a people, a faith or a party's followers, in the singular or plural (`Bosnian`, `Bosnians`). */
export const isNationality = (word: string) => nationalities.has(word) || nationalities.has(word.replace(/s$/u, ''));

/** Months and their abbreviations (lower case), never the end of a name. */
export const months = new Set(
  'january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Dotted initials (`P.W`, `K.T`; the last dot outside), not an acronym the lists know (`U.S`, `U.N`). */
export const dottedInitials = (word: string) =>
  /^\p{Lu}(?:\.\p{Lu}){1,2}$/u.test(word) &&
  !placeAcronyms.has(word.replaceAll('.', '').toLowerCase()) &&
  !countryAcronyms.has(word.replaceAll('.', '')) &&
  !knownOrganizations.has(word.toLowerCase()) &&
  !knownOrganizations.has(word.replaceAll('.', '').toLowerCase());

/** Lower-case words after a hyphen that make a compound word, not a part of a name (`London-based`). */
export const compoundWords = new Set(
  'based born led era like run owned backed bound style type made wide made held bred area'.split(' '),
);

/**
 * A word with a capital inside (`KeyCorp`, `BankWatch`, `CompuServe`) is a company's name; not a surname's
 * prefix (`McDonald`, `MacLeod`, `DeFreitas`, `LaFontaine`, `VanDyke`).
 */
export const camelCase = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;

/** A word of six letters or more with an adjective's ending (`revolutionary`, `volcanic`, `sexual`, `progressive`). */
export const adjectival = /^(?=\p{Ll}{6,}$)\p{Ll}+(?:ical|ary|ic|ive|ous|al)$/u;

/** A lower-case noun of a place after a lone name (`the Afula bus station`, `the Kosevo stadium`, `Zadar police`). */
export const placeNounAfter =
  /^[ \u00A0]+(?:(?:bus|railway|train|police|border)[ \u00A0]+)?(?:station|stadium|mosque|cathedral|prison|sanatorium|mountains|checkpoint|province|district|region|valley|harbour|harbor|suburb|airport|airbase|police|hinterland)(?![\p{L}])/u;

/**
 * Is a known place or a state written after a comma right at the start of `after` (`, Scotland`, `,
 * Jiangsu province`, `, Ark.`)? The name before it is a town of that place.
 */
export function placeBefore(after: string): boolean {
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
export const sentenceVerb =
  /^[ \u00A0]+(?:(?:first|also|then|later|never|still)[ \u00A0]+)?(?:was|is|has|had|will|would|did|does|could|can|said|says|told|made|\p{Ll}{2,}ed)(?![\p{L}])/u;

/** A tournament's name after a place (`U.S. Open`, `U.S. Amateur Championship`, `Kenya Masters`). */
export const eventAfter =
  /^\.?[ \u00A0]+(?:\p{Lu}\p{Ll}+[ \u00A0]+)?(?:Open|Opens|Amateur|Championships?|Masters|Classic|Cup|Games|Olympics)(?![\p{L}\p{N}])/u;

/** Words for a ship before its name (`the ferry Trident Seven`, `aircraft carrier Carl Vinson`): no person. */
export const vesselWords = new Set(
  'ferry ship vessel tanker freighter submarine destroyer frigate cruiser yacht liner trawler warship'.split(' '),
);

/** Securities a company issues (`shares of …`, `stock of …`). */
export const securities = /^(?:shares|stocks?|stake|bonds|receipts)$/u;

/** A one-word company's name by its ending (`Promsvyazbank`, `Belarusbank`, `Gazprom`, `Rostelecom`). */
export const companySuffix = /^\p{Lu}\p{Ll}{2,}(?:bank|prom|telecom|neft|soft)$/u;

/** A body the lists know, or an acronym that is no place's, term's or common word's (`EU`, `NATO`, `RBI`). */
export function bodyAcronym(word: string): boolean {
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
export function englishTokens(text: string): Token[] {
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

/** Does a title stand right before offset `at` (`Mr. Merrill`, `Dr Quillon`)? The name there is a person's. */
export const afterTitle = (text: string, at: number) => {
  const title = /(\p{L}+)\.?[ \u00A0]+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
  return title !== undefined && honorifics.has(title.toLowerCase());
};

/** Where one of a list of words stands in an article's English paragraphs ({@link englishOccurrences}). */
export interface Occurrence {
  paragraph: number;
  text: string;
  start: number;
  end: number;
  word: string;
}

/**
 * Every place one of `words` is written in the English paragraphs, paragraph by paragraph: a word counts where no
 * character of the class `before` stands right before it and none of `after` right after it (both default to
 * letters and digits: whole words). At one place the first of `words` that fits wins, so the caller orders them.
 */
export function* englishOccurrences(
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: string }>,
  words: readonly string[],
  { before = '\\p{L}\\p{N}', after = '\\p{L}\\p{N}' }: { before?: string; after?: string } = {},
): Generator<Occurrence> {
  const pattern = new RegExp(`(?<![${before}])(?:${words.map(escapeRegExp).join('|')})(?![${after}])`, 'gu');
  for (const { paragraph, text, language } of paragraphs) {
    if (language !== 'en') continue;
    for (const m of text.matchAll(pattern))
      yield { paragraph, text, start: m.index, end: m.index + m[0].length, word: m[0] };
  }
}

/** An English name as written (its normal form is its text) at `start` of paragraph `paragraph`. */
export function writtenName(
  type: NameType,
  paragraph: number,
  start: number,
  text: string,
  confidence: DetectedName['confidence'],
): DetectedName {
  return {
    type,
    paragraph,
    start,
    end: start + text.length,
    text,
    normal: text,
    key: nameKey(text),
    language: 'en',
    confidence,
  };
}
