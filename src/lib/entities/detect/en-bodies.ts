/**
 * English bodies beyond one run: a company's and a team's short names (`englishCompanyNames`,
 * `teamNickname`), a body's alias or acronym (`englishAliases`), outlets that said something
 * (`englishOutlets`) and companies named again by their short name (`englishCompanies`).
 */
import { isAllCaps } from '../tokenize.ts';
import { byPosition } from './common.ts';
import { nameKey } from './name-key.ts';
import {
  agencies,
  companyEnds,
  connectors,
  countries,
  gazetteerCities,
  gazetteerPlaces,
  givenNames,
  nationalities,
  orgWords,
  placeWords,
  schoolHeads,
  stopWords,
  thingWords,
} from './en-lexicon.ts';
import type { DetectedName, TextLanguage } from './types.ts';
import { afterTitle, clubEnds, englishOccurrences, isNationality } from './en-cues.ts';

/**
 * The nickname of a team named by its city and a plural (`Seattle Mariners` → `Mariners`, `Boston Red
 * Sox` → `Red Sox`), or undefined for any other name.
 */
export function teamNickname(name: string): string | undefined {
  const words = name.split(/[\s\u00A0]+/u);
  for (let k = 1; k <= 3 && k < words.length; k++) {
    // `St. Louis Cardinals`: the city's dotted abbreviation reads as the gazetteer writes it.
    const city = words.slice(0, k).join(' ').toLowerCase().replaceAll('.', '');
    const rest = words.slice(k);
    if (!gazetteerCities.has(city) || rest.length > 2) continue;
    const last = rest[rest.length - 1];
    if (!/^\p{Lu}\p{Ll}+[sx]$/u.test(last) || rest.some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    const lowered = rest.map((w) => w.toLowerCase());
    if (
      lowered.some(
        (w) => companyEnds.has(w) || orgWords.has(w) || thingWords.has(w) || placeWords.has(w) || isNationality(w),
      )
    )
      continue;
    return rest.join(' ');
  }
  return undefined;
}

/**
 * The short names of a company written with its legal form or company word (`Cofinec SA` → `Cofinec`,
 * `Magna International Inc` → `Magna International`, `Magna`), or a one-word company's own name; none
 * for other bodies (`Ministry of Finance`) and none that are common or known words (`lowerWords`: the
 * article's words in lower case).
 */
export function englishCompanyNames(name: string, lowerWords: ReadonlySet<string>): string[] {
  const words = name.split(/[\s\u00A0]+/u);
  const distinct = (word: string) => {
    const w = word.toLowerCase();
    return (
      word.length >= 3 &&
      /^\p{Lu}[\p{L}-]+$/u.test(word) &&
      !isAllCaps(word) &&
      ![
        agencies,
        stopWords,
        connectors,
        orgWords,
        thingWords,
        gazetteerPlaces,
        givenNames,
        nationalities,
        lowerWords,
      ].some((list) => list.has(w))
    );
  };
  const nickname = teamNickname(name);
  if (nickname) return [nickname];
  if (words.length === 1) return words[0].length >= 4 && distinct(words[0]) ? [words[0]] : [];
  const last = words[words.length - 1].toLowerCase().replaceAll('.', '');
  // `Manchester United` … `United have dominated`; `Tottenham Hotspur` … `Tottenham`.
  if (clubEnds.has(last) && words.length <= 3) {
    const names = last === 'united' ? [words[words.length - 1]] : [];
    if (words.length === 2 && distinct(words[0])) names.push(words[0]);
    return names;
  }
  // `Yale Law School` … `Yale`, `Smithsonian Institution` … `Smithsonian`: a school's first word, not a place's.
  if (schoolHeads.has(last) && words.length <= 3 && distinct(words[0]) && !countries.has(words[0].toLowerCase()))
    return [words[0]];
  if (!companyEnds.has(last) || placeWords.has(last)) return [];
  const rest = words.slice(0, -1);
  const names: string[] = [];
  if (rest.length > 1 && rest.every((w) => /^\p{Lu}/u.test(w)) && !rest.some((w) => connectors.has(w.toLowerCase())))
    names.push(rest.join(' '));
  if (distinct(rest[0])) names.push(rest[0]);
  return names;
}

/** What comes between a body's name and another name of it (`…, known as`, `…, or`, `… (`). */
const aliasGap =
  /^\.?(?:,[ \u00A0]+(?:or|(?:also[ \u00A0]+)?(known[ \u00A0]+as|called|dubbed|nicknamed))[ \u00A0]+|[ \u00A0]*\()(?:the[ \u00A0]+)?$/u;

/** The capitals opening the words of a name, its small words aside (`Bovine Spongiform Encephalopathy` → `BSE`). */
const initials = (name: string) =>
  name
    .split(/[ \u00A0-]+/u)
    .filter((w) => !connectors.has(w.toLowerCase()))
    .map((w) => w.charAt(0))
    .join('');

/**
 * Names a paragraph gives a body (`the Federal National Mortgage Association, or Fannie Mae`, `… Corp.,
 * known as Freddie Mac`, `the Federal Reserve (Fed)`): a guess on the second name is the body too, and
 * `englishCompanies` finds it again through the article. A guessed person whose initials are spelled in
 * brackets after it (`Brazilian Football Confederation (CBF)`, `Bovine Spongiform Encephalopathy (BSE)`)
 * is no person: a body when a word of it says so, else no name.
 */
export function englishAliases(text: string, found: DetectedName[]): DetectedName[] {
  const out: DetectedName[] = [];
  for (const n of found) {
    const previous = out[out.length - 1];
    const gap = previous ? aliasGap.exec(text.slice(previous.end, n.start)) : null;
    if (
      previous?.type === 'organization' &&
      n.type !== 'organization' &&
      gap &&
      // `known as`, `called` name the body whatever the guess; `or` and brackets only a guess of little weight.
      (n.confidence === 'low' || gap[1] !== undefined) &&
      (!text.slice(previous.end, n.start).includes('(') || /^[ \u00A0]*\)/u.test(text.slice(n.end)))
    ) {
      const { given: _given, surname: _surname, ...rest } = n;
      out.push({ ...rest, type: 'organization', confidence: 'high' });
      continue;
    }
    const acronym = /^[ \u00A0]*\((\p{Lu}{2,6})\)/u.exec(text.slice(n.end))?.[1];
    const spelled = acronym && initials(n.text);
    // `Danish Football Confederation (DFC)`: the people's word before the name is no part of it.
    if (n.type === 'person' && n.confidence === 'low' && spelled && spelled.length >= 2 && acronym.endsWith(spelled)) {
      const words = n.text.toLowerCase().split(/[ \u00A0]+/u);
      if (words.some((w) => orgWords.has(w) || companyEnds.has(w) || /(?:tion|ity|ncy|ment)$/u.test(w))) {
        const { given: _given, surname: _surname, ...rest } = n;
        out.push({ ...rest, type: 'organization', confidence: 'high' });
      }
      continue;
    }
    out.push(n);
  }
  return out;
}

/**
 * A paragraph opening with a guessed name and a verb of saying, right after a paragraph where a newspaper
 * or an agency said something (`… an Albanian newspaper said on Friday.` / `Gazeta Shqiptare said …`), names
 * that outlet: the guess is an organization, not a person.
 */
export function englishOutlets(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: string }>,
): DetectedName[] {
  return found.map((n) => {
    if (n.language !== 'en' || n.type !== 'person' || n.confidence !== 'low' || n.start > 1) return n;
    const here = paragraphs.find((p) => p.paragraph === n.paragraph);
    const previous = paragraphs.find((p) => p.paragraph === n.paragraph - 1);
    if (!here || !previous || previous.language !== 'en') return n;
    if (!/^[ \u00A0]+(?:said|says|reported|quoted|wrote)(?![\p{L}])/u.test(here.text.slice(n.end))) return n;
    if (
      !/(?:newspaper|daily|weekly|magazine|news agency|agency|radio|television)[ \u00A0,]+(?:\p{Ll}+[ \u00A0]+)?(?:said|reported|quoted)(?![\p{L}])/u.test(
        previous.text,
      )
    )
      return n;
    const { given: _given, surname: _surname, ...rest } = n;
    return { ...rest, type: 'organization' } as DetectedName;
  });
}

