/**
 * English sports reports: a city named alone is its club (`sportsClubs`), sides beside a result
 * (`resultSides`) and teams named with no cue (`englishTeams`).
 */
import { isAllCaps } from '../tokenize.ts';
import { compareText } from '../../collate.ts';
import {
  countries,
  gazetteerCities,
  gazetteerNations,
  gazetteerPlaces,
  givenNames,
  knownPlaces,
  orgWords,
  placeWords,
  sportsWords,
  stopWords,
  thingWords,
} from './en-lexicon.ts';
import type { DetectedName, TextLanguage } from './types.ts';
import { byPosition } from './common.ts';
import { englishOccurrences, isNationality, writtenName } from './en-cues.ts';

const byEnglish = compareText('en');

/** Nations as a text writes them (`Russia`, `Czech Republic`, `U.S.`), for a side's country. */
const nationNames = [...gazetteerNations]
  .map((w) => w.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase()))
  .concat(['U.S.', 'USA', 'England', 'Scotland', 'Wales'])
  .map((w) => w.replaceAll('.', '\\.'))
  .join('|');

/**
 * A lone word beside a result's verb, before a plural verb or before its country in a sports report
 * (`Korvet beat …`, `lost to Korvet`, `Rotor are well placed`, `Varnik of Hungary`, `Dinamo (Russia)`;
 * see `englishTeams`).
 */
const sideCue = new RegExp(
  String.raw`(?<![\p{L}\p{N}.'’-])(\p{Lu}\p{Ll}{2,})(?=[ \u00A0]+(?:(?:beat|beats|drew|won|lost|defeated|thrashed|edged|routed|crushed|lead|leads|trail|trailed|are|were|have|win|draw|play|meet|face|qualified|equalised|equalized|dominated|conceded)(?![\p{L}])|of[ \u00A0]+(?:${nationNames})(?![\p{L}])|\((?:${nationNames})\)))|(?:beat|defeated|against|over|with|to|host|hosts|visit|visiting|thrashed|edged)[ \u00A0]+(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}'’-])(?![ \u00A0]+\p{Lu})`,
  'gu',
);

/**
 * In a sports report, teams named with no cue in the sentence: a capitalised plural the article writes
 * after `the` (`the Cardinals`, `the Springboks`; never a people, a party's followers, a place or a word
 * it writes in lower case) is a team, and so are a lone word beside a result's verb or before its country
 * (`sideCue`) and a name before `'s` and a player's full name (`Everton's Duncan Ferguson`; not a country:
 * national sides are their country), at every mention in the report. Guessed
 * persons and places on those words give way. Called only for a sports report (`sportsClubs`).
 */
