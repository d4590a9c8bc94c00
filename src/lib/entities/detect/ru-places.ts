/**
 * Russian places: dictionary place names (`Geox`: `в Минске` → `Минск`), hyphenated ones (`Нью-Йорке`),
 * `Республика X`, `[Adj] Geox` (`Южной Корее`), `Соединённые Штаты`, a capitalised adjective before a
 * lower-case place noun (`Манежной площади`), a name after a noun of place (`реке Славянка`), celestial
 * bodies, and an unknown word after a preposition of place (low confidence).
 */
import type { AzParse } from 'az';
import { isAllCaps } from '../tokenize.ts';
import { likeWritten, sentenceInitial, titleCase } from './common.ts';
import { has, proper, type RussianContext } from './ru-context.ts';
import {
  bodyNames,
  celestialBodies,
  divisionCues,
  networkNames,
  notNames,
  orgHeads,
  placeCues,
  placeHeads,
  placeNouns,
  seatNouns,
} from './ru-lexicon.ts';
import type { DetectedName } from './types.ts';

/** The place rules over one paragraph: `place(i)` is the place named from token `i`, if any. */
/** Adjectives that name a part or an age of Russia (`Центральная Россия`, `Советская Россия`), not a party. */
const russiaParts = new Set([
  'северный',
  'южный',
  'западный',
  'восточный',
  'центральный',
  'европейский',
  'азиатский',
  'советский',
  'царский',
  'древний',
  'средневековый',
  'современный',
  'сибирский',
  'великий',
  'малый',
  'белый',
  'красный',
  'императорский',
  'российский',
]);

