/**
 * Belarusian name detection. `az` knows only Russian and misreads Belarusian words (`Таксама`, `Яго`,
 * `Паводле` come out as names), so Belarusian paragraphs are read without it: runs of capitalised words
 * that do not open a sentence, typed by initials, surname endings (`-ка`, `-віч`, `-скі`, `-оў`, `-ук`),
 * organization head words (`міністэрства`, `саюз`, `парк`) and a list of place stems, and put in the
 * nominative by suffix rules (`Лукашэнкі` → `Лукашэнка`, `у Мінску` → `Мінск`).
 */
import { isAllCaps, tokenize, type Token } from '../tokenize.ts';
import {
  commonAcronyms,
  countryAcronyms,
  initialGap,
  isCapWord,
  isInitial,
  nameMaker,
  plainGap,
  sentenceInitial as opensAfterAnyMark,
} from './common.ts';
import type { Morphology } from '../morphology.ts';
import {
  belarusianGivenNames,
  companyWord,
  femaleGivenNames,
  isOrganizationHead,
  maleGivenNames,
  mediumWords,
  eventNouns,
  openers,
  peopleGenitive,
  personTitle,
  placeByForm,
  places,
  regionName,
  settlementWords,
  sloganWords,
  streetHeads,
  streetWords,
  surnameEnding,
  workNouns,
} from './be-lexicon.ts';
import {
  adjectiveNominative,
  adjectiveNounNominative,
  divisionNominative,
  femaleGiven,
  femaleName,
  headNominative,
  isMaleGiven,
  maleGiven,
  organizationNominative,
  placeNominative,
  pluralNominative,
} from './be-forms.ts';
import type { DetectedName } from './types.ts';

