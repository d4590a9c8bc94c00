/**
 * Russian crews and expeditions, teams named by what they man or by their number: a crew with the
 * vehicle it mans (`экипаж челнока`, `в экипаже МКС`) and an expedition with its ordinal (`21-й
 * длительной экспедиции`, `второй экспедиции МКС`). The OpenCorpora model of names (and
 * factRuEval) marks both as organizations; a crew or an expedition alone is left out, as
 * it is as often a generic one (`экипажи по четыре человека`).
 */
import { sentenceInitial } from './common.ts';
import { has, type RussianContext } from './ru-context.ts';
import { crewNouns, expeditionNouns } from './ru-lexicon.ts';
import type { DetectedName } from './types.ts';

/** `21-й`, `3-й`: an ordinal written in figures. */
const figureOrdinal = /^\d{1,3}$/u;

/** The first four letters of any word of `words`, in any case, as a pattern for a cheap look at a token. */
const startOf = (words: ReadonlySet<string>) =>
  new RegExp(`^(?:${[...words].map((word) => word.slice(0, 4)).join('|')})`, 'iu');
const crewStems = startOf(crewNouns);
const expeditionStems = startOf(expeditionNouns);

/** The crew and expedition rules over one paragraph: `crew(i)` is the team starting at token `i`, if any. */
export function crewRules(c: RussianContext) {
  const { text, tokens, words, make, joined, lemmaOf } = c;

  /** A cheap look before the readings: token `k` starts as a word of the set does (its first four letters). */
  const stemOf = (k: number, start: RegExp) => start.test(tokens[k].text);

  /** The singular noun reading of token `k` whose lemma is in `set`. */
  const nounOf = (k: number, set: ReadonlySet<string>) =>
    k < tokens.length && (!words[k].cap || sentenceInitial(text, tokens[k].start))
      ? words[k].parses.find((p) => has(p, 'NOUN') && !has(p, 'plur') && set.has(p.normalize().word))
      : undefined;

  /** The vehicle after a crew: a genitive noun (`челнока`, `корабля`) or an acronym (`МКС`); its last token. */
  const vehicleAfter = (k: number): number | undefined => {
    if (k >= tokens.length || !joined(k - 1, k)) return undefined;
    const acronym = /^\p{Lu}{2,6}$/u.test(tokens[k].text);
    const genitive = !words[k].cap && words[k].parses.some((p) => has(p, 'NOUN') && has(p, 'gent') && p.score >= 0.1);
    return acronym || genitive ? k : undefined;
  };

  /** `экипаж челнока`, `экипаже МКС`. */
  const crew = (i: number): DetectedName | undefined => {
    if (!stemOf(i, crewStems)) return undefined;
    const head = nounOf(i, crewNouns);
    if (!head) return undefined;
    const end = vehicleAfter(i + 1);
    if (end === undefined) return undefined;
    return make('organization', i, end, `${head.normalize().word} ${tokens[end].text}`, 'low');
  };

  /** `21-й длительной экспедиции`, `второй экспедиции МКС`: an ordinal, adjectives, the head, an acronym. */
  const expedition = (i: number): DetectedName | undefined => {
    const figure = figureOrdinal.test(tokens[i].text) && /^-(?:й|я|ой|ей)$/u.test(nextSuffix(i));
    // Readings are looked at only when an expedition's noun follows within a few words.
    if (!tokens.slice(i + 1, i + 6).some((_, n) => stemOf(i + 1 + n, expeditionStems))) return undefined;
    const ordinal = figure || (!words[i].cap && words[i].parses.some((p) => has(p, 'ADJF') && has(p, 'Anum')));
    if (!ordinal) return undefined;
    let j = figure ? i + 2 : i + 1;
    if (j >= tokens.length || !joined(j - 1, j)) return undefined;
    while (
      j < tokens.length &&
      j - i < 4 &&
      !nounOf(j, expeditionNouns) &&
      words[j].parses.some((p) => has(p, 'ADJF') || has(p, 'PRTF'))
    )
      j++;
    if (!nounOf(j, expeditionNouns) || !joined(j - 1, j)) return undefined;
    const end = j + 1 < tokens.length && /^\p{Lu}{2,6}$/u.test(tokens[j + 1].text) && joined(j, j + 1) ? j + 1 : j;
    const feminine = (k: number) => {
      // The dictionary leads ordinals to the cardinal (`первой` → `один`) and passive participles to active
      // ones: then the written form's ending is put back in the feminine nominative (`первой` → `первая`).
      const form = words[k].parses.find((p) => has(p, 'ADJF') || has(p, 'PRTF'))?.inflect(['nomn', 'femn', 'sing']);
      const written = tokens[k].text.toLocaleLowerCase('ru');
      if (form && form.word.startsWith(written.slice(0, -3))) return form.word;
      return written.replace(/ьей$/u, 'ья').replace(/(?:ой|ей|ую|ою)$/u, 'ая');
    };
    const parts = [figure ? `${tokens[i].text}-я` : feminine(i)];
    for (let k = figure ? i + 2 : i + 1; k < j; k++) parts.push(feminine(k));
    parts.push(lemmaOf(j));
    if (end > j) parts.push(tokens[end].text);
    return make('organization', i, end, parts.join(' '), 'low');
  };

  /** The hyphen and ending written after a figure (`21-й`): the text up to the next token's end. */
  const nextSuffix = (i: number) =>
    i + 1 < tokens.length ? text.slice(tokens[i].end, tokens[i + 1].end).replace(/\s+/gu, '') : '';

  return { crew: (i: number) => crew(i) ?? expedition(i) };
}
