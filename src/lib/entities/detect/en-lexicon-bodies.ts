/**
 * The English detector's words about organizations (lower case): the head words of bodies' names, legal
 * forms and company words that end a firm's name, news agencies, the words before a company's name,
 * legislatures, seats of power, schools' heads and the bodies the lists know by name. `en.ts` and the
 * steps after it read them to tell an organization's name.
 */
import { wordList } from './common.ts';

/** Words that make a capitalised run an organization's name (`Ministry of …`, `… Bank`, `… Inc`, `OAO …`). */
export const orgWords = new Set([
  'ministry',
  'government',
  'council',
  'union',
  'committee',
  'commission',
  'agency',
  'bank',
  'party',
  'university',
  'institute',
  'association',
  'organization',
  'organisation',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'llc',
  'plc',
  'company',
  'group',
  'park',
  'fund',
  'foundation',
  'parliament',
  'assembly',
  'court',
  'service',
  'department',
  'office',
  'centre',
  'center',
  'academy',
  'authority',
  'bureau',
  'federation',
  'kremlin',
  'duma',
  'senate',
  'congress',
  'cabinet',
  'club',
  'times',
  'post',
  'news',
  'press',
  'agency',
  'technologies',
  'systems',
  'labs',
  'holding',
  'holdings',
  'media',
  'network',
  'alliance',
  'league',
  'nations',
  'board',
  'administration',
  'house',
  'school',
  'college',
  'exchange',
  'tv',
  'channel',
  'radio',
  'factory',
  'plant',
  'airlines',
  'motors',
  'council',
  'mill',
  'works',
  'daily',
  'telegraph',
  'herald',
  'tribune',
  'journal',
  'gazette',
  'chronicle',
  'mirror',
  'observer',
  'express',
  'force',
  'forces',
  'army',
  'navy',
  'police',
  'front',
  'movement',
  'community',
  'oao',
  'ojsc',
  'jsc',
  'pjsc',
  'cjsc',
  'zao',
  'ooo',
  'tbk',
  'gmbh',
  'ag',
  'institution',
  'museum',
  'opera',
  'orchestra',
]);

/** News agencies and outlets named in one word: organizations wherever they stand (`(Reuters)`, `BelTA reports`). */
export const agencies = new Set([
  'reuters',
  'belta',
  'tass',
  'interfax',
  'ria',
  'xinhua',
  'bloomberg',
  'afp',
  'yonhap',
  'kyodo',
  'unian',
  'ukrinform',
  'dpa',
  'ansa',
  'efe',
  'bbc',
  'cnn',
  'euronews',
  'belapan',
  'euroradio',
]);

/** Lower-case words right before a capitalised name that make it a company's (`pawnshop chain Pegadaian`). */
export const companyDescriptors = new Set([
  'firm',
  'company',
  'chain',
  'lender',
  'insurer',
  'carrier',
  'airline',
  'maker',
  'manufacturer',
  'producer',
  'retailer',
  'developer',
  'startup',
  'conglomerate',
  'distributor',
  'brokers',
  'brokerage',
  'exporter',
  'importer',
  'refiner',
  'utility',
  'giant',
  'operator',
  'broadcaster',
  'newspaper',
  'daily',
  'outlet',
  'regulator',
  'subsidiary',
  'supplier',
  'miner',
  'automaker',
  'carmaker',
  'publisher',
  'bank',
  'group',
  'agency',
  'party',
  'club',
  'team',
  'side',
  'magazine',
  'weekly',
  'consortium',
  'analysts',
  'sponsor',
  'concern',
  'firms',
  'companies',
  'retailers',
  'lenders',
  'insurers',
  'carriers',
  'airlines',
  'banks',
  'makers',
  'producers',
]);

/** Legal forms and company words that end a company's name (`Cofinec SA`, `Magna International Inc`). */
export const companyEnds = new Set(
  wordList(`
inc corp co ltd plc llc bros fc afc ag sa nv bv spa ab asa oyj gmbh kg pte bhd tbk lp llp corporation company
sdn
incorporated limited holdings holding group airlines airways bancorp bancshares securities industries
enterprises partners investments petroleum resources pharmaceuticals communications telecom electric
electronics motors foods chemicals insurance brothers stores entertainment technologies systems pictures
studios broadcasting publishing shipping mining steel cement textiles development developments laboratories
minerals metals assurance aviation research properties realty trading logistics energy power pharmaceutical
biotech software semiconductor engineering construction consulting
`),
);

/**
 * Head words of a school's or a museum's name whose first word is its short name (`Yale Law School` … `Yale`,
 * `Smithsonian Institution` … `the Smithsonian`).
 */
export const schoolHeads = new Set(wordList('university college school institution institute museum'));

/** A country's legislature named by its head word alone: a body's own name (`the Senate`, `the Duma`). */
export const legislatures = new Set(
  wordList('senate congress duma knesset bundestag sejm rada majlis house parliament'),
);

/** Seats of power named for their power (`the Kremlin said`) and for the building (`in the Kremlin`). */
export const seats = new Set(wordList('kremlin white_house pentagon downing_street elysee'));

/** Legal forms: the last word of a company's name, never followed by more of it. */
export const legalForms = new Set(
  wordList('inc corp co ltd plc llc ag sa nv bv spa ab asa oyj gmbh kg pte bhd tbk lp llp bros'),
);

/**
 * Organizations a news text names in one word or an acronym without a cue (lower case): bodies of the
 * world and the largest companies. About 170 entries.
 */
export const knownOrganizations = new Set(
  wordList(`
un u.n nato eu e.u opec imf wto who unesco unicef unhcr osce asean apec oecd interpol fifa uefa iaea
ioc icc cia fbi nsa kgb fsb pentagon nasa esa mi5 mi6 hamas hezbollah fatah plo ira eta taliban al-qaeda
greenpeace amnesty red_cross world_bank pan_am itar_tass fed federal_reserve bundesbank ecb nasdaq nymex comex liffe
microsoft apple google ibm intel oracle cisco facebook meta twitter yahoo netflix samsung sony
toyota honda nissan ford chrysler boeing airbus lufthansa ryanair aeroflot gazprom rosneft lukoil
sberbank exxon mobil shell chevron texaco caltex bp eni statoil siemens bosch volkswagen bmw
daimler mercedes fiat renault peugeot nestle unilever philips nokia ericsson motorola huawei alibaba
tencent baidu walmart coca-cola pepsico mcdonald's disney reuters bloomberg xinhua tass interfax itar-tass
ap afp upi cnn bbc cnbc nbc cbs abc ntv rtr pravda izvestia kommersant vedomosti gosplan gosbank
khmer_rouge red_crescent commonwealth hizbollah hizballah treasury el_al philip_morris eli_lilly procter_&_gamble johnson_&_johnson labour tories likud bjp anc kmt sinn_fein amnesty_international lloyd's barclays hsbc citibank citicorp citigroup jpmorgan goldman_sachs merrill_lynch morgan_stanley
deutsche_bank ubs credit_suisse nomura mitsubishi hitachi toshiba fujitsu panasonic daewoo hyundai lg
`),
);

/** Articles of other languages opening a two-word name: a newspaper or a club (`Der Spiegel`, `Le Matin`). */
export const foreignArticles = new Set(['der', 'die', 'das', 'le', 'la', 'les', 'el', 'il', 'lo', 'o', 'os']);