/** Nominative of a Belarusian surname (`Лукашэнкі` → `Лукашэнка`, `Мікалаевіча` → `Мікалаевіч`, `Дуніна-Марцінкевіча` → `Дунін-Марцінкевіч`). */
export function belarusianSurname(word: string): string {
  if (word.includes('-')) return word.split('-').map(belarusianSurname).join('-');
  const rules: ReadonlyArray<readonly [RegExp, string]> = [
    [/(ск|цк)і$/u, '$1і'],
    // `Знаку`, `Пазняком`, `Лосікам` → `Знак`, `Пазняк`, `Лосік`: a vowel before `к` in the dative or instrumental.
    [/(?<=[аеіоуыэяё]к)(?:у|ам|ом)$/u, ''],
    [/(энк|енк|анк|онк|к)(?:і|у|ам|е)$/u, '$1а'],
    // `Севярынцам` → `Севярынец`: the `е` of `-нец` drops in the oblique cases.
    [/(?<=[ыі]н)ц(?:а|у|ам|ом|ы)$/u, 'ец'],
    [/віч(?:а|у|ам|ы)$/u, 'віч'],
    [/(ск|цк)(?:ага|аму|ім|ім)$/u, '$1і'],
    [/(ск|цк)(?:ай|ую|ой)$/u, '$1ая'],
    [/(ов|ав|ёв|ев|ін|ын)(?:ай|ой|ую)$/u, '$1а'],
    [/(о|а|ё|е)в(?:а|у|ым)$/u, '$1ў'],
    [/(ін|ын)(?:а|у|ым)$/u, '$1'],
    [/(ук|юк|чык)(?:а|у|ом|ам)$/u, '$1'],
    // `Сыракомлем` → `Сыракомля`: a consonant before a soft `л`, `н` makes a surname of the `-я` declension.
    [/(?<=[бвгджзкмпрстфхцчшў][лн])ем$/u, 'я'],
    [/(?<=[бвгджзклмнпрстфхцчш])(?:ам|ом)$/u, ''],
    [/(?<=[бвгджзлмнпрстфхцчш])ай$/u, 'а'],
  ];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

/**
 * Nominative of a given name beside a surname: a woman's by her name (`Алену` → `Алена`), a man's when
 * its form or its surname's is oblique (`Аляксандра Лукашэнкі`, `Анатолем Сіваком` → `Анатоль`).
 */
function belarusianGiven(word: string, surnameInflected: boolean): string {
  if (femaleGivenNames.test(word) && !isMaleGiven(word)) return femaleGiven(word);
  if (surnameInflected || (maleGivenNames.test(word) && /(?:ам|ом|ем|ём|у|ю)$/u.test(word))) {
    // `Міколам`, `Янку` → `Мікола`, `Янка`: a man's name in `-а`.
    const stem = maleGiven(word);
    return maleNominativeInA.test(`${stem}а`) ? `${stem}а` : stem;
  }
  return word;
}

/** A surname in the genitive beside a man's given name in the genitive (`Шабуні`, `Стомы`, `Бяляя`, `Лукашэнкі`). */
function genitiveSurname(word: string): string {
  const regular = belarusianSurname(word);
  if (regular !== word) return regular;
  const rules: ReadonlyArray<readonly [RegExp, string]> = [
    [/(?<=[аеэяоу])я$/u, 'й'],
    [/(?<=[лнсзцдч]|дз)і$/u, 'я'],
    [/(?<=[бвгдзлмнпрстфхцчшў])ы$/u, 'а'],
    [/(?<=[бвгджзклмнпрстфхцчш])а$/u, ''],
  ];
  const rule = rules.find(([re]) => re.test(word));
  return rule ? word.replace(rule[0], rule[1]) : word;
}

/** A surname that does not decline: it ends in a vowel other than `-а`, `-я` (`Кагалаці`, `Дэ Сота`, `Руа`). */
const indeclinableSurname = /(?<=\p{L}{2})(?:[іоэуеиы]|(?<=[аоеіу])а)$/u;

/**
 * A foreign woman: a given name in the accusative (`Даяну`) beside a surname a man's accusative or dative
 * would decline (`Магнэй`, `Сміт`: `Магнэя`, `Сміту`), so it is a woman's; undefined otherwise.
 */
function foreignWoman(given: string, surname: string): { given: string; surname: string } | undefined {
  if (isMaleGiven(given) || belarusianGivenNames.test(given)) return undefined;
  if (!/^\p{Lu}\p{Ll}+(?<=[бвгджзклмнпрстфхцчшў])у$/u.test(given)) return undefined;
  if (!/^\p{Lu}\p{Ll}+(?:[бвгджзклмнпрстфхцчшў]|[эеі]й)$/u.test(surname) || surnameEnding.test(surname))
    return undefined;
  return { given: `${given.slice(0, -1)}а`, surname };
}

/**
 * Does the word at `offset` open a sentence? After a colon or a dash only when a sentence ended before the
 * mark (`сказаў ён. – Мы`) or a quote opens after it (`сказаў: «Мы`): a capital after `:` or ` – ` inside
 * a sentence is a name's (`адказаў выканаўца: Лукашэнка`, `Гародня – Менск`).
 */
function sentenceInitial(text: string, offset: number): boolean {
  if (!opensAfterAnyMark(text, offset)) return false;
  const before = text.slice(0, offset).replace(/[\s"«„“(]+$/u, '');
  if (!/[:—–-]$/u.test(before)) return true;
  if (/[«"„“]\s*$/u.test(text.slice(0, offset))) return true;
  const earlier = before.slice(0, -1).trimEnd();
  return earlier === '' || /[.!?…:]$/u.test(earlier);
}

/** `Ўладзімір` → `Уладзімір`: the short `ў` after a vowel is `у` when the word stands alone. */
const openingU = (name: string) => name.replace(/(?<![\p{L}\p{N}])Ў/gu, 'У');

/** Men's given names whose nominative ends in `-а` (`Мікола`, `Янка`): no genitive. */
const maleNominativeInA = /^(?:Мікола|Янка|Кузьма|Мікіта|Фама|Сава|Лука|Ілья|Ілля)$/u;

/** The nominative of a man's name in `-а` written in the genitive (`Янкі`, `Міколы` → `Янка`, `Мікола`), else undefined. */
function maleGenitiveInA(word: string): string | undefined {
  const m = /^(?:(Мікол|Кузьм|Мікіт|Фам|Сав)ы|(Янк|Лук)і)$/u.exec(word);
  return m ? `${m[1] ?? m[2]}а` : undefined;
}

/** Endings of adjectives in any case: a word opening a sentence before a head (`Еўрапейскага саюза`). */
const adjectiveEnding = /(?:ск|цк|н|ч|ов|ав|ёв|ін|ын)(?:ы|і|ая|ае|ага|ай|ой|ую|ых|іх|ым|ім|аму|ому)$/u;

/** Any adjective's ending: only adjectives stand between a name and its lower-case head (`Еўразійскага эканамічнага саюза`). */
const adjectiveForm = /(?:ы|і|ая|яя|ае|яе|ага|яга|ай|яй|ой|ую|юю|ых|іх|ым|ім|аму|ому|яму|ымі|імі)$/u;

/** Oblique and feminine adjective endings (`Нобелеўскаму`, `Вялікай`, `Заходняй`): no surname when a lower-case noun follows. */
const obliqueAdjective = /(?:ага|ога|аму|ому|ым|ім|ай|яй|ой|ую|юю|ая|яя|ае|яе|ых|іх)$/u;

/** Latin-script countries' acronyms and Belarusian ones (`ЗША`, `БНР`), places. */
const belarusianCountryAcronyms = new Map<string, string>([
  ['ЗША', 'ЗША'],
  ['РБ', 'Беларусь'],
  ['РФ', 'Расія'],
  ['БНР', 'БНР'],
  ['БССР', 'БССР'],
  ['СССР', 'СССР'],
  ['КНР', 'КНР'],
  ['ФРГ', 'ФРГ'],
  ['ААЭ', 'ААЭ'],
]);

/** Acronyms that are common words or Roman numerals (in Latin or Cyrillic letters, `ІІ`, `XV-XVIII`), not names. */
const notNames = /^(?:[IVXLCІХ]+(?:-[IVXLCІХ]+)?|СМІ|ВНУ|ІТ|ПДВ|ДТЗ|ДТП|КК|КаАП|ЧП|АЭС)$/u;

/** Heads that name no body without a tail or a name after them (`арганізацыя`, `кампанія`). */
const genericHeads = /^(?:арганізацы|кампані|служб|каманд|школ|суполк|ініцыятыв)\p{Ll}*$/u;

/** Lower-case words for a state's bodies before the country's name in the genitive (`парламенце Бельгіі`). */
const countryBodies =
  /^(?:(?:парламен|парлямэн)(?:т|та|ту|це)|урад(?:а|у|зе)?|пасольств(?:а|у|е)|амбасад(?:а|ы|у|зе)|сенат(?:а|у)?|сенаце|с[оe]йм(?:а|у|е)?)$/u;

/** Words joined by a hyphen or an apostrophe are one word here (`Дуніна-Марцінкевіча`, `Санкт-Пецярбурга`, `ПЭН-цэнтар`, `Аб’яднанай`). */
function joinHyphens(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (
      last &&
      /^[-\u2010\u2011'’]$/u.test(text.slice(last.end, t.start)) &&
      /\p{L}$/u.test(last.text) &&
      /^\p{L}/u.test(t.text)
    )
      out[out.length - 1] = { text: text.slice(last.start, t.end), start: last.start, end: t.end };
    else out.push(t);
  }
  return out;
}

/** Belarusian and Russian legal forms and sports clubs' prefixes before a quoted name (`ААТ «Нафтан»`, `ФК «Шахцёр»`). */
const legalForms = /^(?:ААТ|ЗАТ|ТАА|АДА|УП|РУП|КУП|ПрАТ|ОАО|ЗАО|ООО|СТАА|ФК|ХК|БК|ПК)$/u;

/** A domain's ending after a site's name (`Tut.by`). */
const domains = /^(?:by|ru|com|org|net|info|eu|io|life|media|news|fm|tv|online|pl|ua|lt|me)$/u;

/** One word naming a company or a state body, in the nominative (`Белгазпрамбанку` → `Белгазпрамбанк`). */
export function companyName(word: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return undefined;
  const m = companyWord.exec(word);
  if (!m) return undefined;
  const core = m[1] ?? m[2];
  // `Еўракамісіі` → `Еўракамісія`.
  if (/камісі\p{Ll}*$/u.test(core)) return core.replace(/камісі\p{Ll}*$/u, 'камісія');
  // `Мінадукацыі` → `Мінадукацыя`.
  return (word.slice(0, m.index) + core + (core.endsWith('нафт') ? 'а' : '')).replace(/цыі$/u, 'цыя');
}

/**
 * Words before a quoted name that put it in the genitive (`супраць "Амура"`, `вароты "Амура"`, `мясцовага
 * "Амура"`): a one-word name in `-а` there is a masculine's genitive, a feminine's would end in `-ы`, `-і`.
 */
const genitiveCue =
  /^(?:супраць|з|са|ад|да|для|без|каля|ля|акрамя|замест|вароты|варотах|брамку|гульцы|гульцоў|гульца|трэнер|трэнера|капітан|нападнік|абаронца|варатар|склад|складзе|заўзятары|балельшчыкі|\p{Ll}+(?:ага|яга))$/u;

/** Indeclinable club and brand names in `-а` (`Дынама`, `Тарпеда`). */
const indeclinableInA = /(?:ама|эда|еда|ота|ета|эта|іа|ыа)$/u;

/** The nominative of the last word of a one-word quoted name (`«Вясны»` → `Вясна`, `"Металургу"` → `Металург`). */
function quotedNominative(name: string, before = ''): string {
  const words = name.split(/\s+/u);
  if (words.some((w) => isOrganizationHead(w))) return organizationNominative(words);
  const plural = pluralNominative(words);
  if (plural) return plural;
  // `супраць мясцовага "Амура"` → `Амур`.
  if (
    words.length === 1 &&
    genitiveCue.test(before) &&
    /^\p{Lu}\p{Ll}+(?<=[бвгджзклмнпрстфхцчшў])а$/u.test(name) &&
    !indeclinableInA.test(name) &&
    !/(?:ств|цтв)а$/u.test(name)
  )
    return name.slice(0, -1);
  // `«Нашай Нівы»` → `Наша Ніва`: capitalised adjectives and a noun, declined as a phrase.
  if (words.length > 1) return adjectiveNounNominative(words, obliqueOrNominativeAdjective);
  if (isAllCaps(name) || !/\p{Script=Cyrillic}/u.test(name)) return name;
  return (
    name
      // `«Рацыі»` → `Рацыя`.
      .replace(/(?<=[ыі])[іі]$/u, 'я')
      .replace(/(?<=[бвгджзклмнпрстфхцчшў])(?:ы|ай)$/u, 'а')
      .replace(/(?<=[гкх])і$/u, 'а')
      .replace(/(?<=[бвгджзклмнпрстфхцчшў])(?:у|ам|ом|е)$/u, '')
      .replace(/(?<=[лнц])ем$/u, 'ь')
  );
}

/**
 * A nominative guess for an unknown place after a preposition (`у Гародні` → `Гародня`, `у Кузніцы` →
 * `Кузніца`, `у Курапатах` → `Курапаты`, `з Бярозаўкі` → `Бярозаўка`).
 */
function unknownPlace(word: string, preposition = ''): string {
  if (/ах$/u.test(word)) return word.replace(/ах$/u, 'ы');
  // `у Сухарава`, `ў Жодзіна`: after a preposition of the locative, a name in `-а` does not decline;
  // `у Курапаты`: one in `-ы` is a plural's accusative, its nominative.
  if (/^(?:у|ў|ва|на)$/iu.test(preposition) && /(?:(?<=[бвгджзклмнпрстфхцчшў])а|(?<!ц)ы)$/u.test(word)) return word;
  // `з Ракава`, `да Быхава`: a town in `-аў`, `-оў`, `-ёў` in the genitive.
  if (/^(?:з|са|да|ад)$/iu.test(preposition) && /(?<=[аоё])ва$/u.test(word)) return word.replace(/ва$/u, 'ў');
  // A genitive after `з`, `да` (`з Бярозаўкі`, `да Бярозы`): a feminine noun's.
  if (/^(?:з|са|да|ад)$/iu.test(preposition) && /(?:(?<=[кгх])і|(?<=[бвдзлмнпрстфчшў])ы)$/u.test(word))
    return word.replace(/[іы]$/u, 'а');
  // `у Малінаўцы`, `у Сляпянцы` → `Малінаўка`, `Сляпянка`: the many names in `-ўка`, `-янка`.
  if (/(?:ў|ян)цы$/u.test(word)) return word.replace(/цы$/u, 'ка');
  if (/цы$/u.test(word)) return word.replace(/цы$/u, 'ца');
  // `у Маладзечне`, `у Гродне`: a consonant before `-не` is a neuter town's in `-на`.
  if (/(?<=[бвгджзклмпрстфхцчшў])не$/u.test(word)) return word.replace(/не$/u, 'на');
  if (/(?<=[аоеё])ве$/u.test(word)) return word.replace(/ве$/u, 'ў');
  if (/(?<=[бвгджзклмнпрстфхцчшў])ні$/u.test(word)) return word.replace(/ні$/u, 'ня');
  return word.replace(/(?:у|е|ы|і|а)$/u, '');
}

/** Names found in one Belarusian paragraph. */
export function detectBelarusian(text: string, paragraph: number, morphology?: Morphology): DetectedName[] {
  /** Given names are mostly spelt alike in Russian and Belarusian (`Аляксандр`), so `az`'s `Name` is a fair clue. */
  const givenName = (word: string) =>
    belarusianGivenNames.test(word) ||
    !morphology ||
    morphology.parses(word).some((p) => Boolean(p.tag.Name) && p.score >= 0.3);
  /**
   * A man's given name `az` reads in the genitive or dative (not one of ours) with a surname of that case's
   * ending after a consonant: both in the nominative, else undefined.
   */
  const foreignOblique = (given: string, surname: string) => {
    if (!morphology || belarusianGivenNames.test(given)) return undefined;
    const top = morphology.parses(given)[0];
    if (!top?.tag.Name || !top.tag.masc) return undefined;
    const ending = top.tag.gent ? 'а' : top.tag.datv ? 'у' : undefined;
    const oblique = ending && new RegExp(`(?<=[бвгджзклмнпрстфхцчшў])${ending}$`, 'u');
    if (!oblique || !oblique.test(given) || !oblique.test(surname)) return undefined;
    return { given: given.slice(0, -1), surname: surname.slice(0, -1) };
  };
  const tokens = joinHyphens(tokenize(text), text);
  const found: DetectedName[] = [];
  const make = nameMaker(text, tokens, paragraph, 'be');
  // A name's nominative never opens with `Ў` (`Прэзыдэнт Расеі Ўладзімір Пуцін` → `Уладзімір Пуцін`).
  /** The last place found: its last token and the preposition its list opened with (`з розных мясцін — Гародні, Менска`). */
  let lastPlace: { last: number; preposition: string; listed: number } | undefined;
  /** Are tokens `a` and `b` neighbours in a list (`, `, ` – `, ` і `)? */
  const listGap = (a: number, b: number) =>
    /^(?:\s*[,–—-]\s*|\s+(?:і|й|ды)\s+)$/u.test(text.slice(tokens[a].end, tokens[b].start));
  const push: (...args: Parameters<typeof make>) => void = (type, first, last, normal, confidence, parts) => {
    if (type === 'place') {
      const before = first > 0 ? tokens[first - 1].text : '';
      const inList = lastPlace !== undefined && lastPlace.last < first && listGap(lastPlace.last, first);
      const preposition = /^(?:у|ў|ва|з|са|да|на|па|каля|пад|ад)$/iu.test(before)
        ? before
        : inList
          ? lastPlace!.preposition
          : '';
      lastPlace = { last, preposition, listed: inList ? lastPlace!.listed + 1 : 1 };
    }
    found.push(
      make(
        type,
        first,
        last,
        openingU(normal),
        confidence,
        parts?.given ? { ...parts, given: openingU(parts.given) } : parts,
      ),
    );
  };
  /** A headline in capitals (`ДЗЯДЫ Ў БЕЛАРУСІ`): its words are no acronyms. */
  const headline = !/\p{Ll}/u.test(text) && (text.match(/\p{L}+/gu)?.length ?? 0) >= 2;
  const joined = (a: number, b: number) => b < tokens.length && plainGap(text, tokens[a], tokens[b]);
  const lower = (k: number) => tokens[k].text.toLocaleLowerCase('be');
  const isHead = (k: number) =>
    isOrganizationHead(tokens[k].text.split('-').pop()!) &&
    // A war's front (`на Паўночна-Заходнім фронце`) is no body; a people's front (`Беларускага народнага фронту`) is.
    !(/^фрон[тц]/u.test(tokens[k].text) && !(k > 0 && /^[Нн]ародн/u.test(tokens[k - 1].text)));
  /** A place's nominative: a listed place in any case, a `-шчына` region, a dateline in capitals (`МІНСК`). */
  const placeOf = (word: string): string | undefined => {
    const known = placeByForm.get(word) ?? places.find(([re]) => re.test(word))?.[1];
    if (known) return known;
    const region = regionName.exec(word);
    // `Бацькаўшчына` is the homeland, no region.
    if (region && !/^Бацькаўшчын/u.test(word)) return `${region[1]}а`;
    if (isAllCaps(word) && word.length >= 4 && !word.includes('-'))
      return placeOf(word.charAt(0) + word.slice(1).toLocaleLowerCase('be'));
    return undefined;
  };
  /** The adjectives from token `k` up to a division noun or a place word: the place's last token and nominative. */
  const placeByAdjectives = (k: number) => {
    let m = k;
    // `Краіны Усходняй Эўропы`: a noun in `-ы` opening a sentence is no adjective.
    if (/(?<!ск|цк)[ыі]$/u.test(tokens[k].text) && sentenceInitial(text, tokens[k].start)) return undefined;
    while (m <= k + 2 && m < tokens.length && isCapWord(tokens[m]) && obliqueOrNominativeAdjective(tokens[m].text)) {
      if (m + 1 >= tokens.length || !joined(m, m + 1)) return undefined;
      const next = tokens[m + 1].text;
      const adjectives = tokens.slice(k, m + 1).map((w) => w.text);
      const division = divisionNominative(next);
      if (division) {
        const noun = isCapWord(tokens[m + 1])
          ? division.charAt(0).toLocaleUpperCase('be') + division.slice(1)
          : division;
        return { last: m + 1, normal: placeNominative(adjectives, noun) };
      }
      const place = isCapWord(tokens[m + 1]) ? placeOf(next) : undefined;
      // `«Абаронім Беларусь»`: a word in `-ім` before a feminine place is a verb, no adjective of it.
      if (place && adjectives.some((w) => /(?:ым|ім|ага|яга|аму|яму)$/u.test(w)) && /(?:ая|яя|сць|ь)$/u.test(place))
        return undefined;
      if (place) return { last: m + 1, normal: placeNominative(adjectives, place) };
      m++;
    }
    return undefined;
  };
  /** A quoted name opening at token `k`: its text, last token and end, when the quotes close soon after. */
  const quoted = (k: number, maxWords: number) => {
    // `,,Іскры Скарыны”`: two commas stand for a low opening quote in some texts.
    if (k === 0 || !/(?:[«"„“”]|,,)\s*$/u.test(text.slice(tokens[k - 1].end, tokens[k].start))) return undefined;
    const closing = text.slice(tokens[k].start, tokens[k].start + 61).search(/["»“”]/u);
    if (closing <= 0 || closing >= 60) return undefined;
    const end = tokens[k].start + closing;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
    if (last - k + 1 > maxWords || /[.!?:;…]/u.test(text.slice(tokens[k].start, end))) return undefined;
    return { name: text.slice(tokens[k].start, end).trim(), last, end };
  };
  /** A quoted name after a head of bodies or a legal form (`кампаніі «Белавія»`, `ААТ «Нафтан»`). */
  const quotedName = (k: number) => {
    const q = quoted(k, 6);
    if (!q) return undefined;
    const cue = tokens[k - 1].text;
    return legalForms.test(cue) || isHead(k - 1) || mediumWords.test(lower(k - 1)) ? q : undefined;
  };
  /**
   * The first token of the first quote of a list of quotes that ends with the quote opening at token `k`
   * (`«Сыходзь»` in `плакаты «Мы за мір», «Сыходзь»`, `«Жыве Беларусь»` in `«…», «…» і «Жыве Беларусь»`).
   */
  const listOpening = (k: number) => {
    for (let rounds = 0; rounds < 10 && k > 0; rounds++) {
      const conjunction = k > 1 && /^(?:і|й|ды)$/u.test(tokens[k - 1].text) ? 1 : 0;
      const gap = text.slice(tokens[k - 1 - conjunction].end, tokens[k].start);
      if (
        !(conjunction ? /^[»"”]\s*$/u : /^[»"”]\s*,\s*[«"„“]\s*$/u).test(
          conjunction ? text.slice(tokens[k - 2].end, tokens[k - 1].start) : gap,
        )
      )
        return k;
      let m = k - 1 - conjunction;
      while (m > 0 && k - m < 40 && !/[«"„“]\s*$/u.test(text.slice(tokens[m - 1].end, tokens[m].start))) m--;
      if (m <= 0 || k - m >= 40) return k;
      k = m;
    }
    return k;
  };
  /** Is a slogan named before the quote opening at token `k`, or before the list of quotes it ends? */
  const afterSloganWord = (k: number) => {
    const first = listOpening(k);
    for (let m = first - 1; m >= 0 && m >= first - 3; m--) if (sloganWords.test(lower(m))) return true;
    return false;
  };
  /** Is a work, an event or a slogan named before the quote opening at token `k` (`п'есы … «Пінская шляхта»`)? */
  const afterWorkNoun = (k: number) => {
    for (let m = k - 1, seen = 0; m >= 0 && seen < 4; m--) {
      if (/[.!?;:]/u.test(text.slice(tokens[m].end, tokens[m + 1].start))) return false;
      if (isCapWord(tokens[m])) continue;
      // `п’есы` is two tokens around its apostrophe.
      const word =
        m > 0 && /^['’]$/u.test(text.slice(tokens[m - 1].end, tokens[m].start))
          ? text.slice(tokens[m - 1].start, tokens[m].end)
          : tokens[m].text;
      if (workNouns.test(word.toLocaleLowerCase('be'))) return true;
      seen++;
    }
    return false;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // Initials + surname.
    if (isInitial(t, text)) {
      let j = i;
      const initials = [t.text];
      if (j + 1 < tokens.length && isInitial(tokens[j + 1], text) && initialGap(text, tokens[j], tokens[j + 1]))
        initials.push(tokens[++j].text);
      if (
        j + 1 < tokens.length &&
        initialGap(text, tokens[j], tokens[j + 1]) &&
        isCapWord(tokens[j + 1]) &&
        !isInitial(tokens[j + 1], text)
      ) {
        // `імя Ф. Скарыны`: named after someone, in the genitive.
        const named = i > 0 && lower(i - 1) === 'імя';
        const surname = (named ? genitiveSurname : belarusianSurname)(tokens[j + 1].text);
        push('person', i, j + 1, `${initials.map((x) => `${x}.`).join(' ')} ${surname}`, 'high', { surname });
        i = j + 2;
        continue;
      }
    }
    // `reform.news`, `charter97.org`: a site named by its domain, written in lower case.
    if (
      /^[a-z][a-z0-9]+$/u.test(t.text) &&
      i + 1 < tokens.length &&
      text.slice(t.end, tokens[i + 1].start) === '.' &&
      domains.test(tokens[i + 1].text)
    ) {
      push('organization', i, i + 1, text.slice(t.start, tokens[i + 1].end), 'low');
      i += 2;
      continue;
    }
    if (!isCapWord(t)) {
      // `парламенце Бельгіі`, `урада Польшчы`: a state's body named by its country.
      const body = countryBodies.exec(lower(i));
      const country = i + 1 < tokens.length && joined(i, i + 1) ? placeOf(tokens[i + 1].text) : undefined;
      if (body && country && /[іыу]$/u.test(tokens[i + 1].text))
        push(
          'organization',
          i,
          i + 1,
          `${headNominative(lower(i)) ?? lower(i).replace(/^амбасад\p{Ll}*$/u, 'амбасада')} ${tokens[i + 1].text}`,
          'high',
        );
      // Capitalised adjectives before a lower-case head: `Еўразійскага эканамічнага саюза`.
      i++;
      continue;
    }
    // `вуліцы Кузьмы Чорнага`, `на праспекце Незалежнасці`, `на Рынку Касцюшкі`: an address, not a person;
    // `Канферэнцыя Каліноўскага`, `Кубак Гагарына`: an event or a prize, named after a person.
    if (
      (i > 0 && streetWords.test(lower(i - 1)) && joined(i - 1, i)) ||
      (i + 1 < tokens.length && joined(i, i + 1) && (streetHeads.test(lower(i)) || eventNouns.test(lower(i))))
    ) {
      let j = i;
      while (j + 1 < tokens.length && joined(j, j + 1) && isCapWord(tokens[j + 1])) j++;
      i = j + 1;
      continue;
    }
    // `БелТА`: capitals closing a word make a short name, an organization's.
    if (/^\p{Lu}\p{Ll}+\p{Lu}{2,}$/u.test(t.text)) {
      if (!notNames.test(t.text)) push('organization', i, i, t.text, 'low');
      i++;
      continue;
    }
    // `супраць АМАПу`, `з БНФам`: an acronym with a case ending names a body, in capitals.
    const declined = /^(\p{Lu}{2,})(?:у|а|ам|ом|е|ы)$/u.exec(t.text);
    if (declined && !notNames.test(declined[1]) && !belarusianCountryAcronyms.has(declined[1])) {
      push('organization', i, i, declined[1], 'low');
      i++;
      continue;
    }
    // `ГУБАЗіК`: an acronym with a small letter inside names a body.
    if (/^\p{Lu}{2,}\p{Ll}\p{Lu}+$/u.test(t.text) && !notNames.test(t.text)) {
      push('organization', i, i, t.text, 'low');
      i++;
      continue;
    }
    // Words glued by a lost line break (`МенскСёньня`) are not names, nor function words and titles opening a sentence.
    // Nor a lone letter (`у 1952 годзе ў Н…`, a text cut short).
    if (
      openers.has(lower(i)) ||
      t.text.length === 1 ||
      (personTitle.test(lower(i)) && sentenceInitial(text, t.start)) ||
      /\p{Ll}\p{Lu}/u.test(t.text)
    ) {
      i++;
      continue;
    }
    // `Tut.by`, `Nashaniva.com`: a site named by its domain.
    if (i + 1 < tokens.length && text.slice(t.end, tokens[i + 1].start) === '.' && domains.test(tokens[i + 1].text)) {
      push('organization', i, i + 1, text.slice(t.start, tokens[i + 1].end), 'low');
      i += 2;
      continue;
    }
    // `кампаніі «Белавія»`, `ААТ «Нафтан»`, `газета «Звязда»`: a quoted name after a word for a body or a legal form.
    const legal = legalForms.test(t.text) ? quotedName(i + 1) : undefined;
    const cued = legal ?? quotedName(i);
    if (cued) {
      push('organization', i, cued.last, legal ? `${t.text} «${cued.name}»` : quotedNominative(cued.name), 'high');
      const end = legal ? cued.end + 1 : cued.end;
      found[found.length - 1] = { ...found[found.length - 1], end, text: text.slice(t.start, end) };
      for (let k = i + 1; k <= cued.last; k++) {
        const inner = placeOf(tokens[k].text);
        if (inner) push('place', k, k, inner, 'high');
      }
      i = cued.last + 1;
      continue;
    }
    // Any other short quoted name (`мінскага "Дынама"`, `праваабаронцам «Вясны»`) is an organization's,
    // unless a work, an event or a slogan is named before it (`п'есы «Пінская шляхта»`): then none.
    const inQuotes = quoted(i, 3);
    if (inQuotes) {
      // `у «Беняконях»`, `на «Славянскім базары»`: after a preposition of place a quoted name is a venue, an
      // event or a show, unless the body speaks there (`у «Белавіі» заявілі`).
      const venue =
        i > 0 &&
        /^(?:у|ў|ва|на)$/iu.test(tokens[i - 1].text) &&
        !(
          inQuotes.last + 1 < tokens.length &&
          /^(?:заяв|паведам|лічаць|адзнач|расказ|кажуць|падкрэсл|пацвердз|тлумач|адказ)/u.test(lower(inQuotes.last + 1))
        );
      // `скандавалі «Бабулі – супраць АМАПу», «Сыходзь»`: slogans name no body, but names may stand in them.
      if (afterSloganWord(i)) {
        i++;
        continue;
      }
      if (!afterWorkNoun(i) && !venue) {
        push('organization', i, inQuotes.last, quotedNominative(inQuotes.name, i > 0 ? lower(i - 1) : ''), 'low');
        // `«Піянер Беларусі»`, `«Віцебск для мяне»`: a place inside a name of several words is a place too
        // (a one-word one is a club's, `«Мінск»`).
        for (let k = inQuotes.last > i ? i : i + 1; k <= inQuotes.last; k++) {
          const inner = placeOf(tokens[k].text);
          if (inner) push('place', k, k, inner, 'high');
        }
      }
      i = inQuotes.last + 1;
      continue;
    }
    // `Russia Today`, `Sputnik`: a Latin-script name in Belarusian text is a medium's or a company's, not a person's.
    if (/^\p{Script=Latin}+$/u.test(t.text)) {
      let j = i;
      while (j + 1 < tokens.length && joined(j, j + 1) && /^\p{Script=Latin}/u.test(tokens[j + 1].text)) j++;
      if (!notNames.test(t.text)) push('organization', i, j, text.slice(t.start, tokens[j].end), 'low');
      i = j + 1;
      continue;
    }
    // `тэлеканал Белсат`, `газеты Наша Ніва`: capitalised words after a word for a medium name it, as written.
    if (
      i > 0 &&
      joined(i - 1, i) &&
      mediumWords.test(lower(i - 1)) &&
      !placeOf(t.text) &&
      !givenName(t.text) &&
      !surnameEnding.test(t.text) &&
      !personTitle.test(lower(i)) &&
      !isAllCaps(t.text)
    ) {
      let j = i;
      if (j + 1 < tokens.length && joined(j, j + 1) && isCapWord(tokens[j + 1]) && !placeOf(tokens[j + 1].text)) j++;
      push(
        'organization',
        i,
        j,
        tokens
          .slice(i, j + 1)
          .map((w) => w.text)
          .join(' '),
        'high',
      );
      i = j + 1;
      continue;
    }
    // `Белгазпрамбанку`, `Нацбанка`, `Мінгарвыканкама`: one word naming a company or a state body.
    const company = companyName(t.text);
    if (company) {
      push('organization', i, i, company, 'high');
      i++;
      continue;
    }
    // `Гомельскай вобласці`, `Хойніцкі раён`, `Усходняй Эўропы`: place adjectives before a division or a place.
    const byAdjectives = placeByAdjectives(i);
    if (byAdjectives) {
      push('place', i, byAdjectives.last, byAdjectives.normal, 'high');
      i = byAdjectives.last + 1;
      continue;
    }
    // `Беларускай ССР`: a Soviet republic is a place.
    if (
      i + 1 < tokens.length &&
      joined(i, i + 1) &&
      /^\p{Lu}*ССР$/u.test(tokens[i + 1].text) &&
      obliqueOrNominativeAdjective(t.text)
    ) {
      push('place', i, i + 1, `${adjectiveNominative(t.text, 'femn')} ${tokens[i + 1].text}`, 'high');
      i += 2;
      continue;
    }
    // `Першамайскім РУУС`: a capitalised adjective before an acronym names that body.
    if (
      i + 1 < tokens.length &&
      joined(i, i + 1) &&
      isAllCaps(tokens[i + 1].text) &&
      !belarusianCountryAcronyms.has(tokens[i + 1].text) &&
      obliqueOrNominativeAdjective(t.text)
    ) {
      const adjective = /(?:ы|і|ае|ая)$/u.test(t.text) ? t.text : adjectiveNominativeMasc(t.text);
      push('organization', i, i + 1, `${adjective} ${tokens[i + 1].text}`, 'high');
      i += 2;
      continue;
    }
    let j = i;
    while (
      j + 1 < tokens.length &&
      joined(j, j + 1) &&
      isCapWord(tokens[j + 1]) &&
      !isInitial(tokens[j + 1], text) &&
      !openers.has(lower(j + 1))
    )
      j++;
    // A place, an acronym or a company's word inside a run is a name of its own (`МЗС Беларусі`, `Нацбанка
    // Павел Калаўр`): the run stops before it, or is that word alone when it opens the run.
    const apart = (k: number) =>
      Boolean(placeOf(tokens[k].text)) ||
      isAllCaps(tokens[k].text) ||
      Boolean(companyName(tokens[k].text)) ||
      Boolean(placeByAdjectives(k));
    // `з Бярозаўкі Вітольду Ашурку`: after a preposition of place, a word before a given name is the place.
    if (
      j > i &&
      i > 0 &&
      /^(?:у|ў|ва|з|са|да)$/iu.test(tokens[i - 1].text) &&
      belarusianGivenNames.test(tokens[i + 1].text) &&
      !belarusianGivenNames.test(t.text)
    ) {
      push(
        'place',
        i,
        i,
        placeOf(t.text) ?? unknownPlace(t.text, tokens[i - 1].text),
        placeOf(t.text) ? 'high' : 'low',
      );
      i++;
      continue;
    }
    // A given name after a head's word opens a person's name (`Вярхоўнага Савета Станіслаў Шушкевіч`).
    if (j > i && apart(i) && !isHead(i + 1)) j = i;
    else
      for (let k = i + 1; k <= j; k++)
        if (apart(k) || (isHead(k - 1) && belarusianGivenNames.test(tokens[k].text))) j = k - 1;
    // A run opening a sentence whose first word is no given name: the first word is just the sentence's
    // (`Потым Лукашэнку спыталі`).
    if (
      j > i &&
      sentenceInitial(text, t.start) &&
      !givenName(t.text) &&
      !placeOf(t.text) &&
      !isHead(i) &&
      !(obliqueOrNominativeAdjective(t.text) && isHead(i + 1)) &&
      // `Наўроцкі Алесь, нарадзіўся…`: a surname before a given name.
      !(j === i + 1 && surnameEnding.test(t.text) && belarusianGivenNames.test(tokens[i + 1].text))
    ) {
      i++;
      continue;
    }
    // Organization: a head word among the next few lower-case words, or inside the run.
    let head = -1;
    for (let k = i; k <= Math.min(j + 3, tokens.length - 1); k++) {
      if (k > i && !joined(k - 1, k)) break;
      // `госці з Варшавы гурты …`: a lone place's noun has no head after it.
      if (k > j && j === i && placeOf(t.text) && !obliqueOrNominativeAdjective(t.text)) break;
      if (isHead(k)) {
        head = k;
        break;
      }
      if (k > j && (isCapWord(tokens[k]) || tokens[k].text.length < 4 || !adjectiveForm.test(tokens[k].text))) break;
    }
    const opens = sentenceInitial(text, t.start);
    let end = Math.max(head, j);
    /** The first token of a person's name after `імя` in the tail, if any. */
    let namesake = -1;
    // The genitive tail after a head (`Міністэрства замежных спраў Беларусі`, `тэатр імя Янкі Купалы`): it
    // ends with its first capitalised word; a word in `-аў` is a noun's genitive only beside another of the tail.
    while (head >= 0 && end + 1 < tokens.length && joined(end, end + 1) && end - head < 3) {
      const next = tokens[end + 1].text;
      if (end > head && isCapWord(tokens[end])) break;
      // `Вярхоўнага Савета Станіслаў Шушкевіч`: a given name after the head is a person's.
      if (isCapWord(tokens[end + 1]) && belarusianGivenNames.test(next)) break;
      // `Радыё Свабода`, `Польскага радыё`: an indeclinable head before its name, or after its adjectives.
      if (end === head && /^радыё$/iu.test(tokens[head].text) && isCapWord(tokens[end + 1])) {
        end++;
        if (end + 1 < tokens.length && joined(end, end + 1) && isCapWord(tokens[end + 1])) end++;
        break;
      }
      // `Рада БНР`, `Камітэт ААН`: an acronym right after the head closes the name.
      if (end === head && isAllCaps(next) && next.length >= 2 && !notNames.test(next)) {
        end++;
        break;
      }
      // `асацыяцыя журналістаў`, `Саюз пісьменнікаў`: people in the genitive plural right after the head.
      if (end === head && peopleGenitive.test(next)) {
        end++;
        continue;
      }
      if (next === 'імя' && end + 2 < tokens.length && isCapWord(tokens[end + 2])) {
        namesake = end + 2;
        end += 2;
        // `імя Я. Купалы`: initials before the surname.
        while (
          end + 1 < tokens.length &&
          (joined(end, end + 1) || (isInitial(tokens[end], text) && initialGap(text, tokens[end], tokens[end + 1]))) &&
          isCapWord(tokens[end + 1]) &&
          end - head < 5
        )
          end++;
        break;
      }
      // An adjective and its noun in the genitive (`Таварыства беларускай мовы`).
      if (
        /(?:ай|яй|ага|яга)$/u.test(next) &&
        end + 2 < tokens.length &&
        joined(end + 1, end + 2) &&
        !isCapWord(tokens[end + 2]) &&
        /(?:ы|і)$/u.test(tokens[end + 2].text) &&
        !/(?:ай|ых|іх|ыя|ія)$/u.test(tokens[end + 2].text)
      ) {
        end += 2;
        break;
      }
      // `інстытут навукі й мастацтва`, `адукацыі і навукі`: a second genitive noun joined to the tail's.
      if (
        end > head &&
        /^(?:і|й)$/u.test(next) &&
        end + 2 < tokens.length &&
        joined(end + 1, end + 2) &&
        !isCapWord(tokens[end + 2]) &&
        /(?:ы|і)$/u.test(tokens[end].text) &&
        /(?<=[бвгджзклмнпрстфхцчшў])(?:а|ы|і|ей)$/u.test(tokens[end + 2].text) &&
        !/(?:ла|лі|ся|ці|іць|аць)$/u.test(tokens[end + 2].text)
      ) {
        end += 2;
        continue;
      }
      // `музея старажытнасцей`: a soft noun's genitive plural right after the head.
      if (end === head && /\p{Ll}{4,}ей$/u.test(next) && !isCapWord(tokens[end + 1])) {
        end++;
        continue;
      }
      // A noun's genitive after another (`аховы здароўя`, `па справах моладзі`), not a verb (`пацвердзіла`).
      const chained =
        end > head && /(?:ы|і)$/u.test(tokens[end].text) && /(?:я|у|а)$/u.test(next) && !/(?:ла|ся|ць)$/u.test(next);
      if (!chained && (!/(?:ых|іх|аў|яў|і|ы)$/u.test(next) || /^(?:і|ці|па|на|у|ў|з|да|ды|бо|калі|таму)$/u.test(next)))
        break;
      // `Сусветны банк далі крэдыт`: a verb in the past plural ends the name.
      if (/(?:[аэыуя]лі|ілі|шлі|глі|клі|злі|слі)$/u.test(next) && !peopleGenitive.test(next)) break;
      if (/(?:аў|яў)$/u.test(next) && !isCapWord(tokens[end + 1])) {
        const afterIsName = end + 2 < tokens.length && joined(end + 1, end + 2) && isCapWord(tokens[end + 2]);
        if (!afterIsName && !/(?:ых|іх)$/u.test(tokens[end].text)) break;
      }
      end++;
    }
    // Opening a sentence, a head is a name with a tail of two words or more (`Міністэрства замежных спраў
    // Беларусі`), a lower-case head after the first word only when that word is an adjective (`Еўрапейскі
    // саюз`, not `Увядзенне часовай адміністрацыі`).
    // … and an adjective before a generic head with no tail is a phrase (`Непажаданай арганізацыяй канал абвясьцілі`).
    const isName =
      !opens ||
      (head === i
        ? end - head >= 2 || (end > head && /^радыё$/iu.test(t.text))
        : j > i || (adjectiveEnding.test(t.text) && !(end === head && genericHeads.test(lower(head)))));
    // `Мінскі хакейны клуб "Дынама"`: the quoted name after the head is the name.
    if (head >= 0 && end === head && end + 1 < tokens.length && quotedName(end + 1)) {
      i = end + 1;
      continue;
    }
    // `Прадстаўнікі Саюза пісьменнікаў`: a plural noun opening a sentence before a capitalised head is no part of it.
    // So is a word in `-ы`, `-і` before an oblique head (`Спартсмены Федэрацыі`): a masculine adjective would
    // stand before a head in the nominative (`Нацыянальны банк`).
    if (
      head === i + 1 &&
      opens &&
      isCapWord(tokens[head]) &&
      (/(?:нікі|нікаў|ўцы|ары|еры)$/u.test(t.text) ||
        (/(?<![ыі])[ыі]$/u.test(t.text) && /[аяіыуюеэ]$/u.test(tokens[head].text)))
    ) {
      i++;
      continue;
    }
    if (head >= 0 && isName) {
      const named = tokens.slice(i, end + 1).map((w) => (isInitial(w, text) ? `${w.text}.` : w.text));
      push('organization', i, end, organizationNominative(named), 'high');
      // Places named inside an organization's name are places too (`Савету міністраў Беларусі`), and the
      // person it is named after (`тэатр імя Янкі Купалы` → `Янка Купала`).
      for (let k = i + 1; k <= end; k++) {
        if (k === namesake) {
          const parts = tokens.slice(k, end + 1).map((w) => w.text);
          const normal = parts.map((w, n) =>
            isInitial(tokens[k + n], text)
              ? `${w}.`
              : w.replace(/(?<=[кгх])і$/u, 'а').replace(/(?<=[бвгджзлмнпрстфхцчшў])ы$/u, 'а'),
          );
          push('person', k, end, normal.join(' '), 'low', { surname: normal[normal.length - 1] });
          break;
        }
        const inner = placeOf(tokens[k].text) ?? belarusianCountryAcronyms.get(tokens[k].text);
        if (inner) push('place', k, k, inner, 'high');
      }
      i = end + 1;
      continue;
    }
    const words = tokens.slice(i, j + 1).map((w) => w.text);
    /** A lower-case word right after the run: then oblique adjectives are an adjective phrase (`Вялікай Айчыннай вайне`). */
    const lowerNext =
      j + 1 < tokens.length &&
      joined(j, j + 1) &&
      !isCapWord(tokens[j + 1]) &&
      !/^(?:і|й|да|ў|у|з|са|на|па|ад|пра|што|не|ці|бо|а|ды|як|каб|пры|для|праз|пасля|перад|сказаў|заявіў|адзначыў)$/u.test(
        lower(j + 1),
      );
    if (lowerNext && words.every((w) => obliqueAdjective.test(w) && obliqueOrNominativeAdjective(w) && !placeOf(w))) {
      i = j + 1;
      continue;
    }
    if (j === i) {
      const word = words[0];
      const lowerAfter = i + 1 < tokens.length && plainGap(text, t, tokens[i + 1]) && !isCapWord(tokens[i + 1]);
      const place = placeOf(word);
      if (isAllCaps(word)) {
        const country = belarusianCountryAcronyms.get(word) ?? countryAcronyms.get(word);
        if (place) push('place', i, i, place, 'high');
        else if (country) push('place', i, i, country, 'high');
        else if (headline) {
          // `У СВІСЛАЧЫ`: after a preposition of place, a place.
          if (i > 0 && /^(?:у|ў|ва|з|са|да)$/iu.test(tokens[i - 1].text))
            push(
              'place',
              i,
              i,
              unknownPlace(word.charAt(0) + word.slice(1).toLocaleLowerCase('be'), lower(i - 1)),
              'low',
            );
        } else if (!commonAcronyms.has(word) && !notNames.test(word)) push('organization', i, i, word, 'low');
      } else if (place) push('place', i, i, place, 'high');
      else if (i > 0 && settlementWords.test(lower(i - 1)) && joined(i - 1, i)) push('place', i, i, word, 'low');
      else if (
        // `у Сляпянцы, Малінаўцы, Сухарава`: one word listed after a place, the list going on or ending there.
        lastPlace &&
        (lastPlace.preposition || lastPlace.listed >= 2) &&
        lastPlace.last < i &&
        !obliqueOrNominativeAdjective(word) &&
        listGap(lastPlace.last, i) &&
        !opens &&
        !belarusianGivenNames.test(word) &&
        (i + 1 >= tokens.length ||
          /^\s*[,.;:!?)–—]/u.test(text.slice(t.end, tokens[i + 1].start)) ||
          /^(?:і|й|ды)$/u.test(tokens[i + 1].text))
      )
        push('place', i, i, unknownPlace(word, lastPlace.preposition), 'low');
      else if (
        i > 0 &&
        /^(?:у|ў|ва|в|з|са|да|на|па|каля|пад)$/iu.test(tokens[i - 1].text) &&
        !opens &&
        // `з Пуціным`, `са Стэфановічам`: `with` someone, not `from` somewhere.
        !(/^(?:з|са)$/iu.test(tokens[i - 1].text) && /(?:ым|ім|ам|ом|ем|ай|ой)$/u.test(word)) &&
        // `на Паўночна-Заходнім і Волхаўскім франтах`: an adjective before a lower-case noun.
        !(obliqueAdjective.test(word) && obliqueOrNominativeAdjective(word) && lowerAfter) &&
        !/(?:віч|віча|вічу|скага|цкага|скаму|цкаму|энк[аіу]|енк[аіу])$/u.test(word)
      ) {
        // `у Гародні`, `з Брэста`, `у Кузніцы`: an unknown capitalised word after a preposition of place.
        push('place', i, i, unknownPlace(word, tokens[i - 1].text), 'low');
      } else if (
        !opens &&
        !/[«"„“]\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) &&
        (surnameEnding.test(word) || (i > 0 && personTitle.test(lower(i - 1))))
      ) {
        // `Лукашэнкі`; `з прэзідэнтам Пуціным`: a surname by its ending, or any word after a title (not the first
        // word of a quoted title, `кнізе „Айчына. …”`).
        const surname = belarusianSurname(word);
        push('person', i, i, surname, 'low', { surname });
      } else if (
        !opens &&
        belarusianGivenNames.test(word) &&
        !/[«"„“]\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start))
      ) {
        // `у Вільні Францішак пазнаёміўся`: a given name alone, after the article has named its bearer.
        const given = belarusianGiven(word, false);
        push('person', i, i, given, 'low', { given });
      } else if (
        // `Зяленскі, Пуцін, Трамп`: one word listed after a person's name, the list ending there.
        !opens &&
        found.length > 0 &&
        found[found.length - 1].type === 'person' &&
        i >= 2 &&
        found[found.length - 1].end === tokens[i - 1].end &&
        /^\s*,\s*$|^\s+(?:і|й|ды)\s+$/u.test(text.slice(tokens[i - 1].end, t.start)) &&
        (i + 1 >= tokens.length || /^\s*[,.;:!?)–—]/u.test(text.slice(t.end, tokens[i + 1].start)))
      )
        push('person', i, i, word, 'low', { surname: word });
    } else if (words.length <= 3) {
      const allPlaces = words.every((w) => placeOf(w));
      if (allPlaces) {
        for (let k = i; k <= j; k++) push('place', k, k, placeOf(tokens[k].text)!, 'high');
      } else {
        // `у Палацы Рэспублікі`: after a preposition of place, a noun in the locative and a genitive name are a
        // building's or a place's, no person's.
        if (
          words.length === 2 &&
          i > 0 &&
          /^(?:у|ў|ва|на)$/iu.test(tokens[i - 1].text) &&
          !givenName(words[0]) &&
          /(?:це|цы|дзе|ры|се|ле|не)$/u.test(words[0]) &&
          /[іы]$/u.test(words[1])
        ) {
          i = j + 1;
          continue;
        }
        // `у Паўднёвым Судане`: after a preposition of place, a word in `-ым`, `-ім` and a noun in `-е` agree as an
        // adjective and its noun in the locative (a man's instrumental would read `-ам`, `-ем` beside `-ым`).
        if (
          words.length === 2 &&
          i > 0 &&
          /^(?:у|ў|ва|на|пры)$/iu.test(tokens[i - 1].text) &&
          /(?<=[бвгджзклмнпрстфхцчшў])(?:ым|ім)$/u.test(words[0]) &&
          /(?<=[бвгджзклмнпрстфхцчшў])е$/u.test(words[1])
        ) {
          push(
            'place',
            i,
            j,
            adjectiveNounNominative(words, (w) => /(?:ым|ім)$/u.test(w)),
            'low',
          );
          i = j + 1;
          continue;
        }
        // `на Першамайскім Прадмесці`: the same in `-і` is a place of some kind, no person.
        if (
          words.length === 2 &&
          /(?<=[бвгджзклмнпрстфхцчшў])(?:ым|ім)$/u.test(words[0]) &&
          /(?<=[бвгджзклмнпрстфхцчшў])і$/u.test(words[1])
        ) {
          i = j + 1;
          continue;
        }
        // A woman's given name and surname (`Надзеі Ермаковай` → `Надзея Ермакова`).
        const woman =
          words.length === 2 ? (femaleName(words[0], words[1]) ?? foreignWoman(words[0], words[1])) : undefined;
        if (woman) {
          push('person', i, j, `${woman.given} ${woman.surname}`, 'high', { ...woman, gender: 'female' });
          i = j + 1;
          continue;
        }
        // Given name + surname, or surname + given name.
        const lastIsSurname =
          surnameEnding.test(words[words.length - 1]) ||
          (belarusianGivenNames.test(words[0]) && !belarusianGivenNames.test(words[words.length - 1]));
        const surnameIndex = lastIsSurname ? words.length - 1 : surnameEnding.test(words[0]) ? 0 : words.length - 1;
        const given = words.filter((_, k) => k !== surnameIndex);
        // Beside a man's given name in the genitive (`Мікалая`, `Зьдзіслава`), a surname of the `-а`/`-я` or
        // `-ай` declension is in the genitive too (`Шабуні`, `Стомы`, `Бяляя` → `Шабуня`, `Стома`, `Бяляй`).
        // So beside the genitive of a man's name in `-а` (`Янкі Купалы`, `Міколы Статкевіча` → `Янка Купала`).
        const genitiveInA = given.length === 1 ? maleGenitiveInA(given[0]) : undefined;
        // `Міхася`, `Анатоля`: a soft stem's genitive too.
        const genitive =
          genitiveInA !== undefined ||
          (maleGivenNames.test(given[0] ?? '') &&
            !maleNominativeInA.test(given[0]) &&
            /(?:(?<=[бвгджзклмнпрстфхцчшў])а|(?<=[аеэоуы]|[лнсзц]|дз)я)$/u.test(given[0]));
        // A foreign man's name in the genitive or dative, given name and surname in one case (`Юстаса
        // Чапоніса`, `Рамуальду Траўгуту` → `Юстас Чапоніс`, `Рамуальд Траўгут`).
        const foreignCase = given.length === 1 && surnameIndex === 1 ? foreignOblique(given[0], words[1]) : undefined;
        const surname = foreignCase
          ? foreignCase.surname
          : genitive
            ? genitiveSurname(words[surnameIndex])
            : belarusianSurname(words[surnameIndex]);
        const inflected = surname !== words[surnameIndex] || genitive;
        // `Самюэлем Кагалаці`: a given name in the instrumental beside an indeclinable surname is a man's.
        const instrumental = !inflected && surnameIndex === words.length - 1 && indeclinableSurname.test(surname);
        const others = words
          .filter((_, k) => k !== surnameIndex)
          .map(
            (w) =>
              genitiveInA ??
              foreignCase?.given ??
              belarusianGiven(w, inflected || (instrumental && /(?:ам|ем|ём|ом)$/u.test(w))),
          );
        const normal = surnameIndex === 0 ? [others[0], surname].join(' ') : [...others, surname].join(' ');
        push('person', i, j, normal, 'high', { given: others[0], surname });
      }
    }
    i = j + 1;
  }
  return found;
}

/**
 * A one-word Belarusian organization whose name the article also writes in its bare nominative (`«Белсат»`
 * … `калумністам «Белсата»`, in Łacinka `«Biełsat»` … `«Biełsata»`) takes that nominative: a quoted
 * masculine name in the genitive, dative or instrumental looks like a feminine one in the nominative.
 */
export function belarusianOrganizationForms(found: DetectedName[]): DetectedName[] {
  const bare = new Map<string, DetectedName>();
  for (const n of found)
    if (n.type === 'organization' && n.language === 'be' && !/\s/u.test(n.normal)) bare.set(n.normal, n);
  if (bare.size < 2) return found;
  return found.map((n) => {
    if (n.type !== 'organization' || n.language !== 'be' || /\s/u.test(n.normal)) return n;
    const stem = /^(.{3,}?)(?:ам|ом|а|у|е|ы|am|om|a|u|e|y)$/u.exec(n.normal)?.[1];
    const other = stem === undefined ? undefined : bare.get(stem);
    return other ? { ...n, normal: other.normal, key: other.key } : n;
  });
}

/** A capitalised adjective in any case (`Гомельскай`, `Хойніцкі`, `Усходняй`). */
function obliqueOrNominativeAdjective(word: string): boolean {
  // `Пуціным`, `Пуціна`: a surname in `-ін`, not an adjective.
  if (/(?<!н)(?:ін|ын|ов|ав|ёв|ев)(?:ым|а|у)$/u.test(word)) return false;
  return (
    /(?:ск|цк|к|н)[ыі]$/u.test(word) ||
    /[бвгджзклмнпрстфхцчшў](?:ая|яя|ае|яе|ага|яга|ай|яй|ой|ую|юю|ых|іх|ым|ім|аму|ому|яму)$/u.test(word)
  );
}

/** A masculine nominative for an oblique adjective (`Першамайскім` → `Першамайскі`). */
function adjectiveNominativeMasc(word: string): string {
  const m = /^(.*?)(ага|аму|ым|ім|ом|ай|ой|ую|ых|іх)$/u.exec(word);
  if (!m) return word;
  return `${m[1]}${/[кгх]$/u.test(m[1]) ? 'і' : 'ы'}`;
}
