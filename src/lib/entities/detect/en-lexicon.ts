/**
 * The English detector's word lists (lower case): titles, words of organizations and places, the known
 * countries and cities, words that are never names alone. Rules in `en.ts` read them; a new kind of
 * body or a new country is a line here, not a new rule.
 */
/** Titles and honorifics before a person's name (`President Lukashenko`, `Mr Putin`). */
export const honorifics = new Set([
  'mr',
  'mrs',
  'datuk',
  'dato',
  'ms',
  'miss',
  'dr',
  'sir',
  'president',
  'minister',
  'premier',
  'chancellor',
  'senator',
  'governor',
  'mayor',
  'ambassador',
  'chairman',
  'chairwoman',
  'director',
  'secretary',
  'king',
  'queen',
  'prince',
  'princess',
  'duke',
  'duchess',
  'general',
  'professor',
  'prof',
  'ceo',
  'deputy',
  'spokesman',
  'spokeswoman',
  'judge',
  'commissioner',
  'lord',
  'lady',
  'pope',
  'patriarch',
  'rep',
  'sen',
  'gov',
  'assistant',
  'vice',
  'prime',
  'chief',
  'acting',
  'coach',
  'captain',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'manager',
  'leader',
  'colonel',
  'lieutenant',
  'sergeant',
  'major',
  'cardinal',
  'bishop',
  'archbishop',
  'rabbi',
  'sheikh',
  'ayatollah',
  'emperor',
  'dame',
  'justice',
  'speaker',
  'envoy',
  'lt',
  'col',
  'gen',
  'sgt',
  'capt',
  'maj',
  'adm',
  'fr',
  'rev',
  'analyst',
  'economist',
  'correspondent',
  'reporter',
  'editor',
  'writer',
  'author',
  'actor',
  'actress',
  'singer',
  'producer',
  'pitcher',
  'reliever',
  'starter',
  'batsman',
  'bowler',
  'spinner',
  'winger',
  'champion',
  'seed',
  'aide',
  'adviser',
  'advisor',
  'lawyer',
  'attorney',
  'prosecutor',
  'businessman',
  'businesswoman',
  'tycoon',
  'dissident',
  'activist',
  'candidate',
  'challenger',
  'compatriot',
  'teammate',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
  'father',
  'mother',
  'widow',
  'owner',
  'trainer',
  'jockey',
  'rider',
  'driver',
  'skipper',
]);

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

/** The particles of a personal name (`Aravinda de Silva`, `Joost van der Westhuizen`): they always join. */
export const particles = new Set([
  'de',
  'von',
  'van',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'dos',
  'al',
  'bin',
  'ibn',
  'el',
]);
/** Small words inside a name (`Ministry of Foreign Affairs`): the particles and `of`, `the`, `and`, `for`. */
export const connectors = new Set(['of', 'the', 'and', 'for', ...particles]);
/** Prepositions after which a single capitalised word is a place. */
export const placePrepositions = new Set(['in', 'from', 'to', 'near', 'across', 'throughout']);

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

/** Adjectives of place and nationality: not names alone, but part of `Soviet Union`, `European Commission`. */
export const demonyms =
  /^(?:western|eastern|northern|southern|russian|belarusian|english|european|american|chinese|soviet|ukrainian|german|french|british|polish|\p{L}+(?:ians?|ans|ese|ish))$/iu;

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

/** Splits a space-separated list; `_` stands for a space inside an entry (`new_york`). */
const list = (words: string) =>
  words
    .trim()
    .split(/\s+/u)
    .map((w) => w.replaceAll('_', ' '));

/**
 * The world's places a news text names without a cue (lower case; `_` for a space): every country,
 * states, provinces and regions, continents, seas and rivers. About 300 entries.
 */
