/**
 * Russian name detection on `az` grammemes with a few small rules, in the manner of natasha/yargy:
 *  - people: given name [+ patronymic] + surname, surname + given name, initials + surname, a bare
 *    surname (low confidence), a name after a title (`господина Эрдогана`), each part put in the
 *    nominative with the gender its forms show;
 *  - organizations: `[Adj…] Head [genitive tail] [«quoted name»]` with a head noun such as министерство,
 *    союз, театр (`Евразийского экономического союза` → `Евразийский экономический союз`), a body named by
 *    one capitalised noun (`Кремль`), a quoted name after a descriptor (`компания «Яндекс»`), dictionary
 *    organization names (`Orgn`), sites by their domain and acronyms (low confidence);
 *  - places: dictionary place names (`Geox`: `в Минске` → `Минск`), `[Adj] Geox`, `Республика X`,
 *    `Соединённые Штаты`, celestial bodies.
 * The word lists the rules read are data, in `ru-lexicon.ts`.
 */
import type { AzParse } from 'az';
import type { Morphology } from '../morphology.ts';
import { isAllCaps, tokenize, type Token } from '../tokenize.ts';
import {
  commonAcronyms,
  countryAcronyms,
  initialGap,
  isCapWord,
  isInitial,
  likeWritten,
  plainGap,
  sentenceInitial,
  titleCase,
} from './common.ts';
import { speechVerbs } from '../speech-verbs.ts';
import { nameKey } from './name-key.ts';
import {
  adjectivalHeads,
  bodyNames,
  celestialBodies,
  commonRegionals,
  governmentHeads,
  notNames,
  orgCues,
  orgHeads,
  personTitles,
  placeCues,
  placeHeads,
  placeNouns,
  pluralHeads,
  quoteCues,
  quoteDescriptors,
  stateBodies,
  statesLikeBodies,
} from './ru-lexicon.ts';
import { femaleSurnameForm, maleSurnameForm, patronymicForm } from './ru-forms.ts';
import type { DetectedName } from './types.ts';

