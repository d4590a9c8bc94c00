/**
 * What every Russian rule family reads: the paragraph's tokens with their `az` readings, and the small
 * questions the rules ask of a token (a given name? a surname's slot? a place preposition before it?).
 * Built once a paragraph by `russianContext`; the rules in `ru-persons.ts`, `ru-bodies.ts`,
 * `ru-organizations.ts` and `ru-places.ts` take it whole.
 */
import type { AzParse } from 'az';
import type { Morphology } from '../morphology.ts';
import { isAllCaps, tokenize, type Token } from '../tokenize.ts';
import { isCapWord, isInitial, likeWritten, nameMaker, plainGap, sentenceInitial, titleCase } from './common.ts';
import { adjectivalHeads, bodyNames, notNames, orgHeads, placeHeads, pluralHeads } from './ru-lexicon.ts';
import { femaleSurnameForm, maleSurnameForm } from './ru-forms.ts';
import type { DetectedName } from './types.ts';

/** A token with its readings: all of them, and the likeliest ones (`top`). */
export interface Word {
  readonly token: Token;
  readonly cap: boolean;
  readonly parses: readonly AzParse[];
  readonly top: readonly AzParse[];
}

/** Does the reading carry the grammeme (`Name`, `gent`, `NOUN`)? */
export const has = (p: AzParse, grammeme: string) => Boolean(p.tag[grammeme]);
/** A reading as a proper name of any sort. */
export const proper = (p: AzParse) =>
  has(p, 'Name') || has(p, 'Surn') || has(p, 'Patr') || has(p, 'Geox') || has(p, 'Orgn') || has(p, 'Abbr');

