/**
 * Belarusian reading cues: where a sentence opens (a capital there is no name's), adjective endings, acronyms
 * and heads that name nothing alone, legal forms and domains before and after a body's name, and hyphenated
 * words read as one token. Shapes of words and gaps, shared by every kind of name.
 */
import type { Token } from '../tokenize.ts';
import { sentenceInitial as opensAfterAnyMark } from './common.ts';

/**
 * Does the word at `offset` open a sentence? After a colon or a dash only when a sentence ended before the
 * mark (`сказаў ён. – Мы`) or a quote opens after it (`сказаў: «Мы`): a capital after `:` or ` – ` inside
 * a sentence is a name's (`адказаў выканаўца: Лукашэнка`, `Гародня – Менск`).
 */
export function sentenceInitial(text: string, offset: number): boolean {
  if (!opensAfterAnyMark(text, offset)) return false;
  const before = text.slice(0, offset).replace(/[\s"«„“(]+$/u, '');
  if (!/[:—–-]$/u.test(before)) return true;
  if (/[«"„“]\s*$/u.test(text.slice(0, offset))) return true;
  const earlier = before.slice(0, -1).trimEnd();
  return earlier === '' || /[.!?…:]$/u.test(earlier);
}

/** Endings of adjectives in any case: a word opening a sentence before a head (`Еўрапейскага саюза`). */
export const adjectiveEnding = /(?:ск|цк|н|ч|ов|ав|ёв|ін|ын)(?:ы|і|ая|ае|ага|ай|ой|ую|ых|іх|ым|ім|аму|ому)$/u;

/** Any adjective's ending: only adjectives stand between a name and its lower-case head (`Еўразійскага эканамічнага саюза`). */
export const adjectiveForm = /(?:ы|і|ая|яя|ае|яе|ага|яга|ай|яй|ой|ую|юю|ых|іх|ым|ім|аму|ому|яму|ымі|імі)$/u;

/** Oblique and feminine adjective endings (`Нобелеўскаму`, `Вялікай`, `Заходняй`): no surname when a lower-case noun follows. */
export const obliqueAdjective = /(?:ага|ога|аму|ому|ым|ім|ай|яй|ой|ую|юю|ая|яя|ае|яе|ых|іх)$/u;

/** Acronyms that are common words or Roman numerals (in Latin or Cyrillic letters, `ІІ`, `XV-XVIII`), not names. */
export const notNames = /^(?:[IVXLCІХ]+(?:-[IVXLCІХ]+)?|СМІ|ВНУ|ІТ|ПДВ|ДТЗ|ДТП|КК|КаАП|ЧП|АЭС)$/u;

/** Heads that name no body without a tail or a name after them (`арганізацыя`, `кампанія`). */
export const genericHeads = /^(?:арганізацы|кампані|служб|каманд|школ|суполк|ініцыятыв)\p{Ll}*$/u;

/** Words joined by a hyphen or an apostrophe are one word here (`Дуніна-Марцінкевіча`, `Санкт-Пецярбурга`, `ПЭН-цэнтар`, `Аб’яднанай`). */
export function joinHyphens(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (
      last &&
      /^[-\u2010\u2011'’]$/u.test(text.slice(last.end, t.start)) &&
      /\p{L}$/u.test(last.text) &&
      /^\p{L}/u.test(t.text)
    )
      out[out.length - 1] = { text: text.slice(last.start, t.end), start: last.start, end: t.end };
    else out.push(t);
  }
  return out;
}

/** Belarusian and Russian legal forms and sports clubs' prefixes before a quoted name (`ААТ «Нафтан»`, `ФК «Шахцёр»`). */
export const legalForms = /^(?:ААТ|ЗАТ|ТАА|АДА|УП|РУП|КУП|ПрАТ|ОАО|ЗАО|ООО|СТАА|ФК|ХК|БК|ПК)$/u;

/** A domain's ending after a site's name (`Tut.by`). */
export const domains = /^(?:by|ru|com|org|net|info|eu|io|life|media|news|fm|tv|online|pl|ua|lt|me)$/u;