export const gazetteerNations = new Set(
  list(`
afghanistan albania algeria andorra angola antigua argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia bosnia_and_herzegovina herzegovina
botswana brazil brunei bulgaria burkina_faso burundi cambodia cameroon canada cape_verde chad chile china
colombia comoros congo croatia cuba cyprus czech_republic czechoslovakia denmark djibouti dominica
dominican_republic ecuador egypt el_salvador equatorial_guinea eritrea estonia eswatini ethiopia fiji
finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guinea-bissau guyana haiti
honduras hungary iceland india indonesia iran iraq ireland israel italy ivory_coast jamaica japan jordan
kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg macedonia madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
netherlands holland new_zealand nicaragua niger nigeria north_korea norway oman pakistan palau palestine panama
papua_new_guinea paraguay peru philippines poland portugal qatar romania russia rwanda samoa san_marino
saudi_arabia senegal serbia seychelles sierra_leone singapore slovakia slovenia somalia south_africa
south_korea south_sudan spain sri_lanka sudan suriname swaziland sweden switzerland syria taiwan tajikistan
tanzania thailand togo tonga trinidad tobago tunisia turkey turkmenistan tuvalu uganda ukraine
united_arab_emirates united_kingdom united_states russian_federation uruguay uzbekistan vanuatu vatican venezuela vietnam yemen
yugoslavia zaire zambia zimbabwe soviet_union ussr britain great_britain england scotland wales
northern_ireland ulster america korea greenland puerto_rico hong_kong macau gibraltar bermuda tibet
chechnya kashmir kurdistan dagestan ingushetia tatarstan bashkortostan siberia crimea donbas transnistria
abkhazia ossetia nagorno-karabakh karabakh gaza west_bank golan golan_heights sinai kurdistan punjab bengal
catalonia basque andalusia bavaria saxony flanders wallonia corsica sicily sardinia tuscany lombardy
ontario quebec alberta manitoba saskatchewan nova_scotia newfoundland queensland tasmania
europe asia africa antarctica australasia oceania latin_america north_america south_america
central_america middle_east far_east balkans caucasus scandinavia baltics arctic sahara
heathrow gatwick stansted midwest mediterranean atlantic pacific baltic_sea black_sea caspian_sea red_sea dead_sea north_sea persian_gulf
the_gulf indian_ocean caribbean danube rhine volga nile thames yangtze mekong amazon
`),
);

/**
 * Capitals, cities, the states of the US and English counties (lower case; `_` for a space): also the
 * names of sports clubs (`index.ts`). About 570 entries.
 */
