/**
 * English lists: every name of a list after a plural word for companies is a body (`listedBodies`), and
 * every name of a list after `in`, `near`, `at` is a place (`listedPlaces`).
 */
import { spanName } from './common.ts';
import { connectors, countries, gazetteerPlaces, givenNames, knownPlaces, stopWords } from './en-lexicon.ts';
import type { DetectedName } from './types.ts';
import { isNationality } from './en-cues.ts';

/** A capitalised name of one to four words in a list (`Ciments Blancs`, `Rewe`, `AT&T`). */
const listItem = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}`;

/** The names of a list (`listItem`s in `list`, which starts at `at` in its paragraph), without a full stop or `'s`. */
function listItems(list: string, at: number): Array<{ written: string; start: number; end: number }> {
  return [...list.matchAll(new RegExp(listItem, 'gu'))].map((item) => {
    const written = item[0].replace(/(?<=\p{Ll})\.$/u, '').replace(/[’']s$/u, '');
    const start = at + item.index;
    return { written, start, end: start + written.length };
  });
}

/**
 * A list of two or more names right after a plural word for companies or bodies (`retailers Metro, Rewe
 * and Lidl`, `listed companies: Ciments Blancs, Eternit and Uniceramic`).
 */
const bodyList = new RegExp(
  String.raw`(?<![\p{L}])(?:firms|companies|retailers|lenders|insurers|carriers|airlines|banks|makers|producers|brokers|brokerages|clubs|newspapers|dailies|miners|automakers|carmakers|operators|distributors|suppliers|publishers|exporters|importers|refiners|utilities|conglomerates)(?:[ \u00A0]+(?:like|such[ \u00A0]+as|including))?[ \u00A0]*:?[ \u00A0]+(${listItem}(?:,[ \u00A0]+${listItem})*,?[ \u00A0]+(?:and|or)[ \u00A0]+${listItem}|${listItem}(?:,[ \u00A0]+${listItem})+)`,
  'gu',
);

/**
 * Every name of a list after a plural word for companies (`bodyList`) is a company: a guessed person or
 * place on it gives way; a known place, a people or a given name is no item.
 */
export function listedBodies(text: string, paragraph: number, found: DetectedName[]): DetectedName[] {
  const extra: DetectedName[] = [];
  const replaced = new Set<DetectedName>();
  for (const m of text.matchAll(bodyList)) {
    for (const item of listItems(m[1], m.index + m[0].length - m[1].length)) {
      const { written, start, end } = item;
      const first = written.split(/[ \u00A0]/u)[0].toLowerCase();
      const whole = written.toLowerCase();
      if (
        givenNames.has(first) ||
        isNationality(first) ||
        gazetteerPlaces.has(whole) ||
        knownPlaces.has(whole) ||
        countries.has(whole) ||
        stopWords.has(first) ||
        connectors.has(first)
      )
        continue;
      const overlapping = found.filter((n) => n.start < end && start < n.end);
      if (overlapping.some((n) => n.type === 'organization' || n.confidence === 'high')) continue;
      overlapping.forEach((n) => replaced.add(n));
      extra.push(spanName(text, paragraph, 'en', 'organization', [item.start, item.end], 'low'));
    }
  }
  if (extra.length === 0) return found;
  return [...found.filter((n) => !replaced.has(n)), ...extra].sort((a, b) => a.start - b.start);
}

/** A list of two or more names after `in`, `near`, `at` (`positions at Sojod, Hardon and Soweida`). */
const placeList = new RegExp(
  String.raw`(?<![\p{L}])(in|near|at)[ \u00A0]+(${listItem}(?:,[ \u00A0]+${listItem})*,?[ \u00A0]+and[ \u00A0]+${listItem})`,
  'gu',
);

/**
 * A list of names after `in`, `near`, `at` holding a place and no body or person read with certainty
 * (`in Beirut, Sidon and Nabatiyeh`) is a list of places: its unknown names are places too.
 */
export function listedPlaces(text: string, paragraph: number, found: DetectedName[]): DetectedName[] {
  const extra: DetectedName[] = [];
  const replaced = new Set<DetectedName>();
  for (const m of text.matchAll(placeList)) {
    const items = listItems(m[2], m.index + m[0].length - m[2].length);
    const over = (item: { start: number; end: number }) =>
      found.filter((n) => n.start < item.end && item.start < n.end);
    // Every item is a place or unknown, and one at least is a place (`at Microsoft, IBM and Apple` is not).
    const places = items.filter((item) => over(item).some((n) => n.type === 'place')).length;
    if (places === 0 || (m[1] === 'at' && places < 2)) continue;
    if (items.some((item) => over(item).some((n) => n.type !== 'place' && n.confidence === 'high'))) continue;
    for (const item of items) {
      const first = item.written.split(/[ \u00A0]/u)[0].toLowerCase();
      if (givenNames.has(first) || isNationality(first) || stopWords.has(first) || connectors.has(first)) continue;
      const overlapping = over(item);
      if (overlapping.some((n) => n.type === 'place')) continue;
      overlapping.forEach((n) => replaced.add(n));
      extra.push(spanName(text, paragraph, 'en', 'place', [item.start, item.end], 'low'));
    }
  }
  if (extra.length === 0) return found;
  return [...found.filter((n) => !replaced.has(n)), ...extra].sort((a, b) => a.start - b.start);
}
