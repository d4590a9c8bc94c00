/**
 * Belarusian nominative forms by suffix rules, without a dictionary: an organization's name by its head
 * (`Савету міністраў Беларусі` → `Савет міністраў Беларусі`, `Усебеларускага народнага сходу` →
 * `Усебеларускі народны сход`), a place by its division noun (`Гомельскай вобласці` → `Гомельская
 * вобласць`), a man's given name (`Анатолем` → `Анатоль`) and a woman's name (`Надзеі Ермаковай` →
 * `Надзея Ермакова`, `Святланы Ціханоўскай` → `Святлана Ціханоўская`).
 */
import { divisionNouns, femaleGivenNames, maleGivenNames, organizationHeads } from './be-lexicon.ts';

/** The nominative of a word by a table of stems, keeping its capital; undefined when no stem fits. */
function byTable(word: string, table: ReadonlyArray<readonly [RegExp, string]>): string | undefined {
  const lower = word.toLocaleLowerCase('be');
  for (const [re, to] of table) {
    if (!re.test(lower)) continue;
    const form = lower.replace(re, to).replace(/аа$/u, 'а');
    return word.charAt(0) === lower.charAt(0) ? form : form.charAt(0).toLocaleUpperCase('be') + form.slice(1);
  }
  return undefined;
}

/** The nominative of a head word, or undefined when it is no head. */
export function headNominative(word: string): string | undefined {
  // `ПЭН-цэнтры` → `ПЭН-цэнтр`: a hyphenated head declines in its last part.
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0) {
    const last = byTable(word.slice(hyphen + 1), organizationHeads);
    return last === undefined ? undefined : `${word.slice(0, hyphen + 1)}${last}`;
  }
  return byTable(word, organizationHeads);
}

/** The nominative of a division noun (`вобласці` → `вобласць`), or undefined when it is none. */
export function divisionNominative(word: string): string | undefined {
  return byTable(word, divisionNouns);
}

/** The grammatical gender of a noun in the nominative, by its ending (`вобласць`, `Эўропа`: feminine). */
function genderOf(noun: string): 'masc' | 'femn' | 'neut' {
  if (/(?:[ая]|сць|Беларусь)$/u.test(noun)) return 'femn';
  if (/[еёо]$/u.test(noun)) return 'neut';
  return 'masc';
}

/** An adjective in the nominative agreeing with a head of `gender`. */
export function adjectiveNominative(word: string, gender: 'masc' | 'femn' | 'neut'): string {
  // The possessives `наш`, `ваш` decline as pronouns (`Нашай` → `Наша`, `Нашага` → `Наш`).
  const possessive = /^([НнВв]аш)(?:ай|ой|ую|ага|аму|ым|а|у|ы|ае)$/u.exec(word);
  if (possessive) return `${possessive[1]}${gender === 'femn' ? 'а' : gender === 'neut' ? 'а' : ''}`;
  // Soft adjectives (`Усходняй`, `Заходняга` → `Усходняя`, `Заходні`).
  const soft = /^(.*?[дн])(?:яга|яму|ім|яй|юю|яя|яе|іх)$/u.exec(word);
  if (soft) return `${soft[1]}${gender === 'femn' ? 'яя' : gender === 'neut' ? 'яе' : 'і'}`;
  const m = /^(.*?)(ага|аму|ога|ому|ым|ім|ом|ай|ой|ую|ая|ае|ы|і)$/u.exec(word);
  if (!m) return word;
  const stem = m[1];
  if (gender === 'femn') return `${stem}ая`;
  if (gender === 'neut') return `${stem}ае`;
  return `${stem}${/[кгх]$/u.test(stem) ? 'і' : 'ы'}`;
}

/**
 * The nominative of an organization's name written `words`: the adjectives before its head agree with the
 * head put in the nominative; what follows the head (a genitive tail) stays as written.
 */
export function organizationNominative(words: readonly string[]): string {
  const at = words.findIndex((w) => headNominative(w) !== undefined);
  if (at < 0) return words.join(' ');
  const head = headNominative(words[at])!;
  const gender = /(?:ства|цтва|нне|ньне|ё)$/u.test(head) ? 'neut' : /[ая]$/u.test(head) ? 'femn' : 'masc';
  const before = words.slice(0, at).map((w) => adjectiveNominative(w, gender));
  const name = [...before, head, ...words.slice(at + 1)].join(' ');
  return name.charAt(0).toLocaleUpperCase('be') + name.slice(1);
}

/**
 * The nominative of a place named by adjectives and a last noun, a division (`Хойніцкага раёна`) or a
 * place (`Усходняй Эўропы` with `Эўропа`): the adjectives agree with the noun's nominative `noun`.
 */
export function placeNominative(adjectives: readonly string[], noun: string): string {
  const gender = genderOf(noun);
  return [...adjectives.map((w) => adjectiveNominative(w, gender)), noun].join(' ');
}

/** Is `given` a man's given name (and not also a woman's, as `Валянціна` may be)? */
export const isMaleGiven = (given: string) => maleGivenNames.test(given) && !femaleGivenNames.test(given);

