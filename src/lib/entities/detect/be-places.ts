/**
 * Belarusian places beyond the list of stems: country acronyms (`ЗША`, `РБ`), a state's bodies before a
 * country (`парламенце Бельгіі`), a nominative guess for an unknown place after a preposition (`у Гародні`
 * → `Гародня`) and the adjectives that open a place's name (`Гомельскай`, `Першамайскім` → `Першамайскі`).
 */
import { isAllCaps } from '../tokenize.ts';
import { placeByForm, places, regionName } from './be-lexicon.ts';

/** Latin-script countries' acronyms and Belarusian ones (`ЗША`, `БНР`), places. */
export const belarusianCountryAcronyms = new Map<string, string>([
  ['ЗША', 'ЗША'],
  ['РБ', 'Беларусь'],
  ['РФ', 'Расія'],
  ['БНР', 'БНР'],
  ['БССР', 'БССР'],
  ['СССР', 'СССР'],
  ['КНР', 'КНР'],
  ['ФРГ', 'ФРГ'],
  ['ААЭ', 'ААЭ'],
]);

/** Lower-case words for a state's bodies before the country's name in the genitive (`парламенце Бельгіі`). */
export const countryBodies =
  /^(?:(?:парламен|парлямэн)(?:т|та|ту|це)|урад(?:а|у|зе)?|пасольств(?:а|у|е)|амбасад(?:а|ы|у|зе)|сенат(?:а|у)?|сенаце|с[оe]йм(?:а|у|е)?)$/u;

/**
 * A nominative guess for an unknown place after a preposition (`у Гародні` → `Гародня`, `у Кузніцы` →
 * `Кузніца`, `у Курапатах` → `Курапаты`, `з Бярозаўкі` → `Бярозаўка`).
 */
export function unknownPlace(word: string, preposition = ''): string {
  if (/ах$/u.test(word)) return word.replace(/ах$/u, 'ы');
  // `у Сухарава`, `ў Жодзіна`: after a preposition of the locative, a name in `-а` does not decline;
  // `у Курапаты`: one in `-ы` is a plural's accusative, its nominative.
  if (/^(?:у|ў|ва|на)$/iu.test(preposition) && /(?:(?<=[бвгджзклмнпрстфхцчшў])а|(?<!ц)ы)$/u.test(word)) return word;
  // `з Ракава`, `да Быхава`: a town in `-аў`, `-оў`, `-ёў` in the genitive.
  if (/^(?:з|са|да|ад)$/iu.test(preposition) && /(?<=[аоё])ва$/u.test(word)) return word.replace(/ва$/u, 'ў');
  // A genitive after `з`, `да` (`з Бярозаўкі`, `да Бярозы`): a feminine noun's.
  if (/^(?:з|са|да|ад)$/iu.test(preposition) && /(?:(?<=[кгх])і|(?<=[бвдзлмнпрстфчшў])ы)$/u.test(word))
    return word.replace(/[іы]$/u, 'а');
  // `у Малінаўцы`, `у Сляпянцы` → `Малінаўка`, `Сляпянка`: the many names in `-ўка`, `-янка`.
  if (/(?:ў|ян)цы$/u.test(word)) return word.replace(/цы$/u, 'ка');
  if (/цы$/u.test(word)) return word.replace(/цы$/u, 'ца');
  // `у Маладзечне`, `у Гродне`: a consonant before `-не` is a neuter town's in `-на`.
  if (/(?<=[бвгджзклмпрстфхцчшў])не$/u.test(word)) return word.replace(/не$/u, 'на');
  if (/(?<=[аоеё])ве$/u.test(word)) return word.replace(/ве$/u, 'ў');
  if (/(?<=[бвгджзклмнпрстфхцчшў])ні$/u.test(word)) return word.replace(/ні$/u, 'ня');
  return word.replace(/(?:у|е|ы|і|а)$/u, '');
}

/** A capitalised adjective in any case (`Гомельскай`, `Хойніцкі`, `Усходняй`). */
export function obliqueOrNominativeAdjective(word: string): boolean {
  // `Пуціным`, `Пуціна`: a surname in `-ін`, not an adjective.
  if (/(?<!н)(?:ін|ын|ов|ав|ёв|ев)(?:ым|а|у)$/u.test(word)) return false;
  return (
    /(?:ск|цк|к|н)[ыі]$/u.test(word) ||
    /[бвгджзклмнпрстфхцчшў](?:ая|яя|ае|яе|ага|яга|ай|яй|ой|ую|юю|ых|іх|ым|ім|аму|ому|яму)$/u.test(word)
  );
}

/** A masculine nominative for an oblique adjective (`Першамайскім` → `Першамайскі`). */
export function adjectiveNominativeMasc(word: string): string {
  const m = /^(.*?)(ага|аму|ым|ім|ом|ай|ой|ую|ых|іх)$/u.exec(word);
  if (!m) return word;
  return `${m[1]}${/[кгх]$/u.test(m[1]) ? 'і' : 'ы'}`;
}

/** A place's nominative: a listed place in any case, a `-шчына` region, a dateline in capitals (`МІНСК`). */
export const placeOf = (word: string): string | undefined => {
  const known = placeByForm.get(word) ?? places.find(([re]) => re.test(word))?.[1];
  if (known) return known;
  const region = regionName.exec(word);
  // `Бацькаўшчына` is the homeland, no region.
  if (region && !/^Бацькаўшчын/u.test(word)) return `${region[1]}а`;
  if (isAllCaps(word) && word.length >= 4 && !word.includes('-'))
    return placeOf(word.charAt(0) + word.slice(1).toLocaleLowerCase('be'));
  return undefined;
};
