/**
 * Personal-name handling for citations. Bylines come in many orders ("Иван Петров",
 * "Петров Иван Сергеевич", "Петров, И. С.", "John A. Smith"); every format needs the family name
 * and the given names or initials, so names are parsed once here.
 */
import { clean } from './text.ts';

/** A credited author: a person split into family and given names, or a body/pseudonym kept as written. */
export type ParsedName = { kind: 'person'; family: string; given: string } | { kind: 'literal'; literal: string };

/** One initial ("А.", "J.") or several run together ("А.С.", "J.-P."). */
const initialsToken = /^(?:\p{Lu}\p{Ll}{0,2}\.-?)+$/u;

/** Russian and Belarusian patronymic endings (Сергеевич, Сергеевна, Ильич, Кузьминична, Сяргеевіч, Сяргееўна). */
const patronymic = /(?:вич|вна|ич|ична|инична|віч|ўна|ічна)$/u;

/** True when a token is an initial or a run of initials. */
function isInitials(token: string): boolean {
  return initialsToken.test(token);
}

/**
 * Splits a byline into family and given names. Rules, in order:
 * a comma means "Family, Given"; initials before or after a word mark the other words as the family name;
 * with three words a patronymic tells "Фамилия Имя Отчество" from "Имя Отчество Фамилия";
 * otherwise the last word is the family name ("Иван Петров", "John A. Smith"). One word stays literal.
 */
export function parseName(raw: string): ParsedName {
  const name = clean(raw);
  if (name.includes(',')) {
    const comma = name.indexOf(',');
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    if (family && given) return { kind: 'person', family, given };
    return { kind: 'literal', literal: name.replace(/,/g, '').trim() || name };
  }
  const tokens = name.split(' ').filter(Boolean);
  if (tokens.length < 2) return { kind: 'literal', literal: name };
  const initialFlags = tokens.map(isInitials);
  if (initialFlags.some(Boolean) && !initialFlags.every(Boolean)) {
    const leading = initialFlags.indexOf(false);
    if (leading > 0 && initialFlags.slice(leading).every((f) => !f)) {
      return { kind: 'person', family: tokens.slice(leading).join(' '), given: tokens.slice(0, leading).join(' ') };
    }
    const trailing = initialFlags.lastIndexOf(false) + 1;
    if (trailing < tokens.length && initialFlags.slice(0, trailing).every((f) => !f)) {
      return { kind: 'person', family: tokens.slice(0, trailing).join(' '), given: tokens.slice(trailing).join(' ') };
    }
  }
  if (tokens.length === 3) {
    const [a, b, c] = tokens as [string, string, string];
    if (patronymic.test(c.toLowerCase()) && !patronymic.test(b.toLowerCase())) {
      return { kind: 'person', family: a, given: `${b} ${c}` };
    }
  }
  return { kind: 'person', family: tokens[tokens.length - 1]!, given: tokens.slice(0, -1).join(' ') };
}

/** The first letter (code point) of a word, upper-cased. */
function firstLetter(word: string): string {
  const code = word.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code).toUpperCase();
}

/**
 * Initials of the given names, separated by spaces: "Иван Сергеевич" → "И. С.", "Жан-Поль" → "Ж.-П.",
 * "J.A." → "J. A.". Existing initials are kept.
 */
export function initials(given: string): string {
  const out: string[] = [];
  for (const token of clean(given).split(' ').filter(Boolean)) {
    if (isInitials(token)) {
      out.push(...token.split(/(?<=\.)(?!-)/u).filter(Boolean));
      continue;
    }
    out.push(
      token
        .split('-')
        .filter(Boolean)
        .map((part) => `${firstLetter(part)}.`)
        .join('-'),
    );
  }
  return out.join(' ');
}

/** "Петров, И. С." — the inverted form of GOST headings and APA author lists; literals as written. */
export function invertedWithInitials(name: ParsedName): string {
  if (name.kind === 'literal') return name.literal;
  const init = initials(name.given);
  return init ? `${name.family}, ${init}` : name.family;
}

/** "И. С. Петров" — the direct form of GOST statements of responsibility; literals as written. */
export function directWithInitials(name: ParsedName): string {
  if (name.kind === 'literal') return name.literal;
  const init = initials(name.given);
  return init ? `${init} ${name.family}` : name.family;
}

/** "Петров, Иван Сергеевич" — full inverted form for RIS and BibTeX; literals as written. */
export function invertedFull(name: ParsedName): string {
  return name.kind === 'literal' ? name.literal : `${name.family}, ${name.given}`;
}

/** Parses every non-blank author of a record. */
export function parseAuthors(authors: readonly string[]): ParsedName[] {
  return authors.map(clean).filter(Boolean).map(parseName);
}