/** Words before a Latin-script name that make it a product, a work or an event rather than an organization. */
const productCue =
  /(?<![\p{L}\p{N}])(?:систем|ОС|браузер|платформ|программ|приложени|игр|аркад|сериал|фильм|альбом|песн|конкурс|турнир|автомобил|модел|смартфон|телефон|процессор|версии|формат|язык|библиотек|движ)\p{L}*[\s\u00A0]+(?:«|")?$/u;

interface Word {
  readonly token: Token;
  readonly cap: boolean;
  readonly parses: readonly AzParse[];
  readonly top: readonly AzParse[];
}

const has = (p: AzParse, grammeme: string) => Boolean(p.tag[grammeme]);
const proper = (p: AzParse) =>
  has(p, 'Name') || has(p, 'Surn') || has(p, 'Patr') || has(p, 'Geox') || has(p, 'Orgn') || has(p, 'Abbr');

/** Names found in one Russian paragraph (1-based number `paragraph`). */
export function detectRussian(text: string, paragraph: number, morphology: Morphology): DetectedName[] {
  const tokens = tokenize(text);
  const words: Word[] = tokens.map((token) => {
    const parses = morphology.parses(token.text);
    const best = Math.max(0, ...parses.map((p) => p.score));
    return { token, cap: isCapWord(token), parses, top: parses.filter((p) => p.score >= best - 1e-9) };
  });
  const found: DetectedName[] = [];
  const make = (
    type: DetectedName['type'],
    from: number,
    to: number,
    normal: string,
    confidence: DetectedName['confidence'],
    extra: Partial<DetectedName> = {},
  ): DetectedName => {
    const start = tokens[from].start;
    const end = tokens[to].end;
    return {
      type,
      paragraph,
      start,
      end,
      text: text.slice(start, end),
      normal,
      key: nameKey(normal),
      language: 'ru',
      confidence,
      ...extra,
    };
  };
  const joined = (a: number, b: number) => b < tokens.length && plainGap(text, tokens[a], tokens[b]);
  const initialAt = (j: number) => j < tokens.length && isInitial(tokens[j], text);
  const parseWith = (j: number, grammeme: string, min = 0.05) =>
    words[j]?.parses.find((p) => has(p, grammeme) && p.score >= min);
  /**
   * A dictionary organization name: its likeliest reading is `Orgn` (`Газпром`), unlike the
   * guesses the predictor makes for an unknown word by its ending (`Хайнс`, `Хоровитц`).
   */
  const orgn = (j: number) => words[j].parses.some((p) => has(p, 'Orgn') && p.score >= 0.5);
  /** A dictionary word that is not a name: its likeliest reading is an ordinary word with a fair score. */
  const common = (j: number) => words[j].top.some((p) => !proper(p) && p.score >= 0.3);
  const lemmaOf = (j: number) => words[j].top[0]?.normalize().word ?? words[j].token.text.toLocaleLowerCase('ru');
  const isGiven = (j: number) =>
    j < tokens.length && words[j].cap && !initialAt(j) && words[j].top.some((p) => has(p, 'Name'));
  const surnameSlot = (j: number) =>
    j < tokens.length &&
    words[j].cap &&
    !initialAt(j) &&
    !isAllCaps(words[j].token.text) &&
    /\p{Script=Cyrillic}/u.test(words[j].token.text) &&
    !words[j].top.some((p) => has(p, 'Name') || has(p, 'Geox')) &&
    !orgn(j) &&
    (Boolean(parseWith(j, 'Surn')) || !common(j)) &&
    !notNames.has(lemmaOf(j));

  const caseEndings: Record<string, RegExp> = {
    gent: /(?<=[бвгджзклмнпрстфхцчшщ])а$/u,
    accs: /(?<=[бвгджзклмнпрстфхцчшщ])а$/u,
    datv: /(?<=[бвгджзклмнпрстфхцчшщ])у$/u,
    ablt: /(?<=[бвгджзклмнпрстфхцчшщ])(?:ом|ем)$/u,
    loct: /(?<=[бвгджзклмнпрстфхцчшщ])е$/u,
  };
  /** The case of the given name's likeliest reading at `k`. */
  const givenCase = (k: number) => {
    const name = words[k].top.find((p) => has(p, 'Name'));
    return name && cases.find((c) => has(name, c));
  };
  /**
   * After a given name any capitalised Cyrillic word is the surname, dictionary word or not (`Василий
   * Шумов`, `Бессель Кок`, `Виктор Понедельник`), unless it is a place, an organization's head or a title.
   */
  const afterGiven = (j: number) =>
    j < tokens.length &&
    words[j].cap &&
    !initialAt(j) &&
    !isAllCaps(words[j].token.text) &&
    /^\p{Script=Cyrillic}/u.test(words[j].token.text) &&
    // A place name after a given name is the surname only in the nominative (`Наото Кан`, not `Ивана Москвы`).
    !words[j].top.some((p) => (has(p, 'Geox') && !has(p, 'nomn')) || (has(p, 'Name') && has(p, 'sing'))) &&
    !(words[j].top.some((p) => has(p, 'Geox')) && givenCase(j - 1) !== 'nomn') &&
    !orgn(j) &&
    !orgHeads.has(lemmaOf(j)) &&
    !placeHeads.has(lemmaOf(j)) &&
    !notNames.has(lemmaOf(j)) &&
    !words[j].parses.some((p) => has(p, 'ADJF') && p.score >= 0.3);
  const afterPlacePreposition = (j: number) =>
    j > 0 &&
    /^(?:в|во|на|из|под|около|близ|до|через)$/iu.test(tokens[j - 1].text) &&
    /^\s$/u.test(text.slice(tokens[j - 1].end, tokens[j].start));
  const unknown = (j: number) =>
    !words[j].parses.some((p) => p.score >= 0.3 || (has(p, 'Geox') && p.score >= 0.1)) && !orgn(j);
  const surnameForm = (j: number, gender: 'male' | 'female' | undefined, nameCase?: string): string => {
    const written = words[j].token.text;
    const surn = words[j].parses.filter((p) => has(p, 'Surn') && (!nameCase || has(p, nameCase)));
    if (surn.length === 0 && gender === 'male' && nameCase && caseEndings[nameCase]) {
      const stripped = maleSurnameForm(written);
      return stripped !== written ? stripped : written.replace(caseEndings[nameCase], '');
    }
    const masc = surn.length > 0 ? titleCase(surn[0].normalize().word) : maleSurnameForm(written);
    if (gender === 'female') return surn.length > 0 ? femaleSurnameForm(masc) : femaleSurnameForm(written);
    if (gender === 'male') return masc;
    // Unknown gender (initials, a bare surname): the feminine reading when the form can only be feminine.
    if (surn.length > 0 && surn.every((p) => has(p, 'femn'))) return femaleSurnameForm(masc);
    return masc;
  };
  /** A capitalised given name standing alone, not opening a sentence, not in quotes, not also a place or a common word. */
  const loneGiven = (j: number) =>
    !sentenceInitial(text, tokens[j].start) &&
    !/["«„“]\s*$/u.test(text.slice(0, tokens[j].start)) &&
    !isAllCaps(tokens[j].text) &&
    tokens[j].text.length >= 3 &&
    /^\p{Script=Cyrillic}/u.test(tokens[j].text) &&
    !words[j].parses.some((p) => (has(p, 'Geox') || has(p, 'Orgn')) && p.score >= 0.05) &&
    !words[j].top.some((p) => !proper(p)) &&
    !(j + 1 < tokens.length && text.slice(tokens[j].end, tokens[j + 1].start) === '-');
  /** The word before `j` is a lower-case noun (lemma) of `set`, separated by a space only. */
  const cueBefore = (j: number, set: ReadonlySet<string>) =>
    j > 0 &&
    !words[j - 1].cap &&
    /^[\s\u00A0]$/u.test(text.slice(tokens[j - 1].end, tokens[j].start)) &&
    words[j - 1].parses.some((p) => has(p, 'NOUN') && set.has(p.normalize().word) && p.score >= 0.1);
  const cases = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
  /** The given name's reading, preferring one whose case the neighbouring surname can share. */
  const givenOf = (j: number, surname?: number) => {
    const names = words[j].parses.filter((p) => has(p, 'Name'));
    const surns = surname === undefined ? [] : words[surname].parses.filter((p) => has(p, 'Surn'));
    const agrees = (p: AzParse) =>
      surns.some((s) => cases.some((c) => has(p, c) && has(s, c)) && has(p, 'femn') === has(s, 'femn'));
    // On a tie the masculine reading: `Дмитрия` is far more often Дмитрий than the rare woman's name.
    const byScore = [...names].sort((a, b) => b.score - a.score || Number(has(b, 'masc')) - Number(has(a, 'masc')));
    const parse = byScore.find(agrees) ?? byScore[0];
    const nameCase = cases.find((c) => has(parse, c));
    return {
      given: titleCase(parse.normalize().word),
      gender: has(parse, 'femn') ? ('female' as const) : has(parse, 'masc') ? ('male' as const) : undefined,
      nameCase,
    };
  };

  /** A lower-case title or occupation (`personTitles`) right before token `k`, a space apart. */
  const titleBefore = (k: number) =>
    k > 0 &&
    !words[k - 1].cap &&
    /^[\s\u00A0]$/u.test(text.slice(tokens[k - 1].end, tokens[k].start)) &&
    words[k - 1].parses.some((p) => has(p, 'NOUN') && personTitles.has(p.normalize().word) && p.score >= 0.1);
  /** A capitalised Cyrillic word that can be part of a person's name after a title. */
  const titledWord = (k: number) =>
    k < tokens.length &&
    words[k].cap &&
    /^\p{Script=Cyrillic}/u.test(tokens[k].text) &&
    !isAllCaps(tokens[k].text) &&
    !initialAt(k) &&
    !orgn(k) &&
    !bodyHead(k) &&
    !placeHeads.has(lemmaOf(k)) &&
    !notNames.has(lemmaOf(k)) &&
    !words[k].top.some((p) => has(p, 'Geox')) &&
    !/^-\d/u.test(text.slice(tokens[k].end, tokens[k].end + 2)) &&
    !words[k].parses.some((p) => (has(p, 'ADJF') && p.score >= 0.1) || (!proper(p) && p.score >= 0.5));
  /**
   * `господина Эрдогана`, `председатель КНР Ху Цзиньтао`: one to three capitalised words after a title
   * (or after a title and the country it serves) are a person's name, the last one the surname.
   */
  const afterTitle = (i: number): DetectedName | undefined => {
    const country = (k: number) =>
      countryAcronyms.has(tokens[k].text) || words[k].top.some((p) => has(p, 'Geox') && has(p, 'gent'));
    const titled = titleBefore(i) || (i > 1 && country(i - 1) && joined(i - 1, i) && titleBefore(i - 1));
    if (!titled || !titledWord(i) || sentenceInitial(text, tokens[i].start)) return undefined;
    // After the first word a foreign word the dictionary only guesses at goes on the name (`Ху Цзиньтао`).
    const guessed = (k: number) =>
      words[k].cap && !isAllCaps(tokens[k].text) && words[k].parses.every((p) => p.score < 0.3);
    let j = i;
    while (j + 1 < tokens.length && j - i < 2 && joined(j, j + 1) && (titledWord(j + 1) || guessed(j + 1))) j++;
    // A single word agrees with its title: `господина Эрдогана` → `Эрдоган`.
    const title = words[titleBefore(i) ? i - 1 : i - 2].parses.find((p) => personTitles.has(p.normalize().word));
    const nameCase = title && cases.find((c) => has(title, c));
    const titleGender = title && has(title, 'femn') ? 'female' : 'male';
    if (j === i) {
      const surname = surnameForm(i, titleGender, nameCase);
      return make('person', i, i, surname, 'low', { surname });
    }
    // `Реджепом Эрдоганом`: a known given name sets the case and gender the surname is put back from.
    const known = isGiven(i) ? givenOf(i, j) : undefined;
    const given = known?.given ?? tokens[i].text;
    const surname = known ? surnameForm(j, known.gender, known.nameCase) : maleSurnameForm(tokens[j].text);
    const normal = [given, ...tokens.slice(i + 1, j).map((t) => t.text), surname].join(' ');
    return make('person', i, j, normal, 'high', { given, surname, gender: known?.gender });
  };

  const person = (i: number): DetectedName | undefined => {
    // Initials + surname: `А.Г. Лукашенко`, `С. Румас`.
    if (initialAt(i)) {
      let j = i;
      const initials = [tokens[j].text];
      if (initialAt(j + 1) && initialGap(text, tokens[j], tokens[j + 1])) initials.push(tokens[++j].text);
      // After initials a word the dictionary knows as a place is a surname too (`Н. Кан`).
      const slot = (k: number) =>
        surnameSlot(k) ||
        (words[k].cap &&
          /^\p{Script=Cyrillic}/u.test(tokens[k].text) &&
          !isAllCaps(tokens[k].text) &&
          !orgn(k) &&
          !common(k));
      if (j + 1 < tokens.length && initialGap(text, tokens[j], tokens[j + 1]) && slot(j + 1)) {
        const surname = surnameForm(j + 1, undefined);
        return make('person', i, j + 1, `${initials.map((x) => `${x}.`).join(' ')} ${surname}`, 'high', { surname });
      }
      return undefined;
    }
    if (!words[i].cap) return undefined;
    // Given name [patronymic] [surname].
    if (isGiven(i)) {
      let j = i;
      let patronymic: string | undefined;
      if (joined(j, j + 1) && words[j + 1].cap && parseWith(j + 1, 'Patr'))
        patronymic = patronymicForm(tokens[++j].text);
      const hasSurname = joined(j, j + 1) && (surnameSlot(j + 1) || afterGiven(j + 1));
      const { given, gender, nameCase } = givenOf(i, hasSurname ? j + 1 : undefined);
      if (hasSurname) {
        const surname = surnameForm(j + 1, gender, nameCase);
        const normal = [given, patronymic, surname].filter(Boolean).join(' ');
        return make('person', i, j + 1, normal, 'high', { given, patronymic, surname, gender });
      }
      // `Алексей Навальный`, `Навального Алексея`: a capitalised adjective in the given name's case and
      // gender is the surname, in the nominative.
      const adjectival =
        joined(j, j + 1) && words[j + 1].cap && !parseWith(j + 1, 'Geox') && !orgn(j + 1) && !bodyHead(j + 1)
          ? words[j + 1].parses.find(
              (p) =>
                has(p, 'ADJF') &&
                has(p, 'sing') &&
                (!nameCase || has(p, nameCase)) &&
                (gender === 'female') === has(p, 'femn') &&
                !/(?:ск|цк)ий$/u.test(p.normalize().word),
            )
          : undefined;
      const adjectiveForm = adjectival?.inflect(['nomn', gender === 'female' ? 'femn' : 'masc', 'sing']);
      if (adjectiveForm) {
        const surname = titleCase(adjectiveForm.word);
        const normal = [given, patronymic, surname].filter(Boolean).join(' ');
        return make('person', i, j + 1, normal, 'high', { given, patronymic, surname, gender });
      }
      if (patronymic) return make('person', i, j, `${given} ${patronymic}`, 'high', { given, patronymic, gender });
      // `председатель КНР Ху Цзиньтао`: a name of several words after a title.
      const titled = afterTitle(i);
      if (titled && titled.end > tokens[i].end) return titled;
      // A given name alone inside a sentence (`заявлению, Михаэль был`, `без Егора`): that person, by the
      // first name only. Not when it opens a sentence, stands in quotes or is mostly an ordinary word.
      if (loneGiven(i)) return make('person', i, i, given, 'low', { given, gender });
      return undefined;
    }
    const titled = afterTitle(i);
    if (titled) return titled;
    // Surname + given name [patronymic]: `Медведева Светлана`.
    if (parseWith(i, 'Surn', 0.1) && joined(i, i + 1) && isGiven(i + 1)) {
      const { given, gender } = givenOf(i + 1, i);
      let j = i + 1;
      let patronymic: string | undefined;
      if (joined(j, j + 1) && words[j + 1].cap && parseWith(j + 1, 'Patr'))
        patronymic = patronymicForm(tokens[++j].text);
      const surname = surnameForm(i, gender);
      return make('person', i, j, [given, patronymic, surname].filter(Boolean).join(' '), 'high', {
        given,
        patronymic,
        surname,
        gender,
      });
    }
    // Surname + initials: `Лукашенко А.Г.`.
    if (surnameSlot(i) && joined(i, i + 1) && initialAt(i + 1)) {
      let j = i + 1;
      const initials = [tokens[j].text];
      if (initialAt(j + 1) && initialGap(text, tokens[j], tokens[j + 1])) initials.push(tokens[++j].text);
      const surname = surnameForm(i, undefined);
      return make('person', i, j, `${initials.map((x) => `${x}.`).join(' ')} ${surname}`, 'high', { surname });
    }
    // `реке Славянка`, `агентству Рейтер`: a place's or an organization's name after its kind.
    if (cueBefore(i, placeCues) || cueBefore(i, orgCues)) return undefined;
    const opens = sentenceInitial(text, tokens[i].start);
    // Not a person's name: a word in quotes (`«Фэйсбук»`), part of a hyphenated compound (`Аль-Кайды`),
    // an adjective (`Большой`, `Московской`), or a word after `в`/`на`/`из` (a place: `в Тусоне`).
    const quoted = /["«„“]\s*$/u.test(text.slice(0, tokens[i].start));
    const hyphen =
      (i > 0 && text.slice(tokens[i - 1].end, tokens[i].start) === '-') ||
      (i + 1 < tokens.length && text.slice(tokens[i].end, tokens[i + 1].start) === '-');
    const adjective = words[i].parses.some((p) => has(p, 'ADJF') && p.score >= 0.1);
    if (quoted || hyphen || adjective || afterPlacePreposition(i)) return undefined;
    // Two or three capitalised words none of which is a dictionary word, place or organization: a
    // foreign full name (`Герольд Кемпинг`, `Ху Цзиньтао`, `Реджеп Тайип Эрдоган`).
    const foreign = (j: number) =>
      surnameSlot(j) && !orgHeads.has(lemmaOf(j)) && !words[j].parses.some((p) => has(p, 'ADJF') && p.score >= 0.3);
    if (
      (foreign(i) ||
        (words[i].cap && unknown(i) && !isAllCaps(tokens[i].text) && /^\p{Script=Cyrillic}/u.test(tokens[i].text))) &&
      !(opens && common(i))
    ) {
      let j = i;
      while (
        j + 1 < tokens.length &&
        j - i < 2 &&
        joined(j, j + 1) &&
        (foreign(j + 1) || isGiven(j + 1) || (unknown(i) && afterGiven(j + 1)))
      )
        j++;
      if (j > i) {
        const given = tokens[i].text;
        const surname = maleSurnameForm(tokens[j].text);
        const normal = [...tokens.slice(i, j).map((t) => t.text), surname].join(' ');
        return make('person', i, j, normal, 'high', { given, surname });
      }
    }
    // `— сказал Хоровитц`, `Макартур сказал`: a capitalised word right next to a verb of speech is its
    // speaker, in the nominative, unless it is a dictionary place, organization, or common word.
    const speech = (j: number) =>
      j >= 0 && j < tokens.length && speechVerbs.has(tokens[j].text.toLocaleLowerCase('ru').replaceAll('ё', 'е'));
    const nextToVerb = (speech(i - 1) && joined(i - 1, i)) || (speech(i + 1) && joined(i, i + 1));
    if (
      nextToVerb &&
      surnameSlot(i) &&
      tokens[i].text.length >= 3 &&
      !orgHeads.has(lemmaOf(i)) &&
      !words[i].parses.some((p) => (has(p, 'Geox') && p.score >= 0.1) || (!proper(p) && p.score >= 0.3)) &&
      !words[i].parses.some((p) => has(p, 'ADJF') && p.score >= 0.1)
    ) {
      return make('person', i, i, tokens[i].text, 'low', { surname: tokens[i].text });
    }
    // A bare surname: a dictionary surname among the likeliest readings, or an unknown capitalised word
    // inside a sentence.
    const surn = parseWith(i, 'Surn', 0.1);
    const surnameReading =
      surn &&
      words[i].top.some((p) => has(p, 'Surn')) &&
      !words[i].top.some((p) => has(p, 'Geox') || has(p, 'Name')) &&
      !orgn(i);
    if (surnameReading && (!common(i) || (!opens && !words[i].parses.some((p) => has(p, 'ADJF') && p.score >= 0.2)))) {
      if (opens && words[i].parses.some((p) => !proper(p) && p.score >= 0.2)) return undefined;
      const surname = surnameForm(i, undefined);
      return make('person', i, i, surname, 'low', { surname });
    }
    // An unknown word opening a sentence before a verb in the past tense: `Бонер объявил`.
    const verbNext =
      i + 1 < tokens.length && joined(i, i + 1) && words[i + 1].top.some((p) => has(p, 'VERB') && has(p, 'past'));
    if (
      (!opens || (unknown(i) && verbNext)) &&
      surnameSlot(i) &&
      !orgHeads.has(lemmaOf(i)) &&
      tokens[i].text.length >= 3 &&
      !words[i].parses.some((p) => proper(p) && !has(p, 'Surn'))
    ) {
      const surname = maleSurnameForm(tokens[i].text);
      return make('person', i, i, surname, 'low', { surname });
    }
    return undefined;
  };

  /** Genitive (or Geox, or acronym) words that continue an organization's name. */
  const tailEnd = (from: number): number => {
    let end = from - 1;
    let j = from;
    while (j < tokens.length && j - from < 8 && joined(j - 1, j)) {
      const w = words[j];
      if (isAllCaps(w.token.text) && !commonAcronyms.has(w.token.text)) {
        // `«Союз ТМА-11»`: a designation after the head makes a vehicle's name, not a body's.
        if (/^-\d/u.test(text.slice(w.token.end, w.token.end + 2))) return from - 2;
        end = j;
        break;
      }
      // `связи и массовых коммуникаций`: `и` joins only a lower-case adjective that starts the next part.
      if (
        w.token.text === 'и' &&
        j + 1 < tokens.length &&
        joined(j, j + 1) &&
        !words[j + 1].cap &&
        words[j + 1].parses.some((p) => has(p, 'gent') && has(p, 'ADJF'))
      ) {
        j++;
        continue;
      }
      // `Республики Беларусь`: a place name after республика, федерация … stays in the nominative.
      if (w.cap && parseWith(j, 'Geox') && words[j - 1].parses.some((p) => placeHeads.has(p.normalize().word))) {
        end = j++;
        continue;
      }
      const gent = w.parses.some((p) => has(p, 'gent') && (has(p, 'NOUN') || has(p, 'ADJF')) && p.score >= 0.1);
      if (!gent || isGiven(j) || (w.cap && parseWith(j, 'Surn', 0.3) && !parseWith(j, 'Geox'))) break;
      // An adjective in the tail must be followed by its noun.
      if (!w.parses.some((p) => has(p, 'gent') && has(p, 'NOUN'))) {
        j++;
        continue;
      }
      end = j++;
    }
    return end;
  };

  /**
   * The word's reading as the head of a body's name: a noun of `orgHeads` or `bodyNames` (in the plural
   * for `pluralHeads`: `органы`), or an adjective used as one (`сборной`).
   */
  const bodyHead = (j: number): AzParse | undefined =>
    words[j].parses.find((p) => {
      const lemma = p.normalize().word;
      if (has(p, 'ADJF')) return adjectivalHeads.has(lemma);
      return (
        has(p, 'NOUN') && (orgHeads.has(lemma) || bodyNames.has(lemma)) && (!pluralHeads.has(lemma) || has(p, 'plur'))
      );
    });
  /** A quoted name opening right after token `j` (`«Гараж»`): its text, its last token and the closing quote's offset. */
  const quotedAfter = (j: number) => {
    if (j + 1 >= tokens.length || !/^[ \u00A0]*["«„“]$/u.test(text.slice(tokens[j].end, tokens[j + 1].start)))
      return undefined;
    if (!/^[\p{Lu}\p{N}]/u.test(tokens[j + 1].text)) return undefined;
    const closing = text.slice(tokens[j + 1].start).search(/["»“”]/u);
    if (closing <= 0 || closing >= 80) return undefined;
    const end = tokens[j + 1].start + closing;
    let last = j + 1;
    while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
    return { name: text.slice(tokens[j + 1].start, end).trim(), first: j + 1, last, end };
  };
  /** A quoted name starting at token `k` with its first noun back in the nominative (`Голоса Америки` → `Голос Америки`). */
  const nominativeQuoted = (k: number, name: string) => {
    const first = words[k].top[0];
    if (!first || !has(first, 'NOUN') || has(first, 'nomn') || ['Name', 'Surn', 'Fixd'].some((g) => has(first, g)))
      return name;
    const nominative = has(first, 'plur') ? first.inflect(['nomn', 'plur']) : first.normalize();
    return nominative ? likeWritten(nominative.word, tokens[k].text) + name.slice(tokens[k].text.length) : name;
  };
  const headLemmaOf = (head: AzParse) => adjectivalHeads.get(head.normalize().word) ?? head.normalize().word;

  const organization = (i: number): DetectedName | undefined => {
    // [Adj…] Head [tail]
    let j = i;
    const adjectives: number[] = [];
    while (
      j < tokens.length &&
      (j === i || joined(j - 1, j)) &&
      words[j].parses.some((p) => has(p, 'ADJF')) &&
      !orgHeads.has(lemmaOf(j)) &&
      !bodyHead(j) &&
      adjectives.length < 4
    ) {
      adjectives.push(j++);
    }
    if (j < tokens.length && (j === i || joined(j - 1, j))) {
      const head = bodyHead(j);
      if (head) {
        const end = tailEnd(j + 1);
        const headLemma = headLemmaOf(head);
        // `Российской Федерации`: a place head with no tail is the place rule's.
        if (placeHeads.has(headLemma) && end === j) return undefined;
        // `японское правительство`, `российского посольства`: a lower-case body of a country, named by the
        // country's adjective right before its head.
        const national =
          stateBodies.has(headLemma) &&
          adjectives.length > 0 &&
          !words[j - 1].cap &&
          words[j - 1].parses.some(
            (p) =>
              has(p, 'ADJF') && /(?:ск|цк)ий$/u.test(p.normalize().word) && !commonRegionals.has(p.normalize().word),
          );
        // `Центр современной культуры «Гараж»`, `клуба «16 тонн»`: a quoted name right after the head or its tail.
        const named = quotedAfter(end > j ? end : j);
        // `министерство иностранных дел`, `службы внешней разведки`: a state body's head with a tail of an
        // adjective and a noun names one body, in lower case too.
        const described =
          adjectives.length === 0 &&
          governmentHeads.has(headLemma) &&
          end - j >= 2 &&
          words.slice(j + 1, end + 1).some((w) => w.parses.some((p) => has(p, 'ADJF') && has(p, 'gent')));
        const capitalised =
          words[i].cap || national || named || described || (end > j && words.slice(j + 1, end + 1).some((w) => w.cap));
        // Opening a sentence, a head with one lower-case word after it is no name (`Правительство страны`);
        // with a longer tail it is (`Министерство сельского хозяйства`).
        const sentenceOnly =
          !named &&
          words[i].cap &&
          sentenceInitial(text, tokens[i].start) &&
          adjectives.length === 0 &&
          end - j < 2 &&
          !words.slice(j + 1, end + 1).some((w) => w.cap);
        if (capitalised && !sentenceOnly && (adjectives.length > 0 || end > j)) {
          const gender = has(head, 'femn') ? 'femn' : has(head, 'neut') ? 'neut' : 'masc';
          const number = has(head, 'plur') ? 'plur' : 'sing';
          const adj = adjectives.map((a) => {
            const parse = words[a].parses.find((p) => has(p, 'ADJF'))!;
            const form = parse.inflect(number === 'plur' ? ['nomn', 'plur'] : ['nomn', gender]);
            return form ? form.word : parse.normalize().word;
          });
          const headForm =
            (number === 'plur' ? head.inflect(['nomn', 'plur']) || undefined : undefined)?.word ??
            adjectivalHeads.get(head.normalize().word) ??
            head.normalize().word;
          const tail = end > j ? text.slice(tokens[j + 1].start, tokens[end].end) : '';
          let normal = [...adj, headForm].join(' ') + (tail ? ` ${tail}` : '');
          normal = words[i].cap || adjectives.length > 0 ? titleCase(normal.charAt(0)) + normal.slice(1) : normal;
          normal = normal.charAt(0).toLocaleUpperCase('ru') + normal.slice(1);
          if (named) {
            // `службе «Голоса Америки»`: a genitive name after a head in another case is a body of its own.
            const first = words[named.first].top[0];
            const genitive = first && has(first, 'gent') && !has(head, 'gent');
            const quoted = genitive ? nominativeQuoted(named.first, named.name) : named.name;
            const found = make('organization', i, named.last, `${normal} «${quoted}»`, 'high');
            return { ...found, end: named.end + 1, text: text.slice(found.start, named.end + 1) };
          }
          // A state named like a body (`Советского Союза`) is a place.
          if (statesLikeBodies.has(normal.toLocaleLowerCase('ru')))
            return make('place', i, end > j ? end : j, normal.replace(/ союз$/u, ' Союз'), 'high');
          return make('organization', i, end > j ? end : j, normal, 'high');
        }
        // `Кремль`, `в Конгрессе`, `Дума одобрила`: a body named by its head alone, with a capital.
        // Not in quotes: `корабля «Союз»` names a thing.
        const quoted = /["«„“]\s*$/u.test(text.slice(0, tokens[j].start));
        if (adjectives.length === 0 && words[j].cap && !isAllCaps(tokens[j].text) && !quoted) {
          const known = bodyNames.has(headLemma);
          if (known || !sentenceInitial(text, tokens[j].start))
            return make('organization', j, j, titleCase(headLemma), known ? 'high' : 'low');
        }
      }
    }
    // A site named by its domain: `Лента.ру`, `baltinfo.ru`, `NEWSru.com`; not a domain name in quotes (`на имя «кремль.рф»`).
    if (
      i + 1 < tokens.length &&
      !/["«„“]\s*$/u.test(text.slice(0, tokens[i].start)) &&
      text.slice(tokens[i].end, tokens[i + 1].start) === '.' &&
      /^(?:ru|ру|com|net|org|by|ua|info|рф)$/iu.test(tokens[i + 1].text) &&
      !/^\.?[\p{L}\p{N}]/u.test(text.slice(tokens[i + 1].end, tokens[i + 1].end + 2))
    )
      return make('organization', i, i + 1, text.slice(tokens[i].start, tokens[i + 1].end), 'low');
    // Descriptor + quoted name: `компания «Яндекс»`. A cue that is itself part of a name (`в статье
    // Частного корреспондента «…»`) quotes a title, not a body.
    const insideName = (k: number) => words[k].cap || (k > 0 && words[k - 1].cap && joined(k - 1, k));
    const descriptor =
      words[i].parses.some(
        (p) =>
          quoteDescriptors.has(p.normalize().word) ||
          (has(p, 'NOUN') && orgHeads.has(p.normalize().word)) ||
          (quoteCues.has(p.normalize().word) && p.score >= 0.1 && !insideName(i)),
      ) || quoteDescriptors.has(words[i].token.text.toLocaleLowerCase('ru'));
    if (descriptor && i + 1 < tokens.length) {
      const gap = text.slice(tokens[i].end, tokens[i + 1].start);
      const open = /^\s*["«„“]$/u.exec(gap);
      if (open && words[i + 1].cap) {
        const closing = text.slice(tokens[i + 1].start).search(/["»“”]/u);
        if (closing > 0 && closing < 80) {
          const endOffset = tokens[i + 1].start + closing;
          let last = i + 1;
          while (last + 1 < tokens.length && tokens[last + 1].end <= endOffset) last++;
          const written = text.slice(tokens[i + 1].start, endOffset).trim();
          // After a cue the name is inflected (`интервью «Голосу Америки»`); after a descriptor it is not.
          const name = quoteDescriptors.has(lemmaOf(i)) ? written : nominativeQuoted(i + 1, written);
          return {
            ...make('organization', i + 1, last, name, 'high'),
            start: tokens[i + 1].start,
            end: endOffset,
            text: text.slice(tokens[i + 1].start, endOffset),
          };
        }
      }
    }
    if (!words[i].cap) return undefined;
    // `агентству Рейтер`, `клуба Тоттенхэм Хотспур`: capitalised Cyrillic words, no given name, after a
    // lower-case noun of organization.
    if (
      cueBefore(i, orgCues) &&
      /^\p{Script=Cyrillic}/u.test(tokens[i].text) &&
      !isAllCaps(tokens[i].text) &&
      !isGiven(i) &&
      !words[i].top.some((p) => has(p, 'Geox') || has(p, 'ADJF'))
    ) {
      let j = i;
      while (
        j + 1 < tokens.length &&
        j - i < 2 &&
        joined(j, j + 1) &&
        words[j + 1].cap &&
        !isGiven(j + 1) &&
        /^\p{Script=Cyrillic}/u.test(tokens[j + 1].text)
      )
        j++;
      return make('organization', i, j, text.slice(tokens[i].start, tokens[j].end), 'low');
    }
    // A dictionary organization name: `Газпром`, `Минкомсвязь`.
    if (orgn(i)) {
      return make(
        'organization',
        i,
        i,
        likeWritten(words[i].parses.find((p) => has(p, 'Orgn'))!.normalize().word, tokens[i].text),
        'high',
      );
    }
    const word = tokens[i].text;
    // An acronym.
    // `ТМА-11`, `STS-124`, `Ту-154`: a model's or a mission's designation, not a body.
    const designation = /^-\d/u.test(text.slice(tokens[i].end, tokens[i].end + 2));
    if (designation) return undefined;
    if (isAllCaps(word) && word.length <= 8 && !commonAcronyms.has(word) && !/^[IVXLCDM]+$/u.test(word)) {
      const country = countryAcronyms.get(word);
      if (country) return make('place', i, i, country, 'high');
      return make('organization', i, i, word, 'low');
    }
    // A Latin-script name in a Russian text: most often a company (`Google`, `EPAM Systems`).
    if (
      /^\p{Script=Latin}/u.test(word) &&
      word.length > 1 &&
      !commonAcronyms.has(word) &&
      !/^[IVXLCDM]+$/u.test(word)
    ) {
      let j = i;
      while (
        j + 1 < tokens.length &&
        joined(j, j + 1) &&
        /^\p{Script=Latin}/u.test(tokens[j + 1].text) &&
        (words[j + 1].cap || /^\d/u.test(tokens[j + 1].text))
      )
        j++;
      const run = text.slice(tokens[i].start, tokens[j].end);
      const orgLike =
        /(?:^|\s)(?:Inc|Ltd|LLC|Corp|Group|Bank|Systems|Technologies|Labs|Media|Holding|Fund|Foundation|University|Institute|Agency|Company|Park|Motors|Airlines|Capital|Partners|Software|Games|News|Times|Post)$/u.test(
          run,
        );
      // `(Joshua Wolf)` right after a Cyrillic person's name is that person in Latin.
      // `Халеда эль-Масри (Khaled el-Masri)`: lower-case particles inside a Latin-script personal name.
      while (
        j + 2 < tokens.length &&
        /^(?:al|el|bin|ibn|de|da|di|du|van|von|der|la|le)$/u.test(tokens[j + 1].text) &&
        joined(j, j + 1) &&
        joined(j + 1, j + 2) &&
        /^\p{Lu}/u.test(tokens[j + 2].text)
      )
        j += 2;
      const latin = text.slice(tokens[i].start, tokens[j].end);
      const previous = found.at(-1);
      const afterPerson =
        /\($/u.test(text.slice(0, tokens[i].start).trimEnd()) &&
        previous?.type === 'person' &&
        text.slice(previous.end, tokens[i].start).trim() === '(';
      if (afterPerson && j > i && !orgLike) {
        return make('person', i, j, latin, 'high', { given: tokens[i].text, surname: tokens[j].text });
      }
      // `Скотт Хоровитц (Scott Horowitz)`: two or three Latin words in brackets right after two capitalised
      // Cyrillic words of the same count read as a person's name in the original spelling.
      const before = text
        .slice(0, tokens[i].start)
        .match(/(\p{Lu}\p{Ll}+(?:-\p{L}+)?(?:\s+\p{L}+(?:-\p{L}+)?){1,3})\s*\($/u);
      if (
        before &&
        j > i &&
        !orgLike &&
        /^\p{Script=Cyrillic}/u.test(before[1]) &&
        text.charAt(tokens[j].end) === ')' &&
        words.slice(i, j + 1).every((w) => !isAllCaps(w.token.text))
      ) {
        return make('person', i, j, latin, 'low', { given: tokens[i].text, surname: tokens[j].text });
      }
      // A product, not its maker: `системе Windows`, `браузера Chrome`, `аркады Angry Birds`.
      if (i > 0 && !orgLike && productCue.test(text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start)))
        return undefined;
      return make('organization', i, j, latin, 'low');
    }
    return undefined;
  };

  /** Compound names of bodies: `Кабмин`, `Минфин`, `Минцифры`, `Роскомнадзор`, `Госдума`. */
  const compound = (i: number): DetectedName | undefined => {
    const word = tokens[i].text;
    if (!words[i].cap || !/^(?:(?:Кабмин|Совмин)\p{Ll}*|(?:Мин(?!ск)|Рос(?!си)|Гос)\p{Ll}{2,})$/u.test(word))
      return undefined;
    if (
      words[i].parses.some(
        (p) =>
          ((has(p, 'Geox') || has(p, 'Name') || has(p, 'ADJF')) && p.score >= 0.1) ||
          (has(p, 'Surn') && p.score >= 0.05),
      )
    )
      return undefined;
    if (
      words[i].top.some((p) => !proper(p) && p.score >= 0.3 && !has(p, 'UNKN')) &&
      !words[i].top.some((p) => has(p, 'Orgn'))
    ) {
      // A dictionary word (`Министр`, `Госпожа`) is no name, unless the dictionary knows nothing better.
      if (!/^(?:Кабмин|Совмин)/u.test(word)) return undefined;
    }
    const noun = words[i].parses.find((p) => has(p, 'NOUN'));
    return make('organization', i, i, likeWritten(noun?.normalize().word ?? word, word), 'high');
  };

  /** A hyphenated organization's name the dictionary knows whole: `Аль-Каиды`, `Аль-Джазиры`. */
  const hyphenatedOrganization = (i: number): DetectedName | undefined => {
    if (!words[i].cap || !words[i + 1].cap) return undefined;
    const whole = text.slice(tokens[i].start, tokens[i + 1].end);
    const parse = morphology.parses(whole).find((p) => has(p, 'Orgn') && p.score >= 0.5);
    return parse ? make('organization', i, i + 1, likeWritten(parse.normalize().word, whole), 'high') : undefined;
  };

  const place = (i: number): DetectedName | undefined => {
    if (!words[i].cap) return undefined;
    // A hyphenated place name: `Нью-Йорке`, `Санкт-Петербурга`, `Лос-Анджелеса`.
    if (i + 1 < tokens.length && text.slice(tokens[i].end, tokens[i + 1].start) === '-' && words[i + 1].cap) {
      const whole = text.slice(tokens[i].start, tokens[i + 1].end);
      const geox = morphology.parses(whole).find((p) => has(p, 'Geox') && p.score >= 0.1);
      if (geox) return make('place', i, i + 1, likeWritten(geox.normalize().word, whole), 'high');
    }
    // `Республика Беларусь`, `Республики Казахстан`.
    const headParse = words[i].parses.find((p) => has(p, 'NOUN') && placeHeads.has(p.normalize().word));
    if (headParse && joined(i, i + 1) && words[i + 1].cap && (parseWith(i + 1, 'Geox') || !common(i + 1))) {
      return make(
        'place',
        i,
        i + 1,
        `${titleCase(headParse.normalize().word)} ${titleCase(words[i + 1].parses.find((p) => has(p, 'Geox'))?.normalize().word ?? tokens[i + 1].text)}`,
        'high',
      );
    }
    // `Российская Федерация`, `Нижнего Новгорода`, `Южной Корее`.
    const adj = words[i].parses.find((p) => has(p, 'ADJF'));
    if (adj && joined(i, i + 1) && words[i + 1].cap) {
      const noun = words[i + 1].parses.find(
        (p) => (has(p, 'Geox') || placeHeads.has(p.normalize().word)) && has(p, 'NOUN'),
      );
      if (noun) {
        const gender = has(noun, 'femn') ? 'femn' : has(noun, 'neut') ? 'neut' : 'masc';
        const form = adj.inflect(['nomn', gender]) || adj.normalize();
        return make('place', i, i + 1, `${titleCase(form.word)} ${titleCase(noun.normalize().word)}`, 'high');
      }
    }
    // `Соединённые Штаты`, `Объединённых Арабских Эмиратов`: capitalised participles and adjectives before
    // a place head in the plural; each word back in the nominative plural.
    if (words[i].parses.some((p) => has(p, 'PRTF'))) {
      let j = i + 1;
      while (j < i + 3 && j < tokens.length && joined(j - 1, j) && words[j].cap) {
        const noun = words[j].parses.find(
          (p) => has(p, 'NOUN') && has(p, 'plur') && placeHeads.has(p.normalize().word),
        );
        if (noun) {
          // `az` inflects a passive participle into an active one (`соединённых` → `соединившие`): its ending instead.
          const plural = (k: number) => {
            const written = tokens[k].text;
            if (k === i) return written.replace(/(?:ых|ым|ыми)$/u, 'ые');
            const parse = words[k].parses.find((p) => has(p, 'plur') && (has(p, 'ADJF') || has(p, 'NOUN')));
            return likeWritten((parse?.inflect(['nomn', 'plur']) || undefined)?.word ?? written, written);
          };
          const normal = Array.from({ length: j - i + 1 }, (_, k) => plural(i + k)).join(' ');
          return make('place', i, j, normal, 'high');
        }
        if (!words[j].parses.some((p) => has(p, 'ADJF'))) break;
        j++;
      }
    }
    // `Кронштадтском бульваре`, `Манежной площади`, `Османской империи`: a capitalised adjective (not
    // opening a sentence) before a place noun written in lower case; the noun takes the adjective's case.
    if (adj && joined(i, i + 1) && !words[i + 1].cap && !sentenceInitial(text, tokens[i].start)) {
      const agree = (a: AzParse, n: AzParse) =>
        has(a, 'ADJF') && cases.some((c) => has(a, c) && has(n, c)) && has(a, 'plur') === has(n, 'plur');
      const nouns = words[i + 1].parses.filter((p) => has(p, 'NOUN') && placeNouns.has(p.normalize().word));
      const noun = nouns.find((n) => words[i].parses.some((a) => agree(a, n)));
      if (noun) {
        const agreeing = words[i].parses.find((a) => agree(a, noun)) ?? adj;
        const gender = has(noun, 'femn') ? 'femn' : has(noun, 'neut') ? 'neut' : 'masc';
        const number = has(noun, 'plur') ? 'plur' : 'sing';
        const form = agreeing.inflect(number === 'plur' ? ['nomn', 'plur'] : ['nomn', gender]) || agreeing.normalize();
        const nounForm = (number === 'plur' ? noun.inflect(['nomn', 'plur']) : noun.normalize()) || noun.normalize();
        return make('place', i, i + 1, `${titleCase(form.word)} ${nounForm.word}`, 'high');
      }
    }
    // `реке Славянка`, `территории Гагаузии`, `мысе Канаверал`: a capitalised word, not a given name or an
    // organization, after a lower-case noun of place.
    if (
      cueBefore(i, placeCues) &&
      /^\p{Script=Cyrillic}/u.test(tokens[i].text) &&
      !isAllCaps(tokens[i].text) &&
      !words[i].top.some((p) => has(p, 'Name') || has(p, 'Orgn') || has(p, 'ADJF'))
    ) {
      const noun = words[i].top.find((p) => has(p, 'NOUN') && (has(p, 'Geox') || p.score >= 0.3));
      return make('place', i, i, likeWritten(noun?.normalize().word ?? tokens[i].text, tokens[i].text), 'low');
    }
    // `на Луну`, `к Марсу`: a celestial body, with its capital inside a sentence.
    const celestial = words[i].parses.find((p) => has(p, 'NOUN') && celestialBodies.has(p.normalize().word));
    if (celestial && !sentenceInitial(text, tokens[i].start) && !isAllCaps(tokens[i].text))
      return make('place', i, i, titleCase(celestial.normalize().word), 'high');
    // `в Тусоне`, `в Бенрате`: an unknown capitalised word after a preposition of place.
    if (
      afterPlacePreposition(i) &&
      unknown(i) &&
      /^\p{Script=Cyrillic}/u.test(tokens[i].text) &&
      !words[i].top.some((p) => has(p, 'Name') || has(p, 'Surn'))
    ) {
      const noun = words[i].top.find((p) => has(p, 'NOUN'));
      return make('place', i, i, likeWritten(noun?.normalize().word ?? tokens[i].text, tokens[i].text), 'low');
    }
    const geox = words[i].parses.find((p) => has(p, 'Geox') && p.score >= 0.1);
    if (
      geox &&
      !words[i].top.some((p) => has(p, 'Surn') || has(p, 'Name')) &&
      !(common(i) && sentenceInitial(text, tokens[i].start))
    ) {
      return make('place', i, i, likeWritten(geox.normalize().word, tokens[i].text), 'high');
    }
    return undefined;
  };

  let i = 0;
  while (i < tokens.length) {
    const hyphenated = i + 1 < tokens.length && text.slice(tokens[i].end, tokens[i + 1].start) === '-';
    const name = hyphenated
      ? (place(i) ?? hyphenatedOrganization(i) ?? person(i) ?? organization(i))
      : (compound(i) ?? person(i) ?? organization(i) ?? place(i));
    if (!name) {
      i++;
      continue;
    }
    found.push(name);
    let next = i + 1;
    while (next < tokens.length && tokens[next].start < name.end) next++;
    // Places named inside an organization's name are places too (`правительство России`).
    if (name.type === 'organization') {
      for (let k = i + 1; k < next; k++) {
        const country = countryAcronyms.get(tokens[k].text);
        const inner = country ? make('place', k, k, country, 'high') : place(k);
        if (inner && inner.end <= name.end) found.push(inner);
      }
    }
    i = next;
  }
  return [...found, ...listedOrganizations(text, found)].sort((a, b) => a.start - b.start);
}

/**
 * Quoted names listed with an organization are organizations too (`МТС, «Вымпелком» и «Мегафон»`):
 * each quoted capitalised name after a comma or `и` that follows an organization, in a chain.
 */
function listedOrganizations(text: string, found: readonly DetectedName[]): DetectedName[] {
  const extra: DetectedName[] = [];
  const next = /^["»“”]?[ \u00A0]*(?:,|и(?=[ \u00A0]))[ \u00A0]*[«"„“](\p{Lu}[^"«»„“”]{0,40}?)["»“”]/u;
  for (const name of found) {
    if (name.type !== 'organization') continue;
    let end = name.end;
    for (let m = next.exec(text.slice(end)); m; m = next.exec(text.slice(end))) {
      const start = end + m[0].length - m[1].length - 1;
      const stop = start + m[1].length;
      if ([...found, ...extra].some((n) => n.start < stop && start < n.end && n.type !== 'place')) break;
      extra.push({ ...name, start, end: stop, text: m[1], normal: m[1], key: nameKey(m[1]), confidence: 'low' });
      end = stop;
    }
  }
  return extra;
}