export function englishTeams(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: string }>,
  lowerWords: ReadonlySet<string>,
): DetectedName[] {
  const personWords = new Set(
    found.filter((n) => n.type === 'person' && n.language === 'en').flatMap((n) => n.text.split(/[\s\u00A0]+/u)),
  );
  const plain = (word: string) => {
    const w = word.toLowerCase();
    return (
      !lowerWords.has(w) &&
      !isNationality(w) &&
      !gazetteerPlaces.has(w) &&
      !knownPlaces.has(w) &&
      !countries.has(w) &&
      !givenNames.has(w) &&
      !thingWords.has(w) &&
      !stopWords.has(w) &&
      !orgWords.has(w) &&
      !personWords.has(word)
    );
  };
  const teams = new Set<string>();
  for (const { text, language } of paragraphs) {
    if (language !== 'en') continue;
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])the[ \u00A0]+(\p{Lu}\p{Ll}+[^s\P{Ll}]s)(?![\p{L}\p{N}'’-])/gu))
      if (plain(m[1])) teams.add(m[1]);
    // `the Red Sox`, `the All Blacks`, `the Blue Jays`: two words, the second a plural.
    for (const m of text.matchAll(
      /(?<![\p{L}\p{N}])[Tt]he[ \u00A0]+(\p{Lu}\p{Ll}+)[ \u00A0]+(\p{Lu}\p{Ll}+[sx])(?![\p{L}\p{N}'’-])(?![ \u00A0]\p{Lu})/gu,
    )) {
      const first = m[1].toLowerCase();
      if (
        plain(m[2]) &&
        !placeWords.has(m[2].toLowerCase()) &&
        !gazetteerPlaces.has(first) &&
        !isNationality(first) &&
        !givenNames.has(first) &&
        !orgWords.has(first) &&
        !thingWords.has(first) &&
        !personWords.has(m[1])
      )
        teams.add(`${m[1]} ${m[2]}`);
    }
    // `driving a Ferrari`, `fifth in a Williams`, `the Yamaha duo`, `Ducati rider Troy Corser`: a racing team.
    for (const m of text.matchAll(
      /(?:(?<![\p{L}])(?:driving|in|on)[ \u00A0]+(?:a|an|his|her|their|the[ \u00A0]+other)[ \u00A0]+(\p{Lu}\p{L}+)(?=[ \u00A0]*(?:[,.;]|$|[ \u00A0](?:with|and|to|in|at|on|for)[ \u00A0]))|(?<![\p{L}\p{N}.'’-])(\p{Lu}\p{L}+)(?=[ \u00A0]+(?:rider|riders|driver|drivers|duo|team-mate|teammate)(?![\p{L}])))/gu,
    )) {
      const word = m[1] ?? m[2];
      if (plain(word)) teams.add(word);
    }
  }
  const extra: DetectedName[] = [];
  const replaced = new Set<DetectedName>();
  const add = (paragraph: number, start: number, word: string) => {
    const end = start + word.length;
    const overlapping = found.filter((n) => n.paragraph === paragraph && n.start < end && start < n.end);
    if (overlapping.some((n) => n.type === 'organization' || n.confidence === 'high')) return;
    if (extra.some((n) => n.paragraph === paragraph && n.start < end && start < n.end)) return;
    overlapping.forEach((n) => replaced.add(n));
    extra.push(writtenName('organization', paragraph, start, word, 'low'));
  };
  for (const { paragraph, text, language } of paragraphs) {
    if (language !== 'en') continue;
    // `Fiorentina beat Cosenza`, `lost to Arsenal`, `Ferencvaros of Hungary`, `Dinamo (Russia)`: a lone
    // word beside a result's verb, or before its country, is a side (players are named in full first).
    for (const m of text.matchAll(sideCue)) {
      const word = m[1] ?? m[2];
      if (plain(word)) teams.add(word);
    }
    // `Everton's Duncan Ferguson`: a club before its player's full name.
    for (const m of text.matchAll(/(?<![\p{L}\p{N}.-])(\p{Lu}\p{Ll}{2,})['’]s[ \u00A0]+/gu)) {
      const at = m.index + m[0].length;
      const player = found.find((n) => n.paragraph === paragraph && n.start === at && n.type === 'person');
      if (player?.given && plain(m[1]) && !gazetteerNations.has(m[1].toLowerCase())) teams.add(m[1]);
    }
  }
  if (teams.size === 0) return found;
  // Every mention of a side found so is that side (`Ajax, without injured defenders …`).
  const sides = [...teams].sort((a, b) => b.length - a.length || byEnglish(a, b));
  for (const { paragraph, start, word } of englishOccurrences(paragraphs, sides, {
    before: '\\p{L}\\p{N}.-',
    after: '\\p{L}\\p{N}-',
  }))
    add(paragraph, start, word);
  if (extra.length === 0) return found;
  return [...found.filter((n) => !replaced.has(n)), ...extra].sort(byPosition);
}

/**
 * In an English sports report (several words of sports in lower case: `match`, `striker`, `innings`,
 * `beat`), a city named alone is its club (`Leeds beat Chelsea`, `joined Milan from Torino`), unless it
 * follows a preposition of place (`in Milan`); a country stays a place (national teams are their country).
 */
export function sportsClubs(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: TextLanguage }>,
  lowerWords: ReadonlySet<string>,
): DetectedName[] {
  let sports = 0;
  for (const word of sportsWords) if (lowerWords.has(word)) sports++;
  if (sports >= 3) found = resultSides(found, paragraphs);
  if (sports < 5) return found;
  found = englishTeams(found, paragraphs, lowerWords);
  // A sports report names its players in full first: a lone word read as a person only by a cue
  // (`Schalke, who …`, `Ajax said`) and no one's surname there is more often a club: no name.
  const surnames = new Set(found.filter((n) => n.type === 'person' && n.given && n.surname).map((n) => n.surname));
  const textOf = new Map(paragraphs.map((p) => [p.paragraph, p.text]));
  return found.flatMap((n) => {
    if (
      n.language === 'en' &&
      n.type === 'person' &&
      n.confidence === 'low' &&
      !n.given &&
      !n.text.includes(' ') &&
      !surnames.has(n.text)
    )
      return [];
    if (n.language !== 'en' || n.type !== 'place' || !gazetteerCities.has(n.normal.toLowerCase())) return [n];
    // A dateline's city (`NAIROBI, Kenya (AP) -`) is where the report was filed.
    if (n.start === 0 && isAllCaps(n.text)) return [n];
    const text = textOf.get(n.paragraph) ?? '';
    if (/(?:^|\s)(?:in|at|near|outside|inside)\s+(?:the\s+)?$/iu.test(text.slice(0, n.start))) return [n];
    return [{ ...n, type: 'organization', confidence: 'low' } as DetectedName];
  });
}

/** A result's verb after a side (`Middlesex beat …`) or a score (`Glamorgan 259 and 207`, `Durham 114,`). */
const resultAfter =
  /^[ \u00A0]+(?:beat|beats|defeated|thrashed|edged|routed|crushed|\d+(?:-\d+)?(?:[ \u00A0]+and[ \u00A0]+\d|[ \u00A0]*[,(;]|$))/u;
/** A result's verb before a side (`… beat Hampshire`). */
const resultBefore = /(?<![\p{L}])(?:beat|beats|defeated|thrashed|edged|routed|crushed)[ \u00A0]+$/u;

/**
 * In a report of results (a few words of sports), a one-word place that is no nation (national sides are
 * their country) is a side when a result's verb or a score stands beside it (`Middlesex beat Hampshire by
 * 188 runs`, `Glamorgan 259 and 207`).
 */
function resultSides(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: TextLanguage }>,
): DetectedName[] {
  const textOf = new Map(paragraphs.map((p) => [p.paragraph, p.text]));
  return found.map((n) => {
    if (n.language !== 'en' || n.type !== 'place' || !/^\p{Lu}\p{Ll}+$/u.test(n.text)) return n;
    const lower = n.normal.toLowerCase();
    if (gazetteerNations.has(lower) || countries.has(lower)) return n;
    const text = textOf.get(n.paragraph) ?? '';
    if (!resultAfter.test(text.slice(n.end)) && !resultBefore.test(text.slice(0, n.start))) return n;
    return { ...n, type: 'organization', confidence: 'low' } as DetectedName;
  });
}
