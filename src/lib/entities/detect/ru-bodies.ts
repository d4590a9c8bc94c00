/**
 * Russian bodies named by a head noun: `[Adj…] Head [genitive tail] [«quoted name»]`
 * (`Евразийского экономического союза` → `Евразийский экономический союз`, `Центр современной культуры
 * «Гараж»`), a lower-case body of a country (`японское правительство`), a body named by its head alone
 * (`Кремль`, `в Конгрессе`), compound names (`Минфин`, `Госдума`) and hyphenated dictionary names (`Аль-Каиды`).
 */
import type { AzParse } from 'az';
import { isAllCaps } from '../tokenize.ts';
import { commonAcronyms, countryAcronyms, likeWritten, sentenceInitial, titleCase } from './common.ts';
import { has, proper, type RussianContext } from './ru-context.ts';
import {
  adjectivalHeads,
  bodyNames,
  bodyTails,
  commonRegionals,
  countryHeads,
  pluralCountryHeads,
  governmentHeads,
  orgHeads,
  personTitles,
  personalHeads,
  placeHeads,
  pluralHeads,
  pressHeads,
  stateBodies,
  statesLikeBodies,
  uniqueBodies,
} from './ru-lexicon.ts';
import type { DetectedName } from './types.ts';

/** A cheap look before the readings: the first letters of `countryHeads`, which a head starts with. */
const countryHeadStart = new RegExp(`^(?:${[...countryHeads].map((word) => word.slice(0, 4)).join('|')})`, 'iu');

/**
 * A participle put back in the nominative by its ending (`Объединённого` → `объединённый`): the dictionary
 * inflects a passive participle to its active form (and a superlative to its plain adjective).
 */
function participleNominative(written: string, form: string): string {
  const lower = written.toLocaleLowerCase('ru');
  // A stem on a hushing consonant takes the soft endings (`Высшей` → `высшая`, `Высшего` → `высший`).
  if (/[шжчщ](?:его|ему|им|ем|ей|ую|ая|ее|ие|их|ими|ий)$/u.test(lower)) {
    const stem = lower.replace(/(?:его|ему|им|ем|ей|ую|ая|ее|ие|их|ими|ий)$/u, '');
    const soft: Record<string, string> = { masc: 'ий', femn: 'ая', neut: 'ее', plur: 'ие' };
    return stem + soft[form];
  }
  const stem = lower.replace(/(?:ого|ому|ым|ом|ой|ую|ая|ое|ые|ых|ыми|ый)$/u, '');
  const endings: Record<string, string> = { masc: 'ый', femn: 'ая', neut: 'ое', plur: 'ые' };
  return stem + endings[form];
}

/** The first part of a press service's name (`пресс-служба`, `PR-служба`, `пиар-служба`). */
const pressPrefixes = /^(?:пресс|PR|пиар)$/iu;