export const gazetteerCities = new Set(
  list(`
kabul tirana algiers luanda buenos_aires yerevan canberra vienna baku nassau manama dhaka minsk brussels
porto-novo thimphu la_paz sarajevo gaborone brasilia sofia ouagadougou bujumbura phnom_penh yaounde ottawa
bangui n'djamena santiago beijing peking bogota kinshasa brazzaville zagreb havana nicosia prague copenhagen
djibouti quito cairo san_salvador asmara tallinn addis_ababa suva helsinki paris libreville banjul tbilisi
berlin bonn accra athens guatemala_city conakry georgetown port-au-prince tegucigalpa budapest reykjavik
new_delhi delhi jakarta tehran baghdad dublin jerusalem tel_aviv rome kingston tokyo amman astana almaty
nairobi pristina kuwait_city bishkek vientiane riga beirut maseru monrovia tripoli vaduz vilnius luxembourg
skopje antananarivo lilongwe kuala_lumpur male bamako valletta nouakchott port_louis mexico_city chisinau
ulan_bator ulaanbaatar podgorica rabat maputo rangoon yangon naypyidaw windhoek kathmandu amsterdam
the_hague wellington managua niamey abuja lagos pyongyang oslo muscat islamabad panama_city asuncion lima
manila warsaw lisbon doha bucharest moscow kigali riyadh dakar belgrade freetown singapore bratislava
ljubljana mogadishu pretoria johannesburg cape_town durban seoul juba madrid colombo khartoum paramaribo
stockholm bern geneva zurich damascus taipei dushanbe dar_es_salaam dodoma bangkok lome tunis ankara
istanbul ashgabat kampala kiev kyiv abu_dhabi dubai london washington montevideo tashkent caracas hanoi
ho_chi_minh_city saigon sanaa lusaka harare
new_york los_angeles chicago houston philadelphia phoenix san_antonio san_diego dallas san_jose austin
detroit boston seattle denver atlanta miami san_francisco baltimore cleveland pittsburgh st_louis
cincinnati milwaukee minneapolis new_orleans las_vegas kansas_city nashville memphis portland oakland
sacramento indianapolis columbus charlotte orlando tampa honolulu anchorage salt_lake_city buffalo
toronto montreal vancouver calgary edmonton winnipeg quebec
rio_de_janeiro sao_paulo salvador recife porto_alegre belo_horizonte cordoba rosario medellin cali
guadalajara monterrey tijuana valparaiso
birmingham manchester liverpool leeds glasgow edinburgh cardiff belfast bristol sheffield newcastle
nottingham leicester southampton oxford cambridge
hamburg munich frankfurt cologne stuttgart dusseldorf dresden leipzig hanover bremen
marseille lyon toulouse nice strasbourg bordeaux lille nantes
milan naples turin genoa florence venice bologna palermo barcelona valencia seville bilbao malaga
porto rotterdam antwerp the_hague gothenburg bergen krakow gdansk wroclaw poznan lodz
thessaloniki st_petersburg saint_petersburg leningrad novosibirsk yekaterinburg nizhny_novgorod kazan
samara omsk rostov volgograd vladivostok murmansk grozny sochi kaliningrad odessa odesa kharkiv kharkov
lviv dnipro donetsk luhansk sevastopol gomel brest grodno vitebsk mogilev homel hrodna
shanghai guangzhou shenzhen tianjin chongqing wuhan chengdu nanjing xian harbin dalian hangzhou lhasa
osaka kyoto yokohama nagoya kobe hiroshima sapporo fukuoka busan pusan incheon
mumbai bombay kolkata calcutta chennai madras bangalore hyderabad ahmedabad karachi lahore peshawar
quetta rawalpindi chittagong kandahar herat mazar-i-sharif
basra mosul kirkuk arbil erbil tikrit fallujah aleppo homs gaza_city hebron nablus ramallah jericho
bethlehem haifa eilat alexandria giza aswan luxor jeddah mecca medina isfahan mashhad tabriz izmir
antalya adana diyarbakir
casablanca marrakesh fez oran benghazi mombasa kano ibadan kinshasa lubumbashi goma kisangani soweto
sydney melbourne brisbane perth adelaide auckland christchurch
surabaya bandung medan bali java sumatra borneo timor cebu davao penang
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada new_hampshire new_jersey new_mexico north_carolina north_dakota ohio
oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont
virginia west_virginia wisconsin wyoming

dortmund rostock bochum gelsenkirchen bremen kaiserslautern freiburg karlsruhe mannheim nuremberg
arnhem eindhoven utrecht groningen heerenveen liege bruges ghent charleroi lens auxerre metz monaco
rennes montpellier guingamp cannes bastia caen le_havre saint-etienne turin genoa parma bergamo udine
piacenza cagliari verona lecce bari vicenza brescia cremona salzburg graz innsbruck linz basel lausanne
lucerne aberdeen dundee kilmarnock motherwell swansea sunderland middlesbrough derby coventry bolton
blackburn wolverhampton ipswich norwich portsmouth reading stockport oldham bradford huddersfield
yorkshire lancashire surrey essex kent sussex middlesex hampshire gloucestershire warwickshire
worcestershire leicestershire nottinghamshire derbyshire northamptonshire somerset glamorgan durham
`),
);

/** Every place of the two lists above. */
export const gazetteerPlaces = new Set([...gazetteerNations, ...gazetteerCities]);

/**
 * Common given names of many languages (lower case): a capitalised run that opens with one is a
 * person's name (`Kirill Zalessky`, `Nadim Ladki`). About 860 entries.
 */
