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
 * Each family of rules has its file (`ru-persons.ts`, `ru-bodies.ts` and `ru-organizations.ts`,
 * `ru-places.ts`) over the token questions of `ru-context.ts`; this file tries them token by token. The
 * word lists the rules read are data, in `ru-lexicon.ts`.
 */
import type { Morphology } from '../morphology.ts';
import { countryAcronyms, likeWritten } from './common.ts';
import { has, proper, russianContext, type RussianContext } from './ru-context.ts';
import { crewRules } from './ru-crews.ts';
import { employerRules } from './ru-employers.ts';
import { foreignCompany, listedOrganizations } from './ru-organization-passes.ts';
import { organizationRules } from './ru-organizations.ts';
import { personRules } from './ru-persons.ts';
import { legalFormCompanies } from './ru-legal-forms.ts';
import { placeRules } from './ru-places.ts';
import { bodyNames, orgHeads, placeAcronyms, workNouns } from './ru-lexicon.ts';
import { nameKey } from './name-key.ts';
import type { DetectedName } from './types.ts';

/** Names found in one Russian paragraph (1-based number `paragraph`). */
export function detectRussian(text: string, paragraph: number, morphology: Morphology): DetectedName[] {
  const c = russianContext(text, paragraph, morphology);
  const { tokens, found, make } = c;
  const { person } = personRules(c);
  const { organization, cued, compound, hyphenatedOrganization, pressService } = organizationRules(c);
  const { place, locativePlace, divisionPlace, cuedPlaceRun } = placeRules(c);
  const { employer } = employerRules(c);
  const { crew } = crewRules(c);

  /**
   * `в Грейт-Данмоу`, `в Сан-Ладзаро-ди-Савена`: a hyphenated name after `в` / `во` that the rules would read
   * as a person's and nothing more is where something happens, as `locativePlace` reads one word.
   */
  const hyphenatedPlace = (i: number, person: (i: number) => DetectedName | undefined) => {
    if (!c.afterPlacePreposition(i) || !/^(?:в|во)$/iu.test(tokens[i - 1].text)) return undefined;
    const named = person(i);
    if (named?.type !== 'person') return undefined;
    const end = tokens.findIndex((t) => t.end === named.end);
    for (let k = i; k < end; k++) if (text.slice(tokens[k].end, tokens[k + 1].start) !== '-') return undefined;
    return make('place', i, end, named.text, 'low');
  };

  /**
   * `деревни Иттан Уали`: the place words after a noun of place (`ru-places.ts`), unless a person's full name
   * opens inside them (`штата Вермонт Берни Сандерса`: the state, then the senator), which the run leaves to
   * the person rules.
   */
  const cuedPlace = (i: number) => {
    const run = cuedPlaceRun(i);
    if (!run) return undefined;
    for (let k = i + 1; k < tokens.length && tokens[k].start < run.end; k++) {
      const named = person(k);
      if (named?.type === 'person' && named.given && named.surname) return undefined;
    }
    return run;
  };

  let i = 0;
  while (i < tokens.length) {
    const hyphenated = i + 1 < tokens.length && text.slice(tokens[i].end, tokens[i + 1].start) === '-';
    const name = hyphenated
      ? (pressService(i) ??
        cuedPlace(i) ??
        crew(i) ??
        employer(i) ??
        place(i) ??
        hyphenatedPlace(i, person) ??
        hyphenatedOrganization(i) ??
        cued(i) ??
        person(i) ??
        organization(i))
      : (compound(i) ??
        cuedPlace(i) ??
        crew(i) ??
        employer(i) ??
        cued(i) ??
        locativePlace(i) ??
        divisionPlace(i) ??
        foreignCompany(person(i), text) ??
        organization(i) ??
        place(i));
    if (!name) {
      i++;
      continue;
    }
    if (!quotedPlace(name, text)) found.push(name);
    let next = i + 1;
    while (next < tokens.length && tokens[next].start < name.end) next++;
    // Places named inside an organization's name are places too (`правительство России`).
    if (name.type === 'organization') {
      for (let k = i + 1; k < next; k++) {
        const country = countryAcronyms.get(tokens[k].text);
        // `экипаже МКС`: a station in orbit named inside is a place too (`placeAcronyms`).
        const inner = country
          ? make('place', k, k, country, 'high')
          : placeAcronyms.has(tokens[k].text)
            ? make('place', k, k, tokens[k].text, 'high')
            : (placeOnly(place(k)) ??
              (k === next - 1 ||
              tokens[k - 1].text === 'имени' ||
              (k === next - 2 &&
                (c.isGiven(k) || c.womanUndeclined(k)) &&
                /^\s$/u.test(text.slice(tokens[k - 1].end, tokens[k].start)) &&
                !c.words[k - 1].cap)
                ? person(k)
                : undefined));
        if (inner && inner.end <= name.end) {
          found.push(inner);
          // `театра имени Евгения Вахтангова`: the person named inside is one name, not a name and a surname.
          while (k + 1 < next && tokens[k + 1].end <= inner.end) k++;
        }
      }
    }
    i = next;
  }
  coordinatedPlaces(c);
  return legalFormCompanies(
    [
      ...found.map((n) => (n.type === 'person' ? foreignNominative(n, morphology) : n)),
      ...listedOrganizations(text, found),
    ]
      .filter((n) => !quotedLatinWork(n, text, morphology) && !familyName(n, text, morphology))
      .sort((a, b) => a.start - b.start),
    c,
  );
}