/** The nominative of a woman's given name in any case (`Святланы`, `Алену`, `Надзеі` → `Святлана`, `Алена`, `Надзея`). */
export function femaleGiven(given: string): string {
  return (
    given
      .replace(/(?<=[аеёіоуыэюя])(?:ю|і|яй|яю)$/u, 'я')
      // A soft stem's genitive and dative (`Натальлі`, `Настассі` → `Натальля`, `Настасся`); `-кі` is a hard one's.
      .replace(/(?<=[бвджзлмнпрстфцчшў])і$/u, 'я')
      .replace(/(?<=[бвгджзклмнпрстфхцчшў])(?:у|ай|ой|аю|ы|і|е)$/u, 'а')
      .replace(/(?<=к)ц$/u, '')
  );
}

/** Given names whose stem changes in the oblique cases (`Паўла` → `Павел`, `Зьмітра` → `Зьміцер`). */
const givenStems: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Паўл$/u, 'Павел'],
  [/^Пятр$/u, 'Пётр'],
  [/^Франц(і|ы)шк$/u, 'Франц$1шак'],
  [/^(З|Зь)мітр$/u, '$1міцер'],
  [/^(З|Зь)міцр$/u, '$1міцер'],
];

/**
 * The nominative of a man's given name in an oblique case (`Аляксандра`, `Анатолем`, `Дзмітрыю`, `Паўлу`
 * → `Аляксандр`, `Анатоль`, `Дзмітрый`, `Павел`).
 */
export function maleGiven(word: string): string {
  let stem = word
    // `Вацлава`, `Станіславам` → `Вацлаў`, `Станіслаў`.
    .replace(/(?<=[аоеё])в(?:а|у|ам|ым|е)$/u, 'ў')
    .replace(/(?<=[аеёіоуыэюя])(?:я|ю|ем|ём|і)$/u, 'й')
    .replace(/(?<=[лнсзц]|дз)(?:я|ю|ем|ём|і)$/u, 'ь')
    .replace(/(?<=[бвгджзклмнпрстфхцчшў])(?:а|у|ам|ом|ы|е)$/u, '');
  for (const [re, to] of givenStems) if (re.test(stem)) stem = stem.replace(re, to);
  return stem;
}

/**
 * A woman's given name and surname in the nominative when their forms show a woman (`Надзею Ермакову`,
 * `Надзеі Ермаковай` → `Надзея Ермакова`; `Святланы Ціханоўскай` → `Святлана Ціханоўская`); undefined
 * otherwise (`Дзмітрыю Салаўёву`, `Івана Шылава`: a man's).
 */
export function femaleName(given: string, surname: string): { given: string; surname: string } | undefined {
  if (isMaleGiven(given)) return undefined;
  const known = femaleGivenNames.test(given);
  const adjectival = /^(.*(?:ск|цк))(?:ай|ой|ую|ая)$/u.exec(surname);
  // `Канстанцыі Буйлы`, `Ганны Цёткі`: a known woman's genitive beside a surname of the `-а` declension in the genitive.
  if (known && /(?:[ыі])$/u.test(given) && !/(?:ай|ой|ую|ая|ы[йя]|ія)$/u.test(surname)) {
    const inA = /^(\p{Lu}\p{Ll}*(?:[бвгджзлмнпрстфхцчшў]ы|[кгх]і))$/u.exec(surname);
    if (inA) return { given: femaleGiven(given), surname: `${surname.slice(0, -1)}а` };
  }
  const female = adjectival ?? /^(.*(?:ов|ав|ёв|ев|ін|ын))(?:ай|ой|ую|у|а)$/u.exec(surname);
  if (!female || !/(?:ю|і|ай|яй|у|а|я|ы|е)$/u.test(given) || /[бвгджзклмнпрстфхцчшў]$/u.test(given)) return undefined;
  // The given name must read as a woman's: `Надзею`, `Надзеі`, `Ганну`, `Вольгай`, not `Івана`.
  if (!known && /(?<=[бвгджзклмнпрстфхцчшў])а$/u.test(given) && !/(?:ай|ой)$/u.test(surname)) return undefined;
  if (!known && /(?:ы|е)$/u.test(given)) return undefined;
  return { given: femaleGiven(given), surname: `${female[1]}${adjectival ? 'ая' : 'а'}` };
}

/** A feminine noun's nominative from an oblique case (`Нівы`, `Ніве`, `Ніву`, `Нівай` → `Ніва`; `Зямлі` → `Зямля`). */
function feminineNoun(noun: string): string {
  return (
    noun
      .replace(/дзе$/u, 'да')
      .replace(/(?<=[^д])зе$/u, 'га')
      .replace(/це$/u, 'та')
      .replace(/(?<=[бвгджзклмнпрстфхцчшў])(?:ай|ой|аю|ою|у|е)$/u, 'а')
      .replace(/(?<=[гкх])і$/u, 'а')
      .replace(/(?<=[бвджзлмнпрстфшчрцў])ы$/u, 'а')
      // `Русі`, `Радасці`, `Моладзі` → `Русь`, `Радасць`, `Моладзь`.
      .replace(/(?<=[сзц])(?:і|ю|сю|ццю)$/u, 'ь')
      .replace(/(?<=[бвдзлмнпрстфцў]|[аеёіоуыэюя])(?:і|ю|яй|яю|ёй)$/u, 'я')
  );
}