/** The paragraph's tokens and the token questions the rules share; `found` collects the names in text order. */
export function russianContext(text: string, paragraph: number, morphology: Morphology) {
  const tokens = tokenize(text);
  const words: Word[] = tokens.map((token) => {
    const parses = morphology.parses(token.text);
    const best = Math.max(0, ...parses.map((p) => p.score));
    return { token, cap: isCapWord(token), parses, top: parses.filter((p) => p.score >= best - 1e-9) };
  });
  const found: DetectedName[] = [];
  const make = nameMaker(text, tokens, paragraph, 'ru');
  const joined = (a: number, b: number) => b < tokens.length && plainGap(text, tokens[a], tokens[b]);
  const initialAt = (j: number) => j < tokens.length && isInitial(tokens[j], text);
  const parseWith = (j: number, grammeme: string, min = 0.05) =>
    words[j]?.parses.find((p) => has(p, grammeme) && p.score >= min);
  /**
   * A dictionary organization name: its likeliest reading is `Orgn` (`Газпром`), unlike the
   * guesses the predictor makes for an unknown word by its ending (`Хайнс`, `Хоровитц`).
   */
  const orgn = (j: number) => words[j].parses.some((p) => has(p, 'Orgn') && p.score >= 0.5);
  /** A dictionary word that is not a name: its likeliest reading is an ordinary word with a fair score. */
  const common = (j: number) => words[j].top.some((p) => !proper(p) && p.score >= 0.3);
  const lemmaOf = (j: number) => words[j].top[0]?.normalize().word ?? words[j].token.text.toLocaleLowerCase('ru');
  const isGiven = (j: number) =>
    j < tokens.length && words[j].cap && !initialAt(j) && words[j].top.some((p) => has(p, 'Name'));
  const surnameSlot = (j: number) =>
    j < tokens.length &&
    words[j].cap &&
    !initialAt(j) &&
    !isAllCaps(words[j].token.text) &&
    /\p{Script=Cyrillic}/u.test(words[j].token.text) &&
    !words[j].top.some((p) => has(p, 'Name') || has(p, 'Geox')) &&
    !orgn(j) &&
    (Boolean(parseWith(j, 'Surn')) || !common(j)) &&
    !notNames.has(lemmaOf(j));

  const caseEndings: Record<string, RegExp> = {
    gent: /(?<=[бвгджзклмнпрстфхцчшщ])а$/u,
    accs: /(?<=[бвгджзклмнпрстфхцчшщ])а$/u,
    datv: /(?<=[бвгджзклмнпрстфхцчшщ])у$/u,
    // `-ем` after a hard consonant only after a hissing one or `ц` (`Ткачем`); after `л`, `н`, `р` the stem is soft.
    ablt: /(?:(?<=[бвгджзклмнпрстфхцчшщ])ом|(?<=[жцчшщ])ем)$/u,
    loct: /(?<=[бвгджзклмнпрстфхцчшщ])е$/u,
  };
  /** A soft-stem man's surname's case endings (`Скрипаля`, `Шмыгалю`, `Гоголем` → `Скрипаль`, `Шмыгаль`, `Гоголь`). */
  const softCaseEndings: Record<string, RegExp> = {
    gent: /(?<=[лнр])я$/u,
    accs: /(?<=[лнр])я$/u,
    datv: /(?<=[лнр])ю$/u,
    ablt: /(?<=[лнр])ем$/u,
  };
  /** The case of the given name's likeliest reading at `k`. */
  const givenCase = (k: number) => {
    const name = words[k].top.find((p) => has(p, 'Name'));
    return name && cases.find((c) => has(name, c));
  };
  /**
   * A place name after a given name is the surname only in the nominative (`Наото Кан`, not `Ивана Москвы`),
   * a reading that may tie with the accusative (`Гарри Трумэн`), or when it does not decline at all and so
   * shows no case (`Джеймса Коми`).
   */
  const placeAsSurname = (j: number) => {
    const geox = words[j].top.filter((p) => has(p, 'Geox'));
    if (geox.length === 0) return true;
    // `Ким Чен Ын`: a place word before an unknown word opens a longer foreign name, read whole elsewhere.
    if (j + 1 < tokens.length && words[j + 1].cap && joined(j, j + 1) && unknown(j + 1)) return false;
    if (geox.some((p) => has(p, 'Fixd'))) return true;
    return geox.some((p) => has(p, 'nomn')) && givenCase(j - 1) === 'nomn';
  };
  /**
   * After a given name any capitalised Cyrillic word is the surname, dictionary word or not (`Василий
   * Шумов`, `Бессель Кок`, `Виктор Понедельник`), unless it is a place, an organization's head or a title.
   */
  const afterGiven = (j: number) =>
    j < tokens.length &&
    words[j].cap &&
    !initialAt(j) &&
    !isAllCaps(words[j].token.text) &&
    /^\p{Script=Cyrillic}/u.test(words[j].token.text) &&
    !words[j].top.some((p) => has(p, 'Name') && has(p, 'sing')) &&
    placeAsSurname(j) &&
    !orgn(j) &&
    !orgHeads.has(lemmaOf(j)) &&
    !placeHeads.has(lemmaOf(j)) &&
    !notNames.has(lemmaOf(j)) &&
    !words[j].parses.some((p) => has(p, 'ADJF') && p.score >= 0.3);
  const afterPlacePreposition = (j: number) =>
    j > 0 &&
    /^(?:в|во|на|из|под|около|близ|до|через)$/iu.test(tokens[j - 1].text) &&
    /^\s$/u.test(text.slice(tokens[j - 1].end, tokens[j].start));
  const unknown = (j: number) =>
    !words[j].parses.some((p) => p.score >= 0.3 || (has(p, 'Geox') && p.score >= 0.1)) && !orgn(j);
  const surnameForm = (j: number, gender: 'male' | 'female' | undefined, nameCase?: string): string => {
    const written = words[j].token.text;
    const surn = words[j].parses.filter((p) => has(p, 'Surn') && (!nameCase || has(p, nameCase)));
    if (surn.length === 0 && gender === 'male' && nameCase && caseEndings[nameCase]) {
      const stripped = maleSurnameForm(written);
      if (stripped !== written) return stripped;
      const hard = written.replace(caseEndings[nameCase], '');
      return hard !== written ? hard : written.replace(softCaseEndings[nameCase] ?? /$^/u, 'ь');
    }
    const masc = surn.length > 0 ? titleCase(surn[0].normalize().word) : maleSurnameForm(written);
    if (gender === 'female') return surn.length > 0 ? femaleSurnameForm(masc) : femaleSurnameForm(written);
    if (gender === 'male') return masc;
    // Unknown gender (initials, a bare surname): the feminine reading when the form can only be feminine.
    if (surn.length > 0 && surn.every((p) => has(p, 'femn'))) return femaleSurnameForm(masc);
    return masc;
  };
  /** A capitalised given name standing alone, not opening a sentence, not in quotes, not also a place or a common word. */
  const loneGiven = (j: number) =>
    !sentenceInitial(text, tokens[j].start) &&
    !/["«„“]\s*$/u.test(text.slice(0, tokens[j].start)) &&
    !isAllCaps(tokens[j].text) &&
    tokens[j].text.length >= 3 &&
    /^\p{Script=Cyrillic}/u.test(tokens[j].text) &&
    !words[j].parses.some((p) => (has(p, 'Geox') || has(p, 'Orgn')) && p.score >= 0.05) &&
    !words[j].top.some((p) => !proper(p)) &&
    // `в Инстаграме`: after `в` / `на` a name read only in the locative is where something is, not a person.
    !(afterPlacePreposition(j) && words[j].top.every((p) => !has(p, 'Name') || has(p, 'loct'))) &&
    !(j + 1 < tokens.length && text.slice(tokens[j].end, tokens[j + 1].start) === '-');
  /**
   * `штаб Любови Соболь`, `книга Анны Шмидт`: a woman's given name in an oblique case (a reading of the
   * dictionary, though it ranks an ordinary word first) before a capitalised word on a consonant, in which
   * a woman's surname does not decline: her name, the surname as written. `undefined` when not.
   */
  const womanUndeclined = (j: number): { given: string; surname: string } | undefined => {
    const k = j + 1;
    if (k >= tokens.length || !words[j].cap || !words[k].cap || initialAt(j) || !joined(j, k)) return undefined;
    if (!/^\p{Script=Cyrillic}\p{Ll}+$/u.test(tokens[j].text)) return undefined;
    if (!/^\p{Script=Cyrillic}\p{Ll}+[бвгджзклмнпрстфхцчшщь]$/u.test(tokens[k].text)) return undefined;
    const names = words[j].parses.filter((p) => has(p, 'Name') && p.score >= 0.1);
    const oblique = names.find((p) => has(p, 'femn') && has(p, 'sing') && !has(p, 'nomn'));
    if (!oblique || names.some((p) => has(p, 'masc'))) return undefined;
    if (k + 1 < tokens.length && joined(k, k + 1) && words[k + 1].cap) return undefined;
    if (text.charAt(tokens[k].end) === '-' || isGiven(k) || orgn(k) || bodyHead(k)) return undefined;
    if (words[k].parses.some((p) => (has(p, 'Geox') || has(p, 'ADJF')) && p.score >= 0.1)) return undefined;
    if (orgHeads.has(lemmaOf(k)) || placeHeads.has(lemmaOf(k)) || notNames.has(lemmaOf(k))) return undefined;
    return { given: titleCase(oblique.normalize().word), surname: tokens[k].text };
  };
  /** The word before `j` is a lower-case noun (lemma) of `set`, separated by a space only. */
  // The cue in lower case, or capitalised only because it opens a sentence (`Город Павия`).
  const cueBefore = (j: number, set: ReadonlySet<string>) =>
    j > 0 &&
    (!words[j - 1].cap || sentenceInitial(text, tokens[j - 1].start)) &&
    /^[\s\u00A0]$/u.test(text.slice(tokens[j - 1].end, tokens[j].start)) &&
    words[j - 1].parses.some((p) => has(p, 'NOUN') && set.has(p.normalize().word) && p.score >= 0.1);
  const cases = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
  /** The given name's reading, preferring one whose case the neighbouring surname can share. */
  const givenOf = (j: number, surname?: number) => {
    const names = words[j].parses.filter((p) => has(p, 'Name'));
    const surns = surname === undefined ? [] : words[surname].parses.filter((p) => has(p, 'Surn'));
    const agrees = (p: AzParse) =>
      surns.some((s) => cases.some((c) => has(p, c) && has(s, c)) && has(p, 'femn') === has(s, 'femn'));
    // On a tie the masculine reading: `Дмитрия` is far more often Дмитрий than the rare woman's name.
    const byScore = [...names].sort((a, b) => b.score - a.score || Number(has(b, 'masc')) - Number(has(a, 'masc')));
    const parse = byScore.find(agrees) ?? byScore[0];
    const nameCase = cases.find((c) => has(parse, c));
    const feminine = feminineOfMasculine(j, parse, surname ?? j);
    if (feminine) return feminine;
    return {
      given: titleCase(parse.normalize().word),
      gender: has(parse, 'femn') ? ('female' as const) : has(parse, 'masc') ? ('male' as const) : undefined,
      nameCase,
    };
  };

  /**
   * `Асию Биби`, `Асии Биби`, `Асией Биби`: a woman's given name in `-ия` the dictionary does not know
   * reads as the oblique case of a man's name in `-ий` (`Асий`). Its written form tells the woman where no
   * man's form can be: `-ией` (a man's is `-ием`); `-ию` after a woman's noun in the accusative
   * (`христианку Асию`; a man's `-ию` is the dative); `-ии` after one in the genitive (`христианки Асии`);
   * `-ия` opening a sentence or after a woman's noun in the nominative, before a verb in the feminine
   * past (`Асия Биби покинула`). `last` is the name's last token.
   */
  const feminineOfMasculine = (j: number, parse: AzParse, last: number) => {
    const lemma = parse.normalize().word;
    const written = tokens[j].text;
    if (!has(parse, 'masc') || !/ий$/u.test(lemma)) return undefined;
    const ending = /(?:ией|ию|ии|ия)$/u.exec(written)?.[0];
    if (!ending) return undefined;
    // `отдал жену Ипатию Смиту`: a surname that can be the man's in his case and not the woman's in hers
    // keeps him a man.
    const manCase = cases.find((x) => has(parse, x));
    const womanCases = { ия: ['nomn'], ию: ['accs'], ии: ['gent', 'datv', 'loct'], ией: ['ablt'] }[ending]!;
    const surnames = last !== j ? words[last].parses.filter((p) => has(p, 'NOUN') && p.score >= 0.05) : [];
    if (
      surnames.some((p) => has(p, 'masc') && manCase && has(p, manCase)) &&
      !surnames.some((p) => has(p, 'femn') && womanCases.some((x) => has(p, x)))
    )
      return undefined;
    const before = j > 0 && !words[j - 1].cap && /^[ \u00A0]$/u.test(text.slice(tokens[j - 1].end, tokens[j].start));
    const womanBefore = (grammeme: string) =>
      before &&
      words[j - 1].top.some(
        (p) => has(p, 'femn') && has(p, 'sing') && has(p, grammeme) && (has(p, 'anim') || has(p, 'ADJF')),
      ) &&
      !words[j - 1].top.some((p) => has(p, 'masc'));
    const feminineVerbAfter =
      last + 1 < tokens.length &&
      /^[ \u00A0]$/u.test(text.slice(tokens[last].end, tokens[last + 1].start)) &&
      words[last + 1].top.some(
        (p) => has(p, 'femn') && has(p, 'sing') && (has(p, 'VERB') || has(p, 'ADJS') || has(p, 'PRTS')),
      );
    const woman =
      ending === 'ией' ||
      (ending === 'ию' && womanBefore('accs')) ||
      (ending === 'ии' && womanBefore('gent')) ||
      (ending === 'ия' && feminineVerbAfter && (sentenceInitial(text, tokens[j].start) || womanBefore('nomn')));
    if (!woman) return undefined;
    const form = lemma.replace(/ий$/u, 'ия');
    return { given: titleCase(form), gender: 'female' as const, nameCase: ending === 'ия' ? 'nomn' : undefined };
  };

  /**
   * The word's reading as the head of a body's name: a noun of `orgHeads` or `bodyNames` (in the plural
   * for `pluralHeads`: `органы`), or an adjective used as one (`сборной`).
   */
  const bodyHead = (j: number): AzParse | undefined =>
    words[j].parses.find((p) => {
      const lemma = p.normalize().word;
      if (has(p, 'ADJF')) return adjectivalHeads.has(lemma);
      return (
        has(p, 'NOUN') && (orgHeads.has(lemma) || bodyNames.has(lemma)) && (!pluralHeads.has(lemma) || has(p, 'plur'))
      );
    });
  /** A quoted name opening right after token `j` (`«Гараж»`): its text, its last token and the closing quote's offset. */
  const quotedAfter = (j: number) => {
    if (j + 1 >= tokens.length || !/^[ \u00A0]*["«„“]$/u.test(text.slice(tokens[j].end, tokens[j + 1].start)))
      return undefined;
    if (!/^[\p{Lu}\p{N}]/u.test(tokens[j + 1].text)) return undefined;
    const closing = text.slice(tokens[j + 1].start).search(/["»“”]/u);
    if (closing <= 0 || closing >= 80) return undefined;
    const end = tokens[j + 1].start + closing;
    let last = j + 1;
    while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
    return { name: text.slice(tokens[j + 1].start, end).trim(), first: j + 1, last, end };
  };
  /** A quoted name starting at token `k` with its first noun back in the nominative (`Голоса Америки` → `Голос Америки`). */
  const nominativeQuoted = (k: number, name: string) => {
    const first = words[k].top[0];
    if (!first || !has(first, 'NOUN') || has(first, 'nomn') || ['Name', 'Surn', 'Fixd'].some((g) => has(first, g)))
      return name;
    const nominative = has(first, 'plur') ? first.inflect(['nomn', 'plur']) : first.normalize();
    return nominative ? likeWritten(nominative.word, tokens[k].text) + name.slice(tokens[k].text.length) : name;
  };
  return {
    text,
    paragraph,
    tokens,
    words,
    found,
    make,
    joined,
    initialAt,
    parseWith,
    orgn,
    common,
    lemmaOf,
    isGiven,
    surnameSlot,
    cases,
    afterGiven,
    afterPlacePreposition,
    unknown,
    surnameForm,
    loneGiven,
    womanUndeclined,
    cueBefore,
    givenOf,
    bodyHead,
    quotedAfter,
    nominativeQuoted,
    morphology,
  };
}

export type RussianContext = ReturnType<typeof russianContext>;