export const givenNames = new Set(
  list(`
aaron abdul abdullah abraham adam adrian ahmad ahmed aidan alan alastair albert alberto alex alexander
alexandre alexei alexey alfred alfredo ali alice alicia alison allan allen amanda amy ana anatoly andre
andrea andreas andrei andrew andrey andy angela angelo ann anna anne annie anthony antoine anton antonio
arnold arthur ashley audrey barbara barry ben benjamin bernard bernd betty bill billy bob bobby boris
brad bradley brandon brenda brendan brian bruce bruno bryan carl carla carlos carmen carol caroline
catherine charles charlie chris christian christina christine christopher claire claude claudia colin
craig cynthia dale damien dan daniel daniela danny darren dave david dean deborah denis dennis derek
diana diane dick didier diego dieter dimitri dmitri dmitry dominic don donald doug douglas duncan dwight
earl ed eddie edgar eduardo edward elena eli elizabeth ellen emil emily emma enrique eric erik ernest
ernst eugene evgeny fabio faisal felipe felix fernando fidel francesco francis francisco franco frank
franz fred frederick gary gavin gennady geoff geoffrey george gerald gerard gerhard giovanni giuseppe
glen glenn gordon graham greg gregory guido gunter guy hamid hans harold harry hassan heinz helen helmut
henri henry herbert hideo hillary howard hugh hugo hussein ian igor ibrahim isaac ivan jack jacques
james jamie jan jane janet jason javier jay jean jeff jeffrey jennifer jeremy jerry jesse jim jimmy joan
joe joel johan johann john johnny jon jonathan jorge jose josef joseph juan judith julia julian julie
jurgen justin karen karl kate katherine kathleen keith kelly ken kenneth kevin khalid kim kirill klaus
kurt larry laura laurent lee leon leonid leslie lewis linda lisa louis luc lucas luigi luis lynn
mahmoud manuel marc marcel marco margaret maria marie mario mark martin mary massimo matt matthew
maurice max maxim michael michel michelle miguel mike mikhail mohamed mohammad mohammed monica muhammad
mustafa nancy natalia nathan neil nelson nicholas nick nicolas nikolai nikolay nina noel norman oleg
oliver olga omar oscar otto pablo pamela paolo pascal patricia patrick paul paula pavel pedro peter
petr phil philip philippe pierre rachel rafael ralph ramon randy raul ray raymond rebecca richard rick
robert roberto robin rodney roger roland ronald ronnie rose ross roy ruth ryan said salim salman sam
samuel sandra sara sarah scott sean sebastian serge sergei sergey shane sharon shaun shawn sheila
simon stefan stephane stephanie stephen steve steven stuart susan sylvia tatiana ted teresa terry thomas
tim timothy tom tommy tony tracy ulrich valentin valery vasily victor viktor vincent vitaly vladimir
walter wayne werner william willie wolfgang yasser yuri yury zoran
abu akbar aleksandr alexandra ahmet aldo alejandro alexis amir anders andres angel ariel arturo aslan
benazir benito benny bertrand boutros carsten cesar chen chris christophe clive cristina daniele dario
dave deng denise dmitriy dirk dorothy edmund eduard elias emilio enzo erich ernesto esther ewa fatima
federico filip florian francois frederic friedrich gabriel gaston gerry gianni gilbert giorgio gustavo
hafez hakan hashim heinrich helga henrik hiroshi horst hosni ignacio ilya imran ingrid irina isabel
ismail jacob jaime janos jaroslav javad jens jerzy jiang joachim jochen jonas jordi jorg josip jozef
juergen jukka kamal karim kazuo kemal kenji kofi koji krzysztof lars lech leszek li liu lorenzo lothar
ludwig lyudmila magnus mahathir makoto malcolm manfred marek marina marius markus martina masahiro
mats matthias mehmet mikael milan milos mircea miroslav mitsuo moshe nabil naoto nasser natasha nawaz
necmettin nikita nils nursultan oksana olaf ole patrice per petra pieter piotr rainer ramzan rashid
reza ricardo rolf rudolf rui rustam saddam sadiq salvatore sandro satoshi sergio shimon shinji silvio
slobodan stanislav stanislaw stefano sven svetlana takeshi tadeusz tariq thabo theo thierry tomas
toshiaki ulf umberto uwe vaclav valentina vasile viktoria vittorio vojislav volker wang wim wojciech
xavier yaroslav yevgeny yitzhak yoshiro yusuf zbigniew zhang zhu ziad
adriana agnieszka ahmad aleksander alessandro alexei alfonso alvaro amr andrzej angelika anil anwar
arjun armando arnaud asif augusto aziz bashir bertie bjorn blake bogdan boutros brett brooke bruno
carlo carlos cedric cesare chad chandra chester chuck clark claudio clint cody conrad corey cristiano
curtis dai damon daryl davor dean deepak dennis desmond dimitar dino djamel dominique dusan dwayne
edwin eldar elias elie emmanuel ender erwin esteban ethan evan fabrice farid fausto felix ferenc
fernanda florin francesca gareth gaurav geert gheorghe gianluca gianluigi gilles giuliano glenn goran
grant gunnar gustav hakim hal hamza hannah hector heidi helmut hernan hideki hiroshi hristo hubert
hussain hyun ibrahim ignacio imre ion ioan ismail istvan ivo jacek jakob jamal janet jaroslaw jasper
javed jayson jerome jesus jiri joaquin joe jonah jorge jose josh juha julio jurgen kamel kareem karin
kasper kazimierz keiko kemal kirk klaus kostas kristian kumar lamine lance laszlo lazar leif leo
leroy lindsay lionel lorenzo lorraine louise lubomir luciano ludmila luka madeleine mahmoud mamadou
manoj marat marcelo marcin marco mariano marian marius marko marlon martha marvin matteo maurizio mehdi
mihai mikhail milos mirko mohsen moussa murat nadia nadim naveed nelson nenad neville nigel nikola
nils nobuo norbert nuno olivier omar oscar pal paulo pavel pedro petar petr pierluigi piet pieter
prakash preston rafael rahul rainer rajesh ramesh ramiro randall raphael reggie renato rene ricardo
rob roberta rocco rodrigo rohan roman ronaldo rory ruben rudi rustam ryszard sabine saeed sami
sandor sanjay santiago sasha saul sergio shahid shane shaun sheikh sherif shinzo silvia slavko sofia
soren stan stanley stefano steffen sunil suresh sylvain takashi tamas tarek terence thabo thanh thiago
tiger todd tomasz torsten travis trevor tyler valery vaughan vernon vicente vijay vitaly vladislav
wade warren wesley wilfried willem xavier yannick yasuo yevgeni yoshi yousef yuri zdenek zoltan
`),
);