/** The head-noun rules over one paragraph. */
export function bodyRules(c: RussianContext) {
  const {
    text,
    tokens,
    words,
    cases,
    make,
    joined,
    parseWith,
    lemmaOf,
    isGiven,
    bodyHead,
    quotedAfter,
    nominativeQuoted,
    morphology,
  } = c;

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
        words[j + 1].parses.some((p) => has(p, 'gent') && has(p, 'ADJF')) &&
        // `европейского союза и таможенного союза`: not when a head before `и` and an adjective and a head after it
        // make two bodies (`экономического и валютного союза` is one).
        !(j + 2 < tokens.length && bodyHead(j - 1) && bodyHead(j + 2))
      ) {
        j++;
        continue;
      }
      // `университета имени Ломоносова`, `театра имени Евгения Вахтангова`: the person a body is named after
      // ends its name, capitalised words in the genitive, whatever the dictionary reads them as.
      if (w.token.text === 'имени' && j + 1 < tokens.length && joined(j, j + 1) && words[j + 1].cap) {
        let k = j + 1;
        while (k + 1 < tokens.length && k - j < 3 && joined(k, k + 1) && words[k + 1].cap) k++;
        return k;
      }
      // `Республики Беларусь`: a place name after республика, федерация … stays in the nominative.
      if (w.cap && parseWith(j, 'Geox') && words[j - 1].parses.some((p) => placeHeads.has(p.normalize().word))) {
        end = j++;
        continue;
      }
      const gent = w.parses.some((p) => has(p, 'gent') && (has(p, 'NOUN') || has(p, 'ADJF')) && p.score >= 0.1);
      if (!gent || isGiven(j) || c.womanUndeclined(j) || (w.cap && parseWith(j, 'Surn', 0.3) && !parseWith(j, 'Geox')))
        break;
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
   * `администрация президента Обамы`, `кабинета Нетаньяху`, `кабинете Дэвида Кэмерона`: a surname in the genitive
   * (after a title or a given name in the genitive, perhaps) right after a head of `personalHeads` ends the body's name; `from - 1` when none does.
   */
  const personTail = (from: number): number => {
    let k = from;
    if (k < tokens.length && joined(k - 1, k) && !words[k].cap && personTitles.has(lemmaOf(k))) k++;
    // `штаб Любови Соболь`: a woman's given name and her surname, which does not decline.
    if (k < tokens.length && joined(k - 1, k) && c.womanUndeclined(k)) return k + 1;
    // `правительства Терезы Мэй`: a given name in the genitive before the surname.
    if (
      k + 1 < tokens.length &&
      joined(k - 1, k) &&
      isGiven(k) &&
      words[k].top.some((p) => has(p, 'Name') && has(p, 'gent')) &&
      joined(k, k + 1) &&
      words[k + 1].cap &&
      !isGiven(k + 1)
    )
      k++;
    if (k >= tokens.length || !joined(k - 1, k) || !words[k].cap || isAllCaps(tokens[k].text) || isGiven(k))
      return from - 1;
    const surname =
      words[k].parses.some((p) => has(p, 'Surn') && has(p, 'gent') && p.score >= 0.05) ||
      (/^\p{Script=Cyrillic}+$/u.test(tokens[k].text) &&
        !words[k].parses.some((p) => p.score >= 0.3 && !proper(p)) &&
        !parseWith(k, 'Geox'));
    return surname ? k : from - 1;
  };

  const headLemmaOf = (head: AzParse) => adjectivalHeads.get(head.normalize().word) ?? head.normalize().word;

  /**
   * A body named by its head at token `i` or after adjectives from `i`: `{ name }` when the head rule
   * decides (`name` undefined: no name here, and no other organization rule either), undefined when it has no head there.
   */
  const body = (i: number): { name?: DetectedName } | undefined => {
    // [Adj…] Head [tail]
    let j = i;
    const adjectives: number[] = [];
    // The first part of a hyphenated adjective (`винно-` in `Русской винно-водочной компании`), by the adjective.
    const prefixes = new Map<number, string>();
    // A capitalised participle is an adjective of a name too (`Объединённого фронта`).
    const adjectival = (k: number, p: AzParse) => has(p, 'ADJF') || (words[k].cap && has(p, 'PRTF'));
    // `Эта группа`, `Такой союз`: a pronoun points at a body named elsewhere, it names none.
    const adjective = (k: number) =>
      k < tokens.length &&
      words[k].parses.some((p) => adjectival(k, p)) &&
      !words[k].parses.some((p) => has(p, 'Apro') && p.score >= 0.1) &&
      !orgHeads.has(lemmaOf(k)) &&
      !bodyHead(k);
    while (j < tokens.length && (j === i || joined(j - 1, j)) && adjectives.length < 4) {
      if (
        j + 1 < tokens.length &&
        text.slice(tokens[j].end, tokens[j + 1].start) === '-' &&
        /^\p{Script=Cyrillic}+$/u.test(tokens[j].text) &&
        !words[j + 1].cap &&
        adjective(j + 1)
      ) {
        prefixes.set(j + 1, text.slice(tokens[j].start, tokens[j + 1].start));
        adjectives.push(j + 1);
        j += 2;
        continue;
      }
      if (!adjective(j)) break;
      adjectives.push(j++);
    }
    if (j < tokens.length && (j === i || joined(j - 1, j))) {
      const head = bodyHead(j);
      if (head) {
        const headLemma = headLemmaOf(head);
        const end = Math.max(tailEnd(j + 1), personalHeads.has(headLemma) ? personTail(j + 1) : j);
        // `Российской Федерации`: a place head with no tail is the place rule's.
        if (placeHeads.has(headLemma) && end === j) return {};
        // `Независимые профсоюзы`, `все федерации страны`: adjectives only in the plural make the head plural,
        // many bodies of a kind and none by name (but `правоохранительные органы Китая`, a `pluralHeads` body).
        const plural =
          adjectives.length > 0 &&
          !pluralHeads.has(headLemma) &&
          adjectives.every((a) => words[a].parses.filter((p) => adjectival(a, p)).every((p) => has(p, 'plur')));
        if (plural && !quotedAfter(end > j ? end : j)) return {};
        // `японское правительство`, `японского дипломатического ведомства`: a lower-case body of a country,
        // named by the country's adjective among those before its head.
        const national =
          stateBodies.has(headLemma) &&
          adjectives.length > 0 &&
          adjectives.every((a) => !words[a].cap) &&
          adjectives.some((a) =>
            words[a].parses.some(
              (p) =>
                has(p, 'ADJF') && /(?:ск|цк)ий$/u.test(p.normalize().word) && !commonRegionals.has(p.normalize().word),
            ),
          );
        // `верховного суда`, `европейского союза`: a body there is one of, named in lower case.
        const unique =
          adjectives.length === 1 &&
          !words[adjectives[0]].cap &&
          words[adjectives[0]].parses.some(
            (p) => has(p, 'ADJF') && uniqueBodies.has(`${p.normalize().word} ${headLemma}`),
          );
        // `Центр современной культуры «Гараж»`, `клуба «16 тонн»`: a quoted name right after the head or its tail.
        const named = quotedAfter(end > j ? end : j);
        // `министерство иностранных дел`, `службы внешней разведки`: a state body's head with a tail of an
        // adjective and a noun names one body, in lower case too.
        const described =
          (adjectives.length === 0 &&
            governmentHeads.has(headLemma) &&
            end - j >= 2 &&
            words.slice(j + 1, end + 1).some((w) => w.parses.some((p) => has(p, 'ADJF') && has(p, 'gent')))) ||
          // `палаты представителей`, `кабинета министров`: a head and the one noun that makes it a body's name.
          (adjectives.length === 0 &&
            end > j &&
            !has(head, 'plur') &&
            Boolean(bodyTails.get(headLemma)?.has(tokens[j + 1].text.toLocaleLowerCase('ru'))));
        const capitalised =
          words[i].cap ||
          national ||
          unique ||
          named ||
          described ||
          (end > j && words.slice(j + 1, end + 1).some((w) => w.cap));
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
            const parse = words[a].parses.find((p) => adjectival(a, p))!;
            // A participle, or a superlative the dictionary reads as its plain adjective (`Высшей` → `высокий`).
            if (!has(parse, 'ADJF') || has(parse, 'Supr'))
              return participleNominative(tokens[a].text, number === 'plur' ? 'plur' : gender);
            const form = parse.inflect(number === 'plur' ? ['nomn', 'plur'] : ['nomn', gender]);
            return (prefixes.get(a) ?? '') + (form ? form.word : parse.normalize().word);
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
            return { name: { ...found, end: named.end + 1, text: text.slice(found.start, named.end + 1) } };
          }
          // A state named like a body (`Советского Союза`) is a place.
          if (statesLikeBodies.has(normal.toLocaleLowerCase('ru')))
            return { name: make('place', i, end > j ? end : j, normal.replace(/ союз$/u, ' Союз'), 'high') };
          return { name: make('organization', i, end > j ? end : j, normal, 'high') };
        }
        // `Кремль`, `в Конгрессе`, `Дума одобрила`: a body named by its head alone, with a capital.
        // Not in quotes: `корабля «Союз»` names a thing.
        const quoted = /["«„“]\s*$/u.test(text.slice(0, tokens[j].start));
        if (adjectives.length === 0 && words[j].cap && !isAllCaps(tokens[j].text) && !quoted) {
          const known = bodyNames.has(headLemma);
          if (known || !sentenceInitial(text, tokens[j].start))
            return { name: make('organization', j, j, titleCase(headLemma), known ? 'high' : 'low') };
        }
        // `поздравил сборную`, `со сборной`: a national team by `сборная` alone, not `сборную мебель`.
        if (adjectives.length === 0 && end === j && headLemma === 'сборная' && !has(head, 'plur')) {
          const noun =
            joined(j, j + 1) &&
            words[j + 1].parses.some(
              (p) => has(p, 'NOUN') && p.score >= 0.3 && cases.some((k) => has(p, k) && has(head, k)),
            );
          if (!noun) return { name: make('organization', j, j, 'сборная', 'low') };
        }
      }
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

  /**
   * `пресс-служба Сбербанка`, `PR-служба форума`, `пресс-служба губернатора`: a body's press service
   * with whose it is, a body of its own in the OpenCorpora model, whatever its tail (a name, a common noun,
   * a person); without a tail it is left out.
   */
  const pressService = (i: number): DetectedName | undefined => {
    const k = i + 1;
    if (k >= tokens.length || !pressPrefixes.test(tokens[i].text) || text.slice(tokens[i].end, tokens[k].start) !== '-')
      return undefined;
    const head = words[k].parses.find((p) => has(p, 'NOUN') && !has(p, 'plur') && pressHeads.has(p.normalize().word));
    if (!head) return undefined;
    const end = Math.max(tailEnd(k + 1), personTail(k + 1));
    if (end <= k) return undefined;
    const prefix = text.slice(tokens[i].start, tokens[k].start);
    const normal = `${prefix}${head.normalize().word} ${text.slice(tokens[k + 1].start, tokens[end].end)}`;
    return make('organization', i, end, normal.charAt(0).toLocaleUpperCase('ru') + normal.slice(1), 'high');
  };

  /** A country's adjective (`палестинской`, `японского`), in lower case. */
  const countryAdjective = (k: number) =>
    !words[k].cap &&
    words[k].parses.some(
      (p) => has(p, 'ADJF') && /(?:ск|цк)ий$/u.test(p.normalize().word) && !commonRegionals.has(p.normalize().word),
    );
  /** A country in the genitive (`Грузии`, `США`), no surname. */
  const countryAt = (k: number) =>
    k < tokens.length &&
    words[k].cap &&
    (countryAcronyms.has(tokens[k].text) ||
      (words[k].parses.some((p) => has(p, 'Geox') && has(p, 'gent') && p.score >= 0.1) && !parseWith(k, 'Surn', 0.1)));

  /**
   * `делегация США`, `руководство Грузии`, `палестинской делегации`: a country's delegation or leadership is
   * a body, named by the country after it or the country's adjective before it; with anything else (`делегации
   * ОБСЕ`, `руководство театра`, `руководство страны`) it is no name.
   */
  /** The head in the nominative, in the plural when it names the body so (`властями` → `власти`). */
  const nominative = (head: AzParse) =>
    has(head, 'plur') ? (head.inflect(['nomn', 'plur']) || head.normalize()).word : head.normalize().word;
  const countryBody = (i: number): DetectedName | undefined => {
    const headAt = (k: number) =>
      k < tokens.length &&
      countryHeadStart.test(tokens[k].text) &&
      (!words[k].cap || sentenceInitial(text, tokens[k].start)) &&
      words[k].parses.find(
        (p) =>
          has(p, 'NOUN') &&
          countryHeads.has(p.normalize().word) &&
          has(p, 'plur') === pluralCountryHeads.has(p.normalize().word),
      );
    const head = headAt(i);
    if (head && joined(i, i + 1) && countryAt(i + 1)) {
      const normal = `${titleCase(nominative(head))} ${tokens[i + 1].text}`;
      return make('organization', i, i + 1, normal, 'high');
    }
    const after = i + 1 < tokens.length && joined(i, i + 1) ? headAt(i + 1) : undefined;
    if (after && countryAdjective(i)) {
      const gender = has(after, 'femn') ? 'femn' : has(after, 'neut') ? 'neut' : 'masc';
      // `украинской власти` is the power, not the body: the adjective agrees in number with the head.
      const adjective = words[i].parses.find((p) => has(p, 'ADJF') && has(p, 'plur') === has(after, 'plur'));
      if (!adjective) return undefined;
      const form = (
        adjective.inflect(has(after, 'plur') ? ['nomn', 'plur'] : ['nomn', gender]) || adjective.normalize()
      ).word;
      return make('organization', i, i + 1, `${titleCase(form)} ${nominative(after)}`, 'high');
    }
    return undefined;
  };

  return { body, compound, hyphenatedOrganization, pressService, countryBody };
}
