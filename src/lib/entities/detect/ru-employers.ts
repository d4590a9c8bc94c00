/**
 * Russian organizations named between a person's title and that person's full name (`нападающий Зенита
 * Иван Сидоров`, `тренер Спартака Валерий Карпин`, `лидер Аль-Шабааб Ахмед Годане`): the capitalised
 * words in the genitive there name whom the person works for. A country or a region stands in the same
 * slot (`президент Татарстана Минтимер Шаймиев`) and is left to the place rules; a dictionary
 * organization (`глава Газпрома`) is found by the organization rules already. Likewise a name after a noun
 * for a body's people (`волонтёры Гринпис`, `боевики Хамаса`).
 */
import { isAllCaps } from '../tokenize.ts';
import { likeWritten, sentenceInitial } from './common.ts';
import { has, type RussianContext } from './ru-context.ts';
import { memberNouns, staffTitles } from './ru-lexicon.ts';
import type { DetectedName } from './types.ts';

/** Particles inside a foreign person's name after the given name (`Усама бен Ладен`). */
const nameParticles = /^(?:бен|бин|ибн|аль|эль|де|ван|фон|дер|ла|ле|да|ди)$/u;

/** The employer rule over one paragraph: `employer(i)` is the organization starting at token `i`, if any. */
export function employerRules(c: RussianContext) {
  const { text, tokens, words, make, joined, orgn, isGiven, surnameSlot, afterGiven, bodyHead } = c;

  /** A lower-case title or occupation right before token `k`, a space apart (`защитник`, `глава`). */
  const titleBefore = (k: number) =>
    k > 0 &&
    !words[k - 1].cap &&
    /^[\s\u00A0]$/u.test(text.slice(tokens[k - 1].end, tokens[k].start)) &&
    words[k - 1].parses.some((p) => has(p, 'NOUN') && staffTitles.has(p.normalize().word) && p.score >= 0.1);

  /** A capitalised Cyrillic word that may name an employer: in the genitive, no place, no acronym, no dictionary organization, no surname. */
  const employerWord = (k: number, anyCase = false) =>
    k < tokens.length &&
    words[k].cap &&
    /^\p{Script=Cyrillic}/u.test(tokens[k].text) &&
    !isAllCaps(tokens[k].text) &&
    !orgn(k) &&
    !words[k].parses.some((p) => has(p, 'Geox') && p.score >= 0.05) &&
    !words[k].top.some((p) => has(p, 'ADJF') || has(p, 'Surn')) &&
    (anyCase || words[k].parses.some((p) => has(p, 'gent') && !has(p, 'plur')));

  /**
   * The word at `k` in the nominative by its genitive reading; the dictionary's guess at an unknown word's
   * lemma may cut its stem (`Хезболлы` → `бола`), and then the written form's ending is put back.
   */
  const nominativeOf = (k: number) => {
    const written = tokens[k].text;
    const lemma = words[k].parses.find((p) => has(p, 'NOUN') && has(p, 'gent') && !has(p, 'plur'))?.normalize().word;
    const stem = written.toLocaleLowerCase('ru').slice(0, Math.max(1, written.length - 2));
    if (lemma?.startsWith(stem)) return likeWritten(lemma, written);
    // A foreign name the dictionary does not know is put back by its genitive ending (`Хезболлы` → `Хезболла`).
    return written.replace(/(?<=[^аеёиоуыэюя])ы$/u, 'а').replace(/(?<=[гкхжшчщ])и$/u, 'а');
  };

  /** A person's full name opens at `k`: a given name, then a surname (or a particle and a surname). */
  const fullNameAt = (k: number) => {
    if (!isGiven(k) || !joined(k - 1, k)) return false;
    // A foreign surname may read as anything (`Годане`): after a given name any capitalised word but a place will do.
    const surname = (j: number) =>
      j < tokens.length &&
      (surnameSlot(j) ||
        afterGiven(j) ||
        (words[j].cap &&
          /^\p{Script=Cyrillic}/u.test(tokens[j].text) &&
          !isAllCaps(tokens[j].text) &&
          !words[j].parses.some((p) => has(p, 'Geox') && p.score >= 0.05)));
    if (surname(k + 1) && joined(k, k + 1)) return true;
    return (
      k + 2 < tokens.length &&
      nameParticles.test(tokens[k + 1].text) &&
      joined(k, k + 1) &&
      joined(k + 1, k + 2) &&
      words[k + 2].cap
    );
  };

  const employer = (i: number): DetectedName | undefined => {
    if (!words[i].cap || !/^\p{Script=Cyrillic}/u.test(tokens[i].text) || !titleBefore(i)) return undefined;
    // A hyphenated name is one word (`Аль-Шабааб`); its last part carries the case.
    const hyphenated = i + 1 < tokens.length && text.slice(tokens[i].end, tokens[i + 1].start) === '-';
    // A foreign hyphenated name's case is only guessed at (`Кайды`): any case will do.
    if (!employerWord(hyphenated ? i + 1 : i, hyphenated)) return undefined;
    const last = hyphenated ? i + 1 : i;
    // A given name in this slot is the person's own (`господина Жан Клода …`) unless a full name follows.
    if (!hyphenated && isGiven(i) && !fullNameAt(i + 1)) return undefined;
    if (!fullNameAt(last + 1)) return undefined;
    const nominative = nominativeOf(last);
    const normal = hyphenated ? `${text.slice(tokens[i].start, tokens[last].start)}${nominative}` : nominative;
    return make('organization', i, last, normal, 'low');
  };

  /**
   * `волонтёры Гринпис`, `боевики Хамаса`, `эксперты Сбербанка`: a capitalised word inside a sentence that
   * the dictionary reads as no name and no place, right after a noun for a body's people, is that body; a
   * surname would be known (`сторонники Навального`) or followed by more of the name (`представитель
   * Джеффри Смит`), and a head of a body is the body rules' (`члены Совета Федерации`).
   */
  /** A noun for a body's people right before `k`, a space apart, in lower case or opening the sentence. */
  const memberBefore = (k: number) =>
    k > 0 &&
    (!words[k - 1].cap || sentenceInitial(text, tokens[k - 1].start)) &&
    /^[\s\u00A0]$/u.test(text.slice(tokens[k - 1].end, tokens[k].start)) &&
    words[k - 1].parses.some((p) => has(p, 'NOUN') && memberNouns.has(p.normalize().word) && p.score >= 0.1);
  const memberOf = (i: number): DetectedName | undefined => {
    if (!words[i].cap || !/^\p{Script=Cyrillic}/u.test(tokens[i].text) || !memberBefore(i)) return undefined;
    if (isAllCaps(tokens[i].text) || orgn(i) || bodyHead(i) || sentenceInitial(text, tokens[i].start)) return undefined;
    if (words[i].parses.some((p) => ['Name', 'Surn', 'Patr', 'Geox'].some((g) => has(p, g)) && p.score >= 0.05))
      return undefined;
    // An adjective or a participle opens a body's name the head rules read (`Объединённой партии`).
    if (words[i].top.some((p) => has(p, 'ADJF') || has(p, 'PRTF'))) return undefined;
    if (i + 1 < tokens.length && joined(i, i + 1) && bodyHead(i + 1)) return undefined;
    if (
      i + 1 < tokens.length &&
      /^[\s\u00A0-]+$/u.test(text.slice(tokens[i].end, tokens[i + 1].start)) &&
      words[i + 1].cap
    )
      return undefined;
    return make('organization', i, i, nominativeOf(i), 'low');
  };

  return { employer: (i: number) => employer(i) ?? memberOf(i) };
}