/** Nationalities, peoples and faiths (lower case): words of MISC, never a person, organization or place alone. */
export const nationalities = new Set(
  list(`
afghan african afrikaner afrikaners albanian algerian american americans arab arabs arabic argentine
armenian asian australian austrian azeri azerbaijani baltic basque belarusian belgian bosnian brazilian
briton britons british bulgarian burmese canadian catholic catholics chechen chinese christian christians
colombian communist communists croat croats croatian cuban cypriot czech danish dutch egyptian english
estonian ethiopian european europeans filipino finnish french georgian german germans greek haitian hindu
hindus hispanic hungarian hutu hutus icelandic indian indonesian iranian iraqi iraqis irish islamic
israeli israelis italian jamaican japanese jewish jews jordanian kazakh kenyan korean kurd kurds kurdish
kuwaiti latin latvian lebanese liberian libyan lithuanian macedonian malaysian maltese mexican moldovan
mongolian moroccan moslem moslems muslim muslims nigerian nordic norwegian olympic pakistani palestinian
palestinians persian peruvian polish portuguese protestant protestants romanian russian russians rwandan
saudi scot scots scottish serb serbs serbian shi'ite shiite shiites slovak slovene slovenian somali
soviet spanish sri_lankan sudanese sunni swedish swiss syrian taiwanese tajik tamil
tamils thai tibetan turkish turks tutsi tutsis ugandan ukrainian uruguayan uzbek venezuelan vietnamese
welsh western eastern northern southern yemeni yugoslav zairean zambian zimbabwean bosnian socialist spaniard dane swede finn frenchman englishman scotsman irishman
dutchman welshman
socialists democrat democrats republican republicans conservative conservatives liberal liberals nationalist
nationalists separatist separatists islamist islamists marxist maoist
`),
);