/**
 * An English company named with certainty once (`Cofinec SA`, `press distribution chain Ruch`) is that
 * company wherever the article writes its short name alone (`Cofinec said`, `Ruch's shares`): a person
 * or place guessed on those words gives way.
 */
export function englishCompanies(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: TextLanguage }>,
  lowerWords: ReadonlySet<string>,
): DetectedName[] {
  const short = new Map<string, DetectedName>();
  for (const n of found) {
    if (n.language !== 'en' || n.type !== 'organization' || n.confidence !== 'high') continue;
    for (const name of englishCompanyNames(n.text, lowerWords))
      if (!short.has(name)) short.set(name, { ...n, normal: name, key: nameKey(name) });
    // `Zycie Warszawy daily said` … `Zycie Warszawy said`: the whole name written again, guessed a person there.
    if (/^\p{Lu}\p{Ll}+[ \u00A0]\p{Lu}\p{Ll}+$/u.test(n.text) && !short.has(n.text)) short.set(n.text, n);
  }
  if (short.size === 0) return found;
  const replaced = new Set<DetectedName>();
  const extra: DetectedName[] = [];
  for (const { paragraph, text, start, end, word } of englishOccurrences(paragraphs, [...short.keys()])) {
    const overlapping = found.filter((n) => n.paragraph === paragraph && n.start < end && start < n.end);
    if (overlapping.some((n) => n.type === 'organization' || n.confidence === 'high')) continue;
    // `Mr. Merrill` is the founder, not the firm.
    if (afterTitle(text, start)) continue;
    overlapping.forEach((n) => replaced.add(n));
    extra.push({ ...short.get(word)!, paragraph, start, end, text: word, confidence: 'high' });
  }
  return [...found.filter((n) => !replaced.has(n)), ...extra].sort(byPosition);
}
