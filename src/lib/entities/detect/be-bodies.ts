/**
 * Belarusian bodies: one-word companies and state bodies (`Белгазпрамбанку` → `Белгазпрамбанк`), the
 * nominative of a quoted name (`«Вясны»` → `Вясна`, `супраць "Амура"` → `Амур`) and a quoted organization
 * named again in an oblique case (`«Белсата»` → `Белсат`) across one article.
 */
import { isAllCaps } from '../tokenize.ts';
import { companyWord, isOrganizationHead } from './be-lexicon.ts';
import { adjectiveNounNominative, organizationNominative, pluralNominative } from './be-forms.ts';
import { obliqueOrNominativeAdjective } from './be-places.ts';
import type { DetectedName } from './types.ts';

/** One word naming a company or a state body, in the nominative (`Белгазпрамбанку` → `Белгазпрамбанк`). */
export function companyName(word: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return undefined;
  const m = companyWord.exec(word);
  if (!m) return undefined;
  const core = m[1] ?? m[2];
  // `Еўракамісіі` → `Еўракамісія`.
  if (/камісі\p{Ll}*$/u.test(core)) return core.replace(/камісі\p{Ll}*$/u, 'камісія');
  // `Мінадукацыі` → `Мінадукацыя`.
  return (word.slice(0, m.index) + core + (core.endsWith('нафт') ? 'а' : '')).replace(/цыі$/u, 'цыя');
}

/**
 * Words before a quoted name that put it in the genitive (`супраць "Амура"`, `вароты "Амура"`, `мясцовага
 * "Амура"`): a one-word name in `-а` there is a masculine's genitive, a feminine's would end in `-ы`, `-і`.
 */
export const genitiveCue =
  /^(?:супраць|з|са|ад|да|для|без|каля|ля|акрамя|замест|вароты|варотах|брамку|гульцы|гульцоў|гульца|трэнер|трэнера|капітан|нападнік|абаронца|варатар|склад|складзе|заўзятары|балельшчыкі|\p{Ll}+(?:ага|яга))$/u;

/** Indeclinable club and brand names in `-а` (`Дынама`, `Тарпеда`). */
export const indeclinableInA = /(?:ама|эда|еда|ота|ета|эта|іа|ыа)$/u;

/** The nominative of the last word of a one-word quoted name (`«Вясны»` → `Вясна`, `"Металургу"` → `Металург`). */
export function quotedNominative(name: string, before = ''): string {
  const words = name.split(/\s+/u);
  if (words.some((w) => isOrganizationHead(w))) return organizationNominative(words);
  const plural = pluralNominative(words);
  if (plural) return plural;
  // `супраць мясцовага "Амура"` → `Амур`.
  if (
    words.length === 1 &&
    genitiveCue.test(before) &&
    /^\p{Lu}\p{Ll}+(?<=[бвгджзклмнпрстфхцчшў])а$/u.test(name) &&
    !indeclinableInA.test(name) &&
    !/(?:ств|цтв)а$/u.test(name)
  )
    return name.slice(0, -1);
  // `«Нашай Нівы»` → `Наша Ніва`: capitalised adjectives and a noun, declined as a phrase.
  if (words.length > 1) return adjectiveNounNominative(words, obliqueOrNominativeAdjective);
  if (isAllCaps(name) || !/\p{Script=Cyrillic}/u.test(name)) return name;
  return (
    name
      // `«Рацыі»` → `Рацыя`.
      .replace(/(?<=[ыі])[іі]$/u, 'я')
      .replace(/(?<=[бвгджзклмнпрстфхцчшў])(?:ы|ай)$/u, 'а')
      .replace(/(?<=[гкх])і$/u, 'а')
      .replace(/(?<=[бвгджзклмнпрстфхцчшў])(?:у|ам|ом|е)$/u, '')
      .replace(/(?<=[лнц])ем$/u, 'ь')
  );
}

/**
 * A one-word Belarusian organization whose name the article also writes in its bare nominative (`«Белсат»`
 * … `калумністам «Белсата»`, in Łacinka `«Biełsat»` … `«Biełsata»`) takes that nominative: a quoted
 * masculine name in the genitive, dative or instrumental looks like a feminine one in the nominative.
 */
export function belarusianOrganizationForms(found: DetectedName[]): DetectedName[] {
  const bare = new Map<string, DetectedName>();
  for (const n of found)
    if (n.type === 'organization' && n.language === 'be' && !/\s/u.test(n.normal)) bare.set(n.normal, n);
  if (bare.size < 2) return found;
  return found.map((n) => {
    if (n.type !== 'organization' || n.language !== 'be' || /\s/u.test(n.normal)) return n;
    const stem = /^(.{3,}?)(?:ам|ом|а|у|е|ы|am|om|a|u|e|y)$/u.exec(n.normal)?.[1];
    const other = stem === undefined ? undefined : bare.get(stem);
    return other ? { ...n, normal: other.normal, key: other.key } : n;
  });
}
