/**
 * Russian organizations named by a title rather than a head noun: a capitalised adjective before a
 * lower-case noun of the media inside a sentence (`в статье Частного корреспондента`, `эфир Первого
 * канала` → `Частный корреспондент`, `Первый канал`), and the Internet written with a capital (`в
 * Интернете`, `в Сети`), which the OpenCorpora model of names (and factRuEval) marks as an organization.
 */
import type { AzParse } from 'az';
import { sentenceInitial, titleCase } from './common.ts';
import { has, type RussianContext } from './ru-context.ts';
import { mediaNouns, networkNames, ordinalMediaNouns } from './ru-lexicon.ts';
import type { DetectedName } from './types.ts';

/** A cheap look at a word before its readings: the stems of `mediaNouns` and `ordinalMediaNouns`. */
const mediaStems = /^(?:корреспондент|радио|журнал|вестник|еженедельник|телеграф|канал)/u;

/** The title rules over one paragraph. */
export function titledRules(c: RussianContext) {
  const { text, tokens, words, cases, make, joined, morphology } = c;

  /**
   * The adjective at `i` in the nominative singular of `gender`. The dictionary leads ordinals to the
   * cardinal (`Первого` → `один`), so a form that is not the written word's is rebuilt from its stem.
   */
  const nominative = (i: number, parse: AzParse | undefined, gender: string): string => {
    const inflected = parse?.word;
    const written = tokens[i].text.toLocaleLowerCase('ru');
    if (inflected && inflected.slice(0, 3) === written.slice(0, 3)) return inflected;
    const stem = written.replace(/(?:ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|юю|ая|яя|ое|ее|ый|ий)$/u, '');
    const endings: Record<string, string[]> = { masc: ['ый', 'ий', 'ой'], femn: ['ая', 'яя'], neut: ['ое', 'ее'] };
    const best = endings[gender]
      .map((ending) => stem + ending)
      .map((form) => ({
        form,
        score: Math.max(
          0,
          ...morphology
            .parses(form)
            .filter((p) => has(p, 'ADJF') && has(p, 'nomn') && has(p, gender))
            .map((p) => p.score),
        ),
      }))
      .sort((a, b) => b.score - a.score)[0];
    return best.score > 0 ? best.form : written;
  };

  /** `Частного корреспондента`, `Первого канала`: a capitalised adjective and a media noun it agrees with. */
  const mediaTitle = (i: number): DetectedName | undefined => {
    const k = i + 1;
    if (k >= tokens.length || !words[i].cap || words[k].cap || !joined(i, k)) return undefined;
    if (!mediaStems.test(tokens[k].text)) return undefined;
    if (sentenceInitial(text, tokens[i].start) || /["«„“]\s*$/u.test(text.slice(0, tokens[i].start))) return undefined;
    for (const noun of words[k].parses) {
      const lemma = noun.normalize().word;
      if (!has(noun, 'NOUN') || has(noun, 'plur') || noun.score < 0.1) continue;
      const ordinalOnly = ordinalMediaNouns.has(lemma);
      if (!mediaNouns.has(lemma) && !ordinalOnly) continue;
      const adjective = words[i].parses.find(
        (p) =>
          has(p, 'ADJF') &&
          !has(p, 'plur') &&
          (!ordinalOnly || has(p, 'Anum')) &&
          cases.some((x) => has(p, x) && has(noun, x)) &&
          ['masc', 'femn', 'neut'].some((g) => has(p, g) && has(noun, g)),
      );
      if (!adjective) continue;
      const gender = ['masc', 'femn', 'neut'].find((g) => has(noun, g))!;
      const form = nominative(i, adjective.inflect(['nomn', 'sing', gender]) || undefined, gender);
      return make('organization', i, k, `${titleCase(form)} ${lemma}`, 'high');
    }
    return undefined;
  };

  /** `в Интернете`, `Интернет неуправляем`, `в Сети` (inside a sentence): the Internet; not `Интернет-трансляция`. */
  const network = (i: number): DetectedName | undefined => {
    if (!words[i].cap || !/^(?:Интернет|Сет)/u.test(tokens[i].text) || text.charAt(tokens[i].end) === '-')
      return undefined;
    const parse = words[i].parses.find(
      (p) => has(p, 'NOUN') && !has(p, 'plur') && networkNames.has(p.normalize().word),
    );
    if (!parse) return undefined;
    const lemma = parse.normalize().word;
    // `Сеть` is the Internet only inside a sentence and alone (`в Сети`, not `Сеть магазинов «…»`).
    if (lemma !== 'интернет') {
      if (sentenceInitial(text, tokens[i].start)) return undefined;
      if (i + 1 < tokens.length && joined(i, i + 1) && (words[i + 1].cap || has(words[i + 1].top[0] ?? parse, 'NOUN')))
        return undefined;
    }
    return make('organization', i, i, titleCase(lemma), 'low');
  };

  return { titled: (i: number) => mediaTitle(i) ?? network(i) };
}
