/**
 * Belarusian persons' forms: the nominative of a surname and of a given name beside it (`Лукашэнкі` →
 * `Лукашэнка`, `Анатолем Сіваком` → `Анатоль Сівак`), surnames that do not decline, foreign women's names
 * in the accusative and men's names in `-а`. Suffix rules, since `az` knows only Russian.
 */
import { belarusianGivenNames, femaleGivenNames, maleGivenNames, surnameEnding } from './be-lexicon.ts';
import { femaleGiven, isMaleGiven, maleGiven } from './be-forms.ts';

/** Nominative of a Belarusian surname (`Лукашэнкі` → `Лукашэнка`, `Мікалаевіча` → `Мікалаевіч`, `Дуніна-Марцінкевіча` → `Дунін-Марцінкевіч`). */
export function belarusianSurname(word: string): string {
  if (word.includes('-')) return word.split('-').map(belarusianSurname).join('-');
  const rules: ReadonlyArray<readonly [RegExp, string]> = [
    [/(ск|цк)і$/u, '$1і'],
    // `Знаку`, `Пазняком`, `Лосікам` → `Знак`, `Пазняк`, `Лосік`: a vowel before `к` in the dative or instrumental.
    [/(?<=[аеіоуыэяё]к)(?:у|ам|ом)$/u, ''],
    [/(энк|енк|анк|онк|к)(?:і|у|ам|е)$/u, '$1а'],
    // `Севярынцам` → `Севярынец`: the `е` of `-нец` drops in the oblique cases.
    [/(?<=[ыі]н)ц(?:а|у|ам|ом|ы)$/u, 'ец'],
    [/віч(?:а|у|ам|ы)$/u, 'віч'],
    [/(ск|цк)(?:ага|аму|ім|ім)$/u, '$1і'],
    [/(ск|цк)(?:ай|ую|ой)$/u, '$1ая'],
    [/(ов|ав|ёв|ев|ін|ын)(?:ай|ой|ую)$/u, '$1а'],
    [/(о|а|ё|е)в(?:а|у|ым)$/u, '$1ў'],
    [/(ін|ын)(?:а|у|ым)$/u, '$1'],
    [/(ук|юк|чык)(?:а|у|ом|ам)$/u, '$1'],
    // `Сыракомлем` → `Сыракомля`: a consonant before a soft `л`, `н` makes a surname of the `-я` declension.
    [/(?<=[бвгджзкмпрстфхцчшў][лн])ем$/u, 'я'],
    [/(?<=[бвгджзклмнпрстфхцчш])(?:ам|ом)$/u, ''],
    [/(?<=[бвгджзлмнпрстфхцчш])ай$/u, 'а'],
  ];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

/**
 * Nominative of a given name beside a surname: a woman's by her name (`Алену` → `Алена`), a man's when
 * its form or its surname's is oblique (`Аляксандра Лукашэнкі`, `Анатолем Сіваком` → `Анатоль`).
 */
export function belarusianGiven(word: string, surnameInflected: boolean): string {
  if (femaleGivenNames.test(word) && !isMaleGiven(word)) return femaleGiven(word);
  if (surnameInflected || (maleGivenNames.test(word) && /(?:ам|ом|ем|ём|у|ю)$/u.test(word))) {
    // `Міколам`, `Янку` → `Мікола`, `Янка`: a man's name in `-а`.
    const stem = maleGiven(word);
    return maleNominativeInA.test(`${stem}а`) ? `${stem}а` : stem;
  }
  return word;
}

/** A surname in the genitive beside a man's given name in the genitive (`Шабуні`, `Стомы`, `Бяляя`, `Лукашэнкі`). */
export function genitiveSurname(word: string): string {
  const regular = belarusianSurname(word);
  if (regular !== word) return regular;
  const rules: ReadonlyArray<readonly [RegExp, string]> = [
    [/(?<=[аеэяоу])я$/u, 'й'],
    [/(?<=[лнсзцдч]|дз)і$/u, 'я'],
    [/(?<=[бвгдзлмнпрстфхцчшў])ы$/u, 'а'],
    [/(?<=[бвгджзклмнпрстфхцчш])а$/u, ''],
  ];
  const rule = rules.find(([re]) => re.test(word));
  return rule ? word.replace(rule[0], rule[1]) : word;
}

/** A surname that does not decline: it ends in a vowel other than `-а`, `-я` (`Кагалаці`, `Дэ Сота`, `Руа`). */
export const indeclinableSurname = /(?<=\p{L}{2})(?:[іоэуеиы]|(?<=[аоеіу])а)$/u;

/**
 * A foreign woman: a given name in the accusative (`Даяну`) beside a surname a man's accusative or dative
 * would decline (`Магнэй`, `Сміт`: `Магнэя`, `Сміту`), so it is a woman's; undefined otherwise.
 */
export function foreignWoman(given: string, surname: string): { given: string; surname: string } | undefined {
  if (isMaleGiven(given) || belarusianGivenNames.test(given)) return undefined;
  if (!/^\p{Lu}\p{Ll}+(?<=[бвгджзклмнпрстфхцчшў])у$/u.test(given)) return undefined;
  if (!/^\p{Lu}\p{Ll}+(?:[бвгджзклмнпрстфхцчшў]|[эеі]й)$/u.test(surname) || surnameEnding.test(surname))
    return undefined;
  return { given: `${given.slice(0, -1)}а`, surname };
}

/** `Ўладзімір` → `Уладзімір`: the short `ў` after a vowel is `у` when the word stands alone. */
export const openingU = (name: string) => name.replace(/(?<![\p{L}\p{N}])Ў/gu, 'У');

/** Men's given names whose nominative ends in `-а` (`Мікола`, `Янка`): no genitive. */
export const maleNominativeInA = /^(?:Мікола|Янка|Кузьма|Мікіта|Фама|Сава|Лука|Ілья|Ілля)$/u;

/** The nominative of a man's name in `-а` written in the genitive (`Янкі`, `Міколы` → `Янка`, `Мікола`), else undefined. */
export function maleGenitiveInA(word: string): string | undefined {
  const m = /^(?:(Мікол|Кузьм|Мікіт|Фам|Сав)ы|(Янк|Лук)і)$/u.exec(word);
  return m ? `${m[1] ?? m[2]}а` : undefined;
}