/** Case endings a man's foreign name takes on a hard consonant: genitive or accusative, dative, instrumental. */
const foreignEndings = [/(?<=[бвгдзклмнпрстфх])а$/u, /(?<=[бвгдзклмнпрстфх])у$/u, /(?<=[бвгдзклмнпрстфх])ом$/u];

/**
 * `Гэвина Уильямсона`, `Лайма Фокса` → `Гэвин Уильямсон`, `Лайм Фокс`: a name the rules left as written (the
 * dictionary does not decline it), no word of it a woman's given name or a place, each word with the same case ending of
 * a man's name on a hard consonant, is a man's name in that case.
 */
function foreignNominative(name: DetectedName, morphology: Morphology): DetectedName {
  const words = name.text.split(/[ \u00A0]+/u);
  if (name.normal !== name.text || words.length < 2 || words.length > 3) return name;
  if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return name;
  const ending = foreignEndings.find((e) => words.every((w) => e.test(w)));
  if (!ending) return name;
  const known = words.some((w) =>
    morphology.parses(w).some((p) => (p.tag.Name && p.tag.femn && p.score >= 0.2) || (p.tag.Geox && p.score >= 0.3)),
  );
  if (known) return name;
  const stripped = words.map((w) => w.replace(ending, ''));
  const normal = stripped.join(' ');
  return { ...name, normal, key: nameKey(normal), given: stripped[0], surname: stripped.at(-1), gender: 'male' };
}

/** A place rule's answer when it is a place (`Единая Россия` inside a name reads as a party, not a place). */
const placeOnly = (name: DetectedName | undefined) => (name?.type === 'place' ? name : undefined);

/**
 * `«Ростов» выиграл`, `кинотеатр «Тула»`: a place name that fills a pair of quotes names a club, a
 * company, a cinema or a ship called after the place, not the place.
 */
export function quotedPlace(name: DetectedName, text: string): boolean {
  return name.type === 'place' && text.charAt(name.start - 1) === '«' && text.charAt(name.end) === '»';
}

