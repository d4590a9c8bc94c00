/**
 * The English detector's words about people (lower case): titles and honorifics before a name, a name's
 * particles, given names, nationalities and peoples (never a person alone), verbs of speech after a
 * person. `en.ts` reads them to tell a person's name from the other runs of capitalised words.
 */
import { wordList } from './common.ts';

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

/** Adjectives of place and nationality: not names alone, but part of `Soviet Union`, `European Commission`. */
export const demonyms =
  /^(?:western|eastern|northern|southern|russian|belarusian|english|european|american|chinese|soviet|ukrainian|german|french|british|polish|\p{L}+(?:ians?|ans|ese|ish))$/iu;

/**
 * Common given names of many languages (lower case): a capitalised run that opens with one is a
 * person's name (`Kirill Zalessky`, `Nadim Ladki`). About 860 entries.
 */
export const givenNames = new Set(
  wordList(`
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
  wordList(`
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

/** Verbs of speech after a lone capitalised word that make it a person (`Frater said`). */
export const speechVerbs = new Set(
  wordList(`said says told added asked replied noted stressed explained insisted argued warned wrote recalled
  admitted denied complained acknowledged declared announced commented conceded confirmed`),
);