/** Legal forms and company words that end a company's name (`Cofinec SA`, `Magna International Inc`). */
export const companyEnds = new Set(
  list(`
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

/** Acronyms of places (lower case, dots dropped): `HK`, `NZ`, `N.Y.`, `N.J.`. */
export const placeAcronyms = new Set(list('hk nz uae ussr us usa uk gb ny nj nc dc sc wa ca fla la sf prc drc roc'));

/**
 * The abbreviations of the states of the USA in news style, written with a dot after a city or a member
 * of Congress (`Oakland, Calif.`, `Beach, N.D.`, `Rep. Christopher Cox, R-Calif.`); lower case, inner
 * dots dropped.
 */
export const stateAbbreviations = new Set(
  list(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky md mass mich minn miss mo mont neb nev nh nj nm
  ny nc nd okla ore pa ri sc sd tenn tex vt va wash wis wyo`),
);

/**
 * Head words of a school's or a museum's name whose first word is its short name (`Yale Law School` … `Yale`,
 * `Smithsonian Institution` … `the Smithsonian`).
 */
export const schoolHeads = new Set(list('university college school institution institute museum'));

/** Acronyms of terms, units and times, never a body (lower case): `RBI`, `EPS`, `EDT`, `AIDS`. */
export const termAcronyms = new Set(
  list(`rbi era eps cpi ppi gdp gnp ipo ceo cfo coo aids hiv cjd bse mw kw kv tm pm am vip xi ii iii iv
  caps mp mps edt est cst pst gmt cet bst utc pc dna rna mph kph cd dvd atm nb ps fyi qc pct ytd yr q1 q2 q3 q4 h1 h2
  pmi isdn ias gaap libor pibor fibor`),
);

/** A country's legislature named by its head word alone: a body's own name (`the Senate`, `the Duma`). */
export const legislatures = new Set(list('senate congress duma knesset bundestag sejm rada majlis house parliament'));

/** First words of places' names (`Monte Carlo`, `Port Moresby`, `Lake Placid`, `Cape Town`). */
export const placePrefixes = new Set(
  list(
    'port monte mount mt lake cape fort san santa sao saint st little eau bad pulau jalan bukit kampung sungai tanjung gunung',
  ),
);

/** Seats of power named for their power (`the Kremlin said`) and for the building (`in the Kremlin`). */
export const seats = new Set(list('kremlin white_house pentagon downing_street elysee'));

/** Legal forms: the last word of a company's name, never followed by more of it. */
export const legalForms = new Set(
  list('inc corp co ltd plc llc ag sa nv bv spa ab asa oyj gmbh kg pte bhd tbk lp llp bros'),
);

/**
 * Capitalised words that name things, events and titles rather than people (`Labor Day`, `PGA Tour`,
 * `Cultural Revolution`): a run holding one is no person.
 */
export const thingWords = new Set(
  list(`
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

/**
 * Organizations a news text names in one word or an acronym without a cue (lower case): bodies of the
 * world and the largest companies. About 170 entries.
 */
export const knownOrganizations = new Set(
  list(`
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

/** Words of sports reporting: an article with several of them is a sports report (`index.ts`). */
export const sportsWords = new Set(
  list(`match matches goal goals striker midfielder defender goalkeeper coach league season championship
  innings wicket wickets inning homer homers pitcher pitched batting bowler bowling runs scored scoring
  penalty penalties halftime draw drew beat beaten defeat defeated victory win won lead points tournament
  fixture fixtures division relegated promoted club clubs cup final semifinal quarterfinal round squad
  kickoff playoff standings`),
);

/** Verbs of speech after a lone capitalised word that make it a person (`Frater said`). */
export const speechVerbs = new Set(
  list(`said says told added asked replied noted stressed explained insisted argued warned wrote recalled
  admitted denied complained acknowledged declared announced commented conceded confirmed`),
);

/** Lower-case words right before a lone capitalised word that make it a place (`town of Bistrita`, `the Ontario-based`). */
export const placeCues = new Set(
  list(
    `town towns city cities village villages settlement capital province provinces region regions district districts port island islands state county republic suburb suburbs`,
  ),
);
