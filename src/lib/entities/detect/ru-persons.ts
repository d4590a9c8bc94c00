/**
 * Russian people: given name [+ patronymic] + surname, surname + given name, initials + surname, a name
 * after a title (`господина Эрдогана`, `председатель КНР Ху Цзиньтао`), a foreign full name, the speaker
 * next to a verb of speech, a bare surname (low confidence); each part put in the nominative with the
 * gender its forms show.
 */
import type { AzParse } from 'az';
import { isAllCaps } from '../tokenize.ts';
import { countryAcronyms, initialGap, sentenceInitial, titleCase } from './common.ts';
import { speechVerbs } from '../speech-verbs.ts';
import { has, proper, type RussianContext } from './ru-context.ts';
import { notNames, orgCues, orgHeads, personTitles, placeCues, placeHeads, staffTitles } from './ru-lexicon.ts';
import { maleSurnameForm, patronymicForm } from './ru-forms.ts';
import type { DetectedName } from './types.ts';

/** The person rules over one paragraph: `person(i)` is the name starting at token `i`, if any. */
export function personRules(c: RussianContext) {
  const {
    text,
    tokens,
    words,
    make,
    joined,
    initialAt,
    parseWith,
    orgn,
    common,
    lemmaOf,
    isGiven,
    surnameSlot,
    cases,
    afterGiven,
    afterPlacePreposition,
    unknown,
    surnameForm,
    loneGiven,
    womanUndeclined,
    cueBefore,
    givenOf,
    bodyHead,
  } = c;

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
    if (!titled || sentenceInitial(text, tokens[i].start)) return undefined;
    if (!titledWord(i)) return commonWordsAfterTitle(i);
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

  /**
   * `миллиардера Винсента Виолу`: two capitalised words the dictionary knows only as ordinary inanimate
   * nouns (a motorcycle, a viola), right after a title and in its case, are a foreign given name and surname
   * all the same; each goes back to its noun's nominative. One such word alone stays no name (`министра
   * Обороны`), and so do places, bodies and words that head a name of their own.
   */
  const commonWordsAfterTitle = (i: number): DetectedName | undefined => {
    const k = i + 1;
    if (k >= tokens.length || !/^[ \u00A0]$/u.test(text.slice(tokens[i].end, tokens[k].start))) return undefined;
    if (k + 1 < tokens.length && joined(k, k + 1) && words[k + 1].cap) return undefined;
    const titles = words[i - 1].parses.filter((p) => has(p, 'NOUN') && personTitles.has(p.normalize().word));
    const plain = (j: number) =>
      words[j].cap &&
      /^\p{Script=Cyrillic}\p{Ll}+$/u.test(tokens[j].text) &&
      !orgn(j) &&
      !bodyHead(j) &&
      !placeHeads.has(lemmaOf(j)) &&
      !orgHeads.has(lemmaOf(j)) &&
      !notNames.has(lemmaOf(j)) &&
      words[j].parses.every((p) => !proper(p) && !has(p, 'ADJF') && !has(p, 'anim'));
    if (!plain(i) || !plain(k)) return undefined;
    // In the title's case; a man's accusative is his genitive, as a person's (`Винсента`, read as a thing's genitive).
    const inCase = (p: AzParse, x: string) =>
      has(p, 'NOUN') && !has(p, 'plur') && (has(p, x) || (x === 'accs' && has(p, 'masc') && has(p, 'gent')));
    const nameCase = cases.find(
      (x) => titles.some((t) => has(t, x)) && [i, k].every((j) => words[j].parses.some((p) => inCase(p, x))),
    );
    if (!nameCase) return undefined;
    const lemma = (j: number) => titleCase(words[j].parses.find((p) => inCase(p, nameCase))!.normalize().word);
    const given = lemma(i);
    const surname = lemma(k);
    return make('person', i, k, `${given} ${surname}`, 'high', { given, surname });
  };

  /** A capitalised Cyrillic word, not in capitals, that the dictionary does not know. */
  const unknownWord = (k: number) =>
    k < tokens.length &&
    words[k].cap &&
    /^\p{Script=Cyrillic}/u.test(tokens[k].text) &&
    !isAllCaps(tokens[k].text) &&
    unknown(k) &&
    !placeHeads.has(lemmaOf(k)) &&
    !orgHeads.has(lemmaOf(k)) &&
    !notNames.has(lemmaOf(k)) &&
    !/^[-\u2010\u2011]/u.test(text.slice(tokens[k].end));
  /**
   * `Ван Цзюнь`, `Стэнли Хо`: a word the dictionary reads as a place (not after `в`, `на`, `из` …), then,
   * a space apart, a foreign word it does not know: together a foreign full name, the place word first.
   */
  const placeBeforeUnknown = (k: number): DetectedName | undefined => {
    if (k + 1 >= tokens.length || !words[k].cap || isAllCaps(tokens[k].text)) return undefined;
    if (!/^\p{Script=Cyrillic}/u.test(tokens[k].text) || !words[k].top.some((p) => has(p, 'Geox'))) return undefined;
    // Not a country in the genitive before its minister's name (`министр торговли Китая Чэнь Дэмин`).
    if (words[k].top.some((p) => has(p, 'Geox') && has(p, 'gent'))) return undefined;
    if (afterPlacePreposition(k) || !/^[\s\u00A0]$/u.test(text.slice(tokens[k].end, tokens[k + 1].start)))
      return undefined;
    if (!unknownWord(k + 1)) return undefined;
    // Not a place before a longer name (`экс-президент Перу Алан Гарсия`).
    if (k + 2 < tokens.length && joined(k + 1, k + 2) && words[k + 2].cap) return undefined;
    const surname = maleSurnameForm(tokens[k + 1].text);
    return make('person', k, k + 1, `${tokens[k].text} ${surname}`, 'high', { given: tokens[k].text, surname });
  };

  /**
   * `христианке Азии Биби`, `актрисе Индии Смит`: after a lower-case noun of a being that is no title (a
   * title takes its country's genitive: `президента Китая`), a place word the dictionary also knows as a
   * given name, then, a space apart, a word it does not know: a foreign full name, the place word its given
   * name in the nominative.
   */
  const placeGivenAfterBeing = (k: number): DetectedName | undefined => {
    if (k === 0 || k + 1 >= tokens.length || words[k - 1].cap || !joined(k - 1, k) || !joined(k, k + 1))
      return undefined;
    if (!words[k].cap || !/^\p{Script=Cyrillic}\p{Ll}+$/u.test(tokens[k].text)) return undefined;
    const geox = words[k].top.find((p) => has(p, 'Geox') && has(p, 'NOUN'));
    if (!geox || !words[k].parses.some((p) => has(p, 'Name') && p.score >= 0.05)) return undefined;
    const being = words[k - 1].parses.some(
      (p) => has(p, 'NOUN') && has(p, 'anim') && !proper(p) && p.score >= 0.1 && !staffTitles.has(p.normalize().word),
    );
    if (!being || !unknownWord(k + 1)) return undefined;
    if (k + 2 < tokens.length && joined(k + 1, k + 2) && words[k + 2].cap) return undefined;
    const given = titleCase(geox.normalize().word);
    const surname = tokens[k + 1].text;
    const gender = /[ая]$/u.test(given) ? 'female' : 'male';
    return make('person', k, k + 1, `${given} ${surname}`, 'high', { given, surname, gender });
  };

  /** A declined given-name reading at `k` that shares its case and gender with a surname reading after it. */
  const agreesWithSurname = (k: number) =>
    k + 1 < tokens.length &&
    words[k].parses.some(
      (n) =>
        has(n, 'Name') &&
        !has(n, 'Fixd') &&
        n.score >= 0.1 &&
        words[k + 1].parses.some(
          (s) =>
            has(s, 'Surn') &&
            cases.some((x) => has(n, x) && has(s, x)) &&
            ['femn', 'plur'].every((g) => has(n, g) === has(s, g)),
        ),
    );

  /**
   * `Максим Дадашев`: a word whose likeliest reading is an ordinary word (`максима`) but that the dictionary
   * also knows as a given name is one before a word it reads first of all as a surname.
   */
  const givenBeforeSurname = (k: number) =>
    k + 1 < tokens.length &&
    words[k].cap &&
    !initialAt(k) &&
    !isAllCaps(tokens[k].text) &&
    words[k].parses.some((p) => has(p, 'Name') && p.score >= 0.1) &&
    // `Ранний Моне`: not an adjective opening a sentence, which a rare given name (`Рания`) may spell too.
    // Nor a surname before another (`Сталину Вертинский`).
    words[k].top.every((p) => has(p, 'NOUN') && !has(p, 'Surn')) &&
    // A place word is a given name only in the surname's case and gender (`о Владимире Путине`, not
    // `чемпионка Азии Сидорова`).
    (!words[k].top.some((p) => has(p, 'Geox')) || agreesWithSurname(k)) &&
    joined(k, k + 1) &&
    words[k + 1].top.some((p) => has(p, 'Surn')) &&
    surnameSlot(k + 1);

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
    // `во ВГИКе`: an acronym with a case ending is no name of a person.
    if (/^\p{Lu}{2,}\p{Ll}{1,2}$/u.test(tokens[i].text)) return undefined;
    const woman = womanUndeclined(i);
    if (woman) {
      const { given, surname } = woman;
      return make('person', i, i + 1, `${given} ${surname}`, 'high', { given, surname, gender: 'female' });
    }
    // Given name [patronymic] [surname].
    if (isGiven(i) || givenBeforeSurname(i)) {
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
      // `Ким Чен Ын`: a given name, a place word and a foreign word the dictionary does not know.
      const rest = joined(j, j + 1) ? placeBeforeUnknown(j + 1) : undefined;
      if (rest) {
        const normal = `${given} ${rest.normal}`;
        return make('person', i, j + 2, normal, 'high', { given, surname: rest.surname, gender });
      }
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
    const beingNamed = placeGivenAfterBeing(i);
    if (beingNamed) return beingNamed;
    // `Ван Цзюнь`, `Стэнли Хо`: a word the dictionary reads as a place, then a foreign word it does not know.
    const placeThenForeign = placeBeforeUnknown(i);
    if (placeThenForeign) return placeThenForeign;
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

  return { person };
}