/** An opening quote right before a name, and the closing quotes. */
const openingQuote = /(?:«|"|“|„|'')$/u;
const closingQuote = /»|"|”|''/u;

/**
 * `синглами «Today», «Talk Talk»`, `альбома ''Magna Carta Holy Grail''`: Latin words that fill a pair of
 * quotes name a work (a song, an album, a film, a motto), not an organization, where a noun of a work
 * stands shortly before the quotes, where they are one of a list of quoted titles, or where they hold a
 * word in lower case that no name's small words are (`''There shall never be''`).
 */
function quotedLatinWork(name: DetectedName, text: string, morphology: Morphology): boolean {
  if (name.type !== 'organization' || !/^\p{Script=Latin}/u.test(name.text)) return false;
  const before = text.slice(0, name.start);
  const opening = openingQuote.exec(before);
  if (!opening) return false;
  const close = text.slice(name.end).search(closingQuote);
  const quoted = close < 0 ? '' : text.slice(name.start, name.end + close);
  if (close < 0 || !/^[\p{Script=Latin}\p{N}\s'’.,!?&:-]*$/u.test(quoted)) return false;
  const closing = closingQuote.exec(text.slice(name.end + close))![0];
  const after = text.slice(name.end + close + closing.length);
  const list =
    /(?:»|"|”|'')(?:,[ \u00A0]*|[ \u00A0]+и[ \u00A0]+)$/u.test(before.slice(0, opening.index)) ||
    /^(?:,[ \u00A0]*|[ \u00A0]+и[ \u00A0]+)(?:«|"|“|„|'')/u.test(after);
  const phrase = quoted.split(/[^\p{L}]+/u).some((w) => /^\p{Ll}{2,}$/u.test(w) && !latinSmallWords.has(w));
  const cue = before
    .slice(Math.max(0, opening.index - 40), opening.index)
    .split(/[^\p{L}-]+/u)
    .filter(Boolean)
    .slice(-3)
    .some((w) =>
      morphology.parses(w.toLocaleLowerCase('ru')).some((p) => p.tag.NOUN && workNouns.has(p.normalize().word)),
    );
  return list || phrase || cue;
}

/** Nouns of a family or of a case against it before a surname in the plural (`клан Шаймиевых`, `дело Скрипалей`). */
const familyCue =
  /(?<![\p{L}\p{N}])(?:семь[яиейюё]|семейств?[аеуо]?м?|клан[аеу]?|брать[ея]в|брать[ея]|сест[её]р|супруг(?:ов|ам|ами|и)?|чет[аыеу]|дел[аоу]?|отравлени[еяю])[ \u00A0]+$/iu;

/**
 * `братьев Ямадаевых`, `клан Шаймиевых`, `дело Скрипалей`: one surname in the plural names a family, not
 * a person: a word the dictionary reads as a surname in the plural only (`-ых`, `-их`), or, after a noun
 * of a family or of a case, a surname's plural in `-ей` that is no given name.
 */
function familyName(name: DetectedName, text: string, morphology: Morphology): boolean {
  if (name.type !== 'person' || name.given || name.patronymic || /[ \u00A0.-]/u.test(name.text)) return false;
  const surnames = morphology.parses(name.text).filter((p) => p.tag.Surn && p.score >= 0.05);
  if (/(?:ых|их)$/u.test(name.text)) return surnames.length > 0 && surnames.every((p) => p.tag.plur);
  if (!/(?<=\p{Ll}{3})ей$/u.test(name.text) || !familyCue.test(text.slice(Math.max(0, name.start - 30), name.start)))
    return false;
  return !morphology.parses(name.text).some((p) => (p.tag.Name || (p.tag.Surn && p.tag.sing)) && p.score >= 0.05);
}

/** Small words inside names written in Latin script (`Bank of China`, `Corriere della Sera`). */
const latinSmallWords = new Set([
  'of',
  'and',
  'the',
  'for',
  'de',
  'la',
  'le',
  'du',
  'des',
  'della',
  'di',
  'von',
  'van',
  'der',
  'und',
  'et',
  'el',
]);

/**
 * `во Флориде, Иллинойсе и Аризоне`: a capitalised noun joined by a comma or `и` to a place before it, in
 * the case that place is in, is one more place of the list, though the dictionary knows it only as a word
 * or not at all. Not a given name or a surname, nor a word heading a body's name.
 */
function coordinatedPlaces(c: RussianContext): void {
  const { text, tokens, words, found, make } = c;
  const taken = (k: number) => found.some((n) => n.start < tokens[k].end && tokens[k].start < n.end);
  for (let p = 0; p < found.length; p++) {
    const place = found[p];
    if (place.type !== 'place') continue;
    const last = tokens.findIndex((t) => t.end === place.end);
    const k = last + 1;
    if (
      last < 0 ||
      k >= tokens.length ||
      !/^(?:,[ \u00A0]|[ \u00A0]и[ \u00A0])$/u.test(text.slice(tokens[last].end, tokens[k].start))
    )
      continue;
    if (!words[k].cap || !/^\p{Script=Cyrillic}\p{Ll}/u.test(tokens[k].text) || taken(k)) continue;
    if (
      k + 1 < tokens.length &&
      words[k + 1].cap &&
      /^[ \u00A0-]$/u.test(text.slice(tokens[k].end, tokens[k + 1].start))
    )
      continue;
    const lemma = place.normal.toLocaleLowerCase('ru');
    const placeCases = words[last].parses
      .filter((r) => r.normalize().word === lemma)
      .flatMap((r) => c.cases.filter((x) => has(r, x)));
    if (placeCases.length === 0 || placeCases.includes('nomn')) continue;
    if (words[k].top.some((r) => has(r, 'Name') || has(r, 'Surn') || has(r, 'Patr') || has(r, 'ADJF'))) continue;
    const noun = words[k].top.find(
      (r) =>
        has(r, 'NOUN') &&
        placeCases.some((x) => has(r, x)) &&
        !orgHeads.has(r.normalize().word) &&
        !bodyNames.has(r.normalize().word) &&
        (!proper(r) || has(r, 'Geox')),
    );
    if (!noun) continue;
    found.splice(p + 1, 0, make('place', k, k, likeWritten(noun.normalize().word, tokens[k].text), 'low'));
  }
}