export function placeRules(c: RussianContext) {
  const {
    text,
    tokens,
    words,
    make,
    joined,
    parseWith,
    common,
    cases,
    afterPlacePreposition,
    unknown,
    cueBefore,
    isGiven,
    morphology,
  } = c;

  /**
   * A word the dictionary does not hold, however sure the predictor's guess by its ending (`Иллинойсе` →
   * `иллинойс`, one guess, the highest score): no reading of it is the dictionary's.
   */
  const guessed = (i: number) =>
    words[i].parses.length > 0 && words[i].parses.every((p) => p.parser !== 'Dictionary') && !c.orgn(i);

  const place = (i: number): DetectedName | undefined => {
    if (!words[i].cap) return undefined;
    // A hyphenated place name: `Нью-Йорке`, `Санкт-Петербурга`, `Лос-Анджелеса`.
    if (i + 1 < tokens.length && text.slice(tokens[i].end, tokens[i + 1].start) === '-' && words[i + 1].cap) {
      const whole = text.slice(tokens[i].start, tokens[i + 1].end);
      const geox = morphology.parses(whole).find((p) => has(p, 'Geox') && p.score >= 0.1);
      if (geox) return make('place', i, i + 1, likeWritten(geox.normalize().word, whole), 'high');
      // `Алма-Атинской области`, `Южно-Китайском море`: a hyphenated adjective before a place noun written in
      // lower case; its last part and the noun back in the nominative.
      const second = words[i + 1].parses.find((p) => has(p, 'ADJF'));
      const k = i + 2;
      if (second && k < tokens.length && joined(i + 1, k) && !words[k].cap) {
        const noun = words[k].parses.find(
          (p) =>
            has(p, 'NOUN') &&
            placeNouns.has(p.normalize().word) &&
            has(p, 'sing') &&
            cases.some((x) => has(p, x) && has(second, x)),
        );
        const agreeing =
          noun && words[i + 1].parses.find((a) => has(a, 'ADJF') && cases.some((x) => has(a, x) && has(noun, x)));
        if (noun && agreeing) {
          const gender = has(noun, 'femn') ? 'femn' : has(noun, 'neut') ? 'neut' : 'masc';
          const form = agreeing.inflect(['nomn', gender]) || agreeing.normalize();
          const normal = `${text.slice(tokens[i].start, tokens[i + 1].start)}${likeWritten(form.word, tokens[i + 1].text)} ${noun.normalize().word}`;
          return make('place', i, k, normal, 'high');
        }
      }
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
    // `Соединённого Королевства` → `Соединённое Королевство`: a capitalised participle before a place head in
    // the singular, its ending put back in the nominative (`az` inflects a passive participle into an active one).
    if (i + 1 < tokens.length && joined(i, i + 1) && words[i + 1].cap && words[i].parses.some((p) => has(p, 'PRTF'))) {
      const single = words[i + 1].parses.find(
        (p) => has(p, 'NOUN') && has(p, 'sing') && !has(p, 'nomn') && placeHeads.has(p.normalize().word),
      );
      const participle = /(?:ого|ому|ым|ом|ой|ую)$/u.test(tokens[i].text);
      if (single && participle) {
        const ending = has(single, 'femn') ? 'ая' : has(single, 'neut') ? 'ое' : 'ый';
        const form = tokens[i].text.replace(/(?:ого|ому|ым|ом|ой|ую)$/u, ending);
        return make('place', i, i + 1, `${form} ${likeWritten(single.normalize().word, tokens[i + 1].text)}`, 'high');
      }
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
        const normal = `${titleCase(form.word)} ${titleCase(noun.normalize().word)}`;
        // `Единой России`, `Справедливая Россия`: Russia qualified otherwise than by a part or an age of it is
        // a party's or a movement's name.
        if (noun.normalize().word === 'россия' && !russiaParts.has(adj.normalize().word))
          return make('organization', i, i + 1, normal, 'low');
        return make('place', i, i + 1, normal, 'high');
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
        const normal = `${titleCase(form.word)} ${nounForm.word}`;
        // `Белый дом заявил`, `представитель Белого дома`: a seat of power named as no place (not after `в`,
        // `на`, `из` …) stands for the body that sits there, an organization in the OpenCorpora model.
        const seat = seatNouns.has(noun.normalize().word) && number === 'sing' && !afterPlacePreposition(i);
        return make(seat ? 'organization' : 'place', i, i + 1, normal, seat ? 'low' : 'high');
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
    // `в Тусоне`, `в Бенрате`, `из Брикстона`: an unknown capitalised word after a preposition of place.
    if (
      afterPlacePreposition(i) &&
      (unknown(i) || guessed(i)) &&
      /^\p{Script=Cyrillic}/u.test(tokens[i].text) &&
      !words[i].top.some((p) => has(p, 'Name') || has(p, 'Surn'))
    ) {
      // `на Даунинг-стрит`: lower-case or unknown parts joined by hyphens belong to the name, which stays as written.
      let last = i;
      while (
        last + 1 < tokens.length &&
        text.slice(tokens[last].end, tokens[last + 1].start) === '-' &&
        (/^\p{Ll}/u.test(tokens[last + 1].text) || unknown(last + 1) || guessed(last + 1))
      )
        last++;
      if (last > i) return make('place', i, last, text.slice(tokens[i].start, tokens[last].end), 'low');
      const noun = words[i].top.find((p) => has(p, 'NOUN'));
      return make('place', i, i, likeWritten(noun?.normalize().word ?? tokens[i].text, tokens[i].text), 'low');
    }
    const geox = words[i].parses.find((p) => has(p, 'Geox') && p.score >= 0.1);
    // `Поп-звезда Мадонна`: a place reading the dictionary ranks under a being's (`мадонна`) names no place
    // by itself; after `в`, `из` … `locativePlace` still reads it (`в Орле`).
    const being =
      geox && words[i].top.some((p) => has(p, 'NOUN') && has(p, 'anim') && !proper(p) && p.score > geox.score);
    if (
      geox &&
      !being &&
      !words[i].top.some((p) => has(p, 'Surn') || has(p, 'Name')) &&
      !(common(i) && sentenceInitial(text, tokens[i].start))
    ) {
      return make('place', i, i, likeWritten(geox.normalize().word, tokens[i].text), 'high');
    }
    return undefined;
  };

  /**
   * `в Милане`, `во Марселе`, `в армянском Гаваре`: a capitalised word in the locative after `в` / `во`
   * (one lower-case adjective may stand between) is where something happens, so a dictionary place
   * reading wins over a given name or surname the same form could be (`Милан`, `Марсель`); a person is
   * seldom in the locative after `в`. A surname guess for an unknown word is taken as a place too, at low
   * confidence. Not before another capitalised word: `в Анне Карениной` is a name of two words.
   */
  const locativePlace = (i: number): DetectedName | undefined => {
    // Not an acronym with a case ending (`во ВГИКе`), an organization's.
    if (!words[i].cap || /^\p{Lu}\p{Lu}/u.test(tokens[i].text) || !/^\p{Script=Cyrillic}/u.test(tokens[i].text))
      return undefined;
    if (i + 1 < tokens.length && words[i + 1].cap && joined(i, i + 1)) return undefined;
    if (i + 1 < tokens.length && text.slice(tokens[i].end, tokens[i + 1].start) === '-') return undefined;
    const preposition = (j: number) =>
      j >= 0 && /^(?:в|во)$/iu.test(tokens[j].text) && /^\s$/u.test(text.slice(tokens[j].end, tokens[j + 1].start));
    const adjective =
      i >= 2 &&
      !words[i - 1].cap &&
      joined(i - 1, i) &&
      words[i - 1].parses.some((p) => has(p, 'ADJF') && has(p, 'loct')) &&
      preposition(i - 2);
    if (!preposition(i - 1) && !adjective) return undefined;
    // `в Соловцовском театре`: an adjective opens a longer name, which the other rules read; `в Евросоюз`
    // is no locative.
    if (words[i].top.some((p) => has(p, 'ADJF')) || !words[i].parses.some((p) => has(p, 'loct'))) return undefined;
    // `в Евросоюзе`, `в Бундестаге`: a body named by one word is the body there, not a place (`в Кремле`, a
    // seat of power with its walls, stays a place, as `в Белом доме`).
    if (
      words[i].parses.some(
        (p) => has(p, 'loct') && bodyNames.has(p.normalize().word) && p.normalize().word !== 'кремль',
      )
    )
      return undefined;
    const plain = place(i);
    if (plain) return plain.type === 'place' ? plain : undefined;
    const geox = words[i].parses
      .filter((p) => has(p, 'Geox') && has(p, 'loct') && has(p, 'NOUN') && p.score >= 0.1)
      .sort((a, b) => b.score - a.score)[0];
    if (geox) return make('place', i, i, likeWritten(geox.normalize().word, tokens[i].text), 'high');
    // `во Флориде`: a capitalised inanimate noun with no plural (`Sgtm`) inside a sentence, in the locative,
    // that heads no body's name: a place the dictionary knows as a word but not as a place. Not a noun that
    // has a plural (`в Коране`, `в Олимпиаде`, `в Конституции` are no places).
    const inanimate = words[i].top.find(
      (p) => has(p, 'NOUN') && has(p, 'inan') && has(p, 'Sgtm') && has(p, 'loct') && !proper(p),
    );
    if (
      inanimate &&
      !unknown(i) &&
      !words[i].top.some((p) => has(p, 'Name') || has(p, 'Surn') || has(p, 'Fixd')) &&
      !sentenceInitial(text, tokens[i].start) &&
      !orgHeads.has(inanimate.normalize().word) &&
      !networkNames.has(inanimate.normalize().word) &&
      !notNames.has(inanimate.normalize().word)
    )
      return make('place', i, i, likeWritten(inanimate.normalize().word, tokens[i].text), 'low');
    // An unknown word: the predictor's guesses by its ending; a noun in the locative (not a given name,
    // inanimate first) gives the place's own form.
    // Only a word ending in the locative's `-е` (`в Тусоне`): `в семье Аньелли` is a foreign surname that
    // does not decline; and only a guess that keeps the word's stem.
    if (!(unknown(i) || guessed(i)) || !/е$/u.test(tokens[i].text)) return undefined;
    const stem = tokens[i].text.slice(0, 3).toLocaleLowerCase('ru');
    const nouns = words[i].parses.filter(
      (p) => has(p, 'NOUN') && has(p, 'loct') && !has(p, 'Name') && p.normalize().word.startsWith(stem),
    );
    const noun = nouns.find((p) => has(p, 'inan')) ?? nouns[0];
    return noun ? make('place', i, i, likeWritten(noun.normalize().word, tokens[i].text), 'low') : undefined;
  };

  /**
   * `штата Вермонт`, `провинции Хунань`, `округа Чарльз`: one capitalised word after a division of a country
   * names it, even a word the dictionary reads as a company or a given name; the name stands in apposition,
   * in the nominative, so it is its own normal form. Not a given name before another capitalised word
   * (`области Иван Петров` is a person after the region's name left out; `штата Вермонт Берни Сандерс` is not).
   */
  const divisionPlace = (i: number): DetectedName | undefined => {
    if (!words[i].cap || !cueBefore(i, divisionCues) || isAllCaps(tokens[i].text)) return undefined;
    if (!/^\p{Script=Cyrillic}/u.test(tokens[i].text) || words[i].top.some((p) => has(p, 'ADJF'))) return undefined;
    if (i + 1 < tokens.length && joined(i, i + 1) && words[i + 1].cap && isGiven(i)) return undefined;
    if (i + 1 < tokens.length && /^[-\u2010\u2011]/u.test(text.slice(tokens[i].end))) return undefined;
    // A place the other rules read (`области Луны`) keeps their normal form.
    const plain = place(i);
    if (plain?.type === 'place') return plain;
    const geox = words[i].parses.find((p) => has(p, 'Geox') && p.score >= 0.1);
    return make('place', i, i, likeWritten(geox?.normalize().word ?? tokens[i].text, tokens[i].text), 'high');
  };

  /**
   * `деревни Иттан Уали`, `в городе Маунтин-Вью`, `посёлка Петро-Славянка`: two or three capitalised words
   * joined by a space or a hyphen after a lower-case noun of place are one place's name, not a person's.
   * Not a run that opens with a given name (`улице Ивана Франко` names a person's street after him, as the
   * person rules read it), nor one that holds a given name after the first word (`деревне Ивановка Петра
   * Смирнова`: the run stops before it), but for words joined by a hyphen (`Петро-Славянка`), nor one that holds an acronym or a Latin word. The last word goes
   * back to its nominative where the dictionary reads it as an ordinary noun; the others stay as written.
   */
  const cuedPlaceRun = (i: number): DetectedName | undefined => {
    const hyphen = (k: number) => text.slice(tokens[k].end, tokens[k + 1].start) === '-';
    // A given name the dictionary holds (`Ивана`), not one the predictor guesses for a foreign word (`Клауд`).
    const given = (k: number) => words[k].top.some((p) => has(p, 'Name') && p.parser === 'Dictionary');
    if (!words[i].cap || !cueBefore(i, placeCues) || (given(i) && !(i + 1 < tokens.length && hyphen(i))))
      return undefined;
    const fits = (k: number) =>
      /^\p{Script=Cyrillic}\p{Ll}+$/u.test(tokens[k].text) && !words[k].top.some((p) => has(p, 'ADJF'));
    // A place the dictionary knows opens no longer name here: `штата Вермонт Берни Сандерса` is the state and
    // then a person.
    if (!fits(i) || words[i].parses.some((p) => has(p, 'Geox') && p.score >= 0.1)) return undefined;
    let last = i;
    while (
      last + 1 < tokens.length &&
      last - i < 2 &&
      /^[ \u00A0-]$/u.test(text.slice(tokens[last].end, tokens[last + 1].start)) &&
      words[last + 1].cap &&
      fits(last + 1) &&
      (hyphen(last) || !given(last + 1))
    )
      last++;
    if (last === i || (last + 1 < tokens.length && joined(last, last + 1) && words[last + 1].cap)) return undefined;
    const noun = words[last].top.find(
      (p) =>
        has(p, 'NOUN') &&
        !proper(p) &&
        p.score >= 0.3 &&
        p.normalize().word.startsWith(tokens[last].text.slice(0, 3).toLocaleLowerCase('ru')),
    );
    const end = noun ? likeWritten(noun.normalize().word, tokens[last].text) : tokens[last].text;
    const normal = text.slice(tokens[i].start, tokens[last].start) + end;
    return make('place', i, last, normal, 'low');
  };

  return { place, locativePlace, divisionPlace, cuedPlaceRun };
}