/** A masculine or neuter noun's nominative from an oblique case (`тэатру`, `Фронце`, `базары`, `Княству` → `тэатр`, `Фронт`, `базар`, `Княства`). */
function masculineNoun(noun: string): string {
  // `Княства`, `Таварыству`: a neuter noun in `-ства`, `-цтва`.
  if (/(?:ств|цтв)(?:а|у|ам|е)$/u.test(noun)) return noun.replace(/(?:а|у|ам|е)$/u, 'а');
  return noun
    .replace(/(?<=[бвгджзклмнпрстфхцчшў])(?:ам|ом|а|у)$/u, '')
    .replace(/дзе$/u, 'д')
    .replace(/це$/u, 'т')
    .replace(/(?<=[рчшжц])ы$/u, '')
    .replace(/(?<=[бвзклмнпсфхў])е$/u, '');
}

/** A plural noun's nominative from its genitive (`дэмакратаў`, `Сяброў`, `Настаўнікаў` → `дэмакраты`, `Сябры`, `Настаўнікі`), else undefined. */
export function pluralNoun(noun: string): string | undefined {
  const m = /^(.*?\p{L}{2})(аў|оў|ёў|яў)$/u.exec(noun);
  if (!m) return undefined;
  return `${m[1]}${/[ёя]ў$/u.test(m[2]) || /[кгхйчшжщ]$/u.test(m[1]) ? 'і' : 'ы'}`;
}

/**
 * The nominative of a quoted plural name written in the genitive (`Маладых дэмакратаў` → `Маладыя
 * дэмакраты`, `Сяброў свабоднай Беларусі` → `Сябры свабоднай Беларусі`): plural adjectives and a noun in
 * `-аў`, `-оў`, or a capitalised noun in `-аў`, `-оў` with a lower-case genitive tail; undefined otherwise.
 */
export function pluralNominative(words: readonly string[]): string | undefined {
  const at = words.findIndex((w) => !/(?:ых|іх)$/u.test(w));
  if (at < 0 || words.length < 2) return undefined;
  const adjectives = words.slice(0, at);
  const noun = pluralNoun(words[at]);
  if (!noun) return undefined;
  const tail = words.slice(at + 1);
  // A tail is lower-case (`свабоднай Беларусі` may end in a name); no adjective and no tail is a surname (`Іваноў`).
  if (adjectives.length === 0 && (tail.length === 0 || /^\p{Lu}/u.test(tail[0]))) return undefined;
  const plural = adjectives.map((w) =>
    w
      .replace(/(?<=[кгх])іх$/u, 'ія')
      .replace(/ых$/u, 'ыя')
      .replace(/іх$/u, 'ія'),
  );
  return [...plural, noun, ...tail].join(' ');
}

/** Feminine adjective endings in an oblique case (`Нашай`, `Нашу`, `Вольнай`). */
const feminineOblique = /(?:ай|яй|ой|ую|юю|аю|яю)$/u;
/** Masculine and neuter adjective endings in an oblique case (`Новага`, `Беларускім`, `Народнаму`). */
const masculineOblique = /(?:ага|яга|ога|аму|яму|ому|ым|ім)$/u;

/**
 * The nominative of a name made of capitalised adjectives and a noun, declined as a phrase (`Нашай
 * Нівы` → `Наша Ніва`, `Беларускім Народным Фронце` → `Беларускі Народны Фронт`): the adjectives' case
 * tells the noun's gender; a name of another shape, or in the plural, stays as written.
 */
export function adjectiveNounNominative(words: readonly string[], isAdjective: (word: string) => boolean): string {
  const name = words.join(' ');
  if (words.length < 2 || words.length > 3) return name;
  const adjectives = words.slice(0, -1);
  const noun = words[words.length - 1];
  // The noun may look like an adjective (`Думкі`), but not like an oblique masculine or plural one.
  // The possessives decline as pronouns: `Нашу Ніву` → `Наша Ніва`.
  const possessive = /^[НнВв]аш(?:у|ай|ой|ага|аму|ым)$/u;
  const adjective = (w: string) => isAdjective(w) || possessive.test(w);
  if (!adjectives.every(adjective) || /(?:ага|яга|аму|яму|ым|ім|ую|юю|ых|іх)$/u.test(noun) || noun.length < 3)
    return name;
  if (adjectives.every((w) => feminineOblique.test(w) || /^[НнВв]ашу$/u.test(w)))
    return [...adjectives.map((w) => adjectiveNominative(w, 'femn')), feminineNoun(noun)].join(' ');
  if (adjectives.every((w) => masculineOblique.test(w))) {
    const nominative = masculineNoun(noun);
    const gender = /(?:ства|цтва)$/u.test(nominative) ? 'neut' : 'masc';
    return [...adjectives.map((w) => adjectiveNominative(w, gender)), nominative].join(' ');
  }
  return name;
}
