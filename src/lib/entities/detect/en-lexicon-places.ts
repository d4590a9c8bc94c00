/**
 * The English detector's words about places (lower case): the known countries and cities of the archive's
 * field, places of several words, the compass, the first and last words of places' names, place acronyms
 * and states' abbreviations, and the words and prepositions before a place. The world's gazetteer is in
 * `en-gazetteer.ts`.
 */
import { wordList } from './common.ts';

/** Countries and cities the archive's field speaks of, and common ones. */
export const knownPlaces = new Set([
  'belarus',
  'russia',
  'ukraine',
  'kazakhstan',
  'armenia',
  'kyrgyzstan',
  'uzbekistan',
  'tajikistan',
  'azerbaijan',
  'georgia',
  'moldova',
  'lithuania',
  'latvia',
  'estonia',
  'poland',
  'germany',
  'france',
  'china',
  'india',
  'japan',
  'korea',
  'america',
  'britain',
  'england',
  'europe',
  'asia',
  'africa',
  'turkey',
  'iran',
  'israel',
  'italy',
  'spain',
  'sweden',
  'finland',
  'norway',
  'canada',
  'brazil',
  'mexico',
  'minsk',
  'moscow',
  'kyiv',
  'kiev',
  'almaty',
  'astana',
  'yerevan',
  'bishkek',
  'tashkent',
  'vilnius',
  'riga',
  'warsaw',
  'berlin',
  'paris',
  'london',
  'washington',
  'beijing',
  'tokyo',
  'brest',
  'gomel',
  'grodno',
  'vitebsk',
  'mogilev',
  'homel',
  'hrodna',
  'mahilyow',
  'st',
  'petersburg',
  'siberia',
  'crimea',
  'donbas',
  'serbia',
  'hungary',
  'austria',
  'switzerland',
  'netherlands',
  'belgium',
  'czech',
  'singapore',
  'vietnam',
  'cuba',
  'syria',
  'dubai',
  'emirates',
  'arabia',
  'egypt',
  'new',
  'york',
  'california',
  'texas',
]);

/** Prepositions after which a single capitalised word is a place. */
export const placePrepositions = new Set(['in', 'from', 'to', 'near', 'across', 'throughout']);

/** The world's countries and large cities named in one word, read as places in any sentence. */
export const countries = new Set(
  (
    'afghanistan albania algeria andorra angola argentina australia bahrain bangladesh barbados belize benin ' +
    'bhutan bolivia bosnia botswana brunei bulgaria burundi cambodia cameroon chile colombia congo croatia ' +
    'cyprus denmark djibouti ecuador eritrea ethiopia fiji gabon gambia ghana greece guatemala guyana haiti ' +
    'honduras iceland indonesia iraq ireland jamaica kenya kosovo kuwait laos lebanon liberia libya ' +
    'liechtenstein luxembourg madagascar malawi malaysia maldives malta mauritania mexico mongolia montenegro ' +
    'morocco mozambique myanmar namibia nepal nicaragua nigeria oman pakistan palestine panama paraguay peru ' +
    'philippines portugal qatar romania rwanda senegal slovakia slovenia somalia sudan taiwan tanzania ' +
    'thailand tunisia turkmenistan uganda uruguay venezuela yemen zambia zimbabwe macedonia ' +
    'jakarta seoul bangkok hanoi manila delhi mumbai karachi islamabad kabul tehran baghdad damascus beirut ' +
    'ankara istanbul cairo riyadh doha jerusalem athens rome madrid lisbon vienna prague budapest bucharest ' +
    'sofia belgrade zagreb brussels amsterdam copenhagen stockholm oslo helsinki tallinn dublin geneva zurich ' +
    'frankfurt munich hamburg milan barcelona chicago boston toronto ottawa sydney melbourne shanghai ' +
    'shenzhen tbilisi baku chisinau odesa odessa kharkiv lviv dnipro kaunas gdansk krakow bialystok ' +
    'novosibirsk yekaterinburg kazan sochi vladivostok'
  ).split(' '),
);

/** Places named in more than one word (`South Korea`, `United Arab Emirates`), lower case. */
export const placeNames = new Set([
  'south korea',
  'north korea',
  'united states',
  'united kingdom',
  'united arab emirates',
  'saudi arabia',
  'new zealand',
  'sri lanka',
  'czech republic',
  'south africa',
  'hong kong',
  'new york',
  'los angeles',
  'san francisco',
  'tel aviv',
  'st petersburg',
  'costa rica',
  'el salvador',
  'buenos aires',
  'rio de janeiro',
  'new delhi',
  'abu dhabi',
  'kuala lumpur',
  'latin america',
  'middle east',
  'north america',
  'south america',
  'central asia',
  'eastern europe',
  'western europe',
]);

/** Words of the compass before a known place (`South Sudan`, `Eastern Ukraine`). */
export const compassWords = new Set([
  'south',
  'north',
  'east',
  'west',
  'central',
  'southern',
  'northern',
  'eastern',
  'western',
]);

/** The last word of a place's name (`Silicon Valley`, `Red Sea`, `Tverskaya Street`). */
export const placeWords = new Set([
  'valley',
  'river',
  'mountains',
  'lake',
  'sea',
  'ocean',
  'island',
  'islands',
  'street',
  'avenue',
  'square',
  'bay',
  'gulf',
  'peninsula',
  'region',
  'oblast',
  'district',
  'province',
  'county',
  'strait',
  'desert',
  'course',
  'beach',
  'falls',
  'springs',
  'heights',
  'hills',
  'sound',
  'hospital',
  'bridge',
  'road',
  'highway',
  'expressway',
  'boulevard',
  'airport',
  'stadium',
  'reef',
  'canal',
]);

/** Acronyms of places (lower case, dots dropped): `HK`, `NZ`, `N.Y.`, `N.J.`. */
export const placeAcronyms = new Set(
  wordList('hk nz uae ussr us usa uk gb ny nj nc dc sc wa ca fla la sf prc drc roc'),
);

/**
 * The abbreviations of the states of the USA in news style, written with a dot after a city or a member
 * of Congress (`Oakland, Calif.`, `Beach, N.D.`, `Rep. Christopher Cox, R-Calif.`); lower case, inner
 * dots dropped.
 */
export const stateAbbreviations = new Set(
  wordList(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky md mass mich minn miss mo mont neb nev nh nj nm
  ny nc nd okla ore pa ri sc sd tenn tex vt va wash wis wyo`),
);

/** First words of places' names (`Monte Carlo`, `Port Moresby`, `Lake Placid`, `Cape Town`). */
export const placePrefixes = new Set(
  wordList(
    'port monte mount mt lake cape fort san santa sao saint st little eau bad pulau jalan bukit kampung sungai tanjung gunung',
  ),
);

/** Lower-case words right before a lone capitalised word that make it a place (`town of Bistrita`, `the Ontario-based`). */
export const placeCues = new Set(
  wordList(
    `town towns city cities village villages settlement capital province provinces region regions district districts port island islands state county republic suburb suburbs`,
  ),
);
