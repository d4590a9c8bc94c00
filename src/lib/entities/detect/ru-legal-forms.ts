/**
 * Foreign companies named with their legal form after the name, in Cyrillic or Latin letters (`Nord
 * Stream 2 Финанс Б.В.`, `Винтерсхалл Холдинг ГмбХ`, `Юнипер Глобал Холдингс Лтд`, `Сименс АГ`, `Engie
 * S.A.`): the capitalised words before the legal form and the form itself are one organization, whatever
 * the other rules read in them (a surname with initials, a given name and a surname, a place).
 */
import { isCapitalised, type Token } from '../tokenize.ts';
import { sentenceInitial, spanName } from './common.ts';
import { has, type RussianContext } from './ru-context.ts';
import type { DetectedName } from './types.ts';

/**
 * Legal forms written after a company's name. `dotted` ones look like a person's initials (`Б.В.`, `С.А.`)
 * and so need more than one word before them, or one word that cannot be a surname.
 */
const undotted = [
  'ГмбХ',
  'Гмбх',
  'АГ',
  'Лтд',
  'Лимитед',
  'Инк',
  'Корп',
  'ЛЛК',
  'ЛЛП',
  'Плс',
  'ПЛС',
  'Пи-[Ээ]л-[Сс]и',
  'GmbH',
  'AG',
  'Ltd',
  'Limited',
  'Inc',
  'Corp',
  'LLC',
  'LLP',
  'PLC',
  'plc',
  'Oyj',
  'ASA',
];
const dotted = [
  'Б\\.\\s?В\\.',
  'Н\\.\\s?В\\.',
  'С\\.\\s?А\\.',
  'С\\.п\\.А\\.',
  'Эс\\.\\s?Эй\\.',
  'B\\.V\\.',
  'N\\.V\\.',
  'S\\.A\\.',
  'S\\.p\\.A\\.',
];
const legalForm = new RegExp(
  String.raw`^(,?[ \u00A0]+)(?:(${undotted.join('|')})|(${dotted.join('|')}))(?![\p{L}\p{N}])`,
  'u',
);
/** Endings of Russian surnames: such a word before `Б.В.` is a person with initials (`Петров Б.В.`). */
const surnameEnding = /(?:ов|ев|ёв|ин|ын|ий|ой|ая|ко|ук|юк|ич|ян|дзе|швили|их|ых|ова|ева|ина|ына)$/u;

/** A word of a company's name: capitalised, or a number (`Nord Stream 2`). */
const nameWord = (token: Token) => /^\p{N}+$/u.test(token.text) || isCapitalised(token.text);

/** The names of `names` with every company named with its legal form put in place of what overlaps it. */
export function legalFormCompanies(names: DetectedName[], c: RussianContext): DetectedName[] {
  const { text, tokens, words, paragraph, common, isGiven } = c;
  const companies: DetectedName[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const m = legalForm.exec(text.slice(tokens[k].end));
    if (!m || !nameWord(tokens[k])) continue;
    // A comma only before a long form (`Холдингс, Лтд`), never before a two-letter one.
    if (m[1].startsWith(',') && (m[3] || m[2].length <= 2)) continue;
    let first = k;
    while (
      first > 0 &&
      k - first < 5 &&
      /^[ \u00A0-]$/u.test(text.slice(tokens[first - 1].end, tokens[first].start)) &&
      nameWord(tokens[first - 1])
    )
      first--;
    // `Компания Nord Stream 2 …`: a dictionary word capitalised because it opens the sentence is not the name's.
    while (
      first < k &&
      /^\p{Script=Cyrillic}/u.test(tokens[first].text) &&
      common(first) &&
      sentenceInitial(text, tokens[first].start)
    )
      first++;
    if (first === k && common(k) && sentenceInitial(text, tokens[k].start)) continue;
    if (m[3]) {
      const single = first === k && /^\p{Script=Cyrillic}/u.test(tokens[k].text);
      if (single && (words[k].parses.some((p) => has(p, 'Surn')) || surnameEnding.test(tokens[k].text))) continue;
      if (!single && first + 1 === k && isGiven(first)) continue;
    }
    const start = tokens[first].start;
    const end = tokens[k].end + m[0].length;
    companies.push(spanName(text, paragraph, 'ru', 'organization', [start, end], 'high'));
    while (k + 1 < tokens.length && tokens[k + 1].start < end) k++;
  }
  if (companies.length === 0) return names;
  const covered = (n: DetectedName) => companies.some((o) => n.start < o.end && o.start < n.end);
  return [...names.filter((n) => !covered(n)), ...companies].sort((a, b) => a.start - b.start);
}
