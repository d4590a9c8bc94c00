/**
 * The English detector's gazetteer (lower case): the world's countries, regions, seas and rivers, and its
 * cities, read as places without a cue. Kept apart from the other place words of `en-lexicon-places.ts`
 * because it is long data, not a rule's vocabulary.
 */
import { wordList } from './common.ts';

/**
 * The world's places a news text names without a cue (lower case; `_` for a space): every country,
 * states, provinces and regions, continents, seas and rivers. About 300 entries.
 */
export const gazetteerNations = new Set(
  wordList(`
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
  wordList(`
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
