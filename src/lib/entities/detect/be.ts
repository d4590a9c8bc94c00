/**
 * Belarusian name detection. `az` knows only Russian and misreads Belarusian words (`Таксама`, `Яго`,
 * `Паводле` come out as names), so Belarusian paragraphs are read without it: runs of capitalised words
 * that do not open a sentence, typed by initials, surname endings (`-ка`, `-віч`, `-скі`, `-оў`, `-ук`),
 * organization head words (`міністэрства`, `саюз`, `парк`) and a list of place stems, and put in the
 * nominative by suffix rules (`Лукашэнкі` → `Лукашэнка`, `у Мінску` → `Мінск`).
 */
import { isAllCaps, tokenize } from '../tokenize.ts';
import {
  commonAcronyms,
  countryAcronyms,
  initialGap,
  isCapWord,
  isInitial,
  nameMaker,
  plainGap,
  sentenceInitial,
} from './common.ts';
import type { Morphology } from '../morphology.ts';
import type { DetectedName } from './types.ts';

/** Place stems and their nominative. */
const places: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Беларус(?:ь|і|ю|ссю)$/u, 'Беларусь'],
  [/^Расі(?:я|і|ю|яй)$/u, 'Расія'],
  [/^Расе(?:я|і|ю|яй)$/u, 'Расея'],
  [/^Менск(?:а|у|ам)?$/u, 'Менск'],
  [/^Ватыкан(?:а|е|у|ам)?$/u, 'Ватыкан'],
  [/^Ўкраін(?:а|ы|е|у|ай)$/u, 'Украіна'],
  [/^Мінск(?:а|у|ам|е)?$/u, 'Мінск'],
  [/^Маскв(?:а|ы|е|у|ой)$/u, 'Масква'],
  [/^Кіе(?:ў|ва|ве|вам)$/u, 'Кіеў'],
  [/^Украін(?:а|ы|е|у|ай)$/u, 'Украіна'],
  [/^Польшч(?:а|ы|у|ай)$/u, 'Польшча'],
  [/^Літв(?:а|ы|е|у|ой)$/u, 'Літва'],
  [/^Латві(?:я|і|ю|яй)$/u, 'Латвія'],
  [/^Казахстан(?:а|е|у|ам)?$/u, 'Казахстан'],
  [/^Кіта(?:й|я|і|ю|ем)$/u, 'Кітай'],
  [/^Брэст(?:а|е|у|ам)?$/u, 'Брэст'],
  [/^Гомел(?:ь|я|і|ю|ем)$/u, 'Гомель'],
  [/^Гродн(?:а|ы|е|у|ам)$/u, 'Гродна'],
  [/^Віцебск(?:а|у|ам)?$/u, 'Віцебск'],
  [/^Магілё(?:ў|ва|ве|ву|вам)$/u, 'Магілёў'],
  [/^Еўроп(?:а|ы|е|у|ай)$/u, 'Еўропа'],
  [/^Амерык(?:а|і|у|ай)$/u, 'Амерыка'],
  [/^Германі(?:я|і|ю|яй)$/u, 'Германія'],
  [/^Алмат(?:ы)$/u, 'Алматы'],
  [/^Арменi?і?(?:я|і|ю|яй)$/u, 'Арменія'],
  [/^Вільн(?:я|і|ю|яй)$/u, 'Вільня'],
  [/^Варшав(?:а|ы|е|у|ай)$/u, 'Варшава'],
  [/^Пекін(?:а|е|у|ам)?$/u, 'Пекін'],
];

const orgHeads =
  /^(?:міністэрств|урад|камітэт|саюз|парк|банк|кампані|універсітэт|інстытут|савет|парты|фонд|служб|агенцтв|адміністрацы|парламент|палат|арганізацы|рад[аыеуй]|суд|цэнтр|асацыяцы|аб'яднанн|карпарацы|акадэмі)/u;

const surnameEnding =
  /(?:[кг][аіуе]|кам|віч|віча|вічу|вічам|скі|скага|скаму|ская|оў|ова|ава|аў|ёў|ін|іна|ына|ук|юк|ука|юка|енк[аі]|энк[аі]|ня|чык|чыка|ич|ов|ев|ин)$/u;

/** Belarusian function words and sentence openers: capitalised, they are still not names. */
const openers = new Set([
  'таксама',
  'яго',
  'яе',
  'іх',
  'паводле',
  'гэта',
  'гэты',
  'гэтая',
  'але',
  'калі',
  'пасля',
  'цяпер',
  'там',
  'тут',
  'так',
  'сёння',
  'учора',
  'заўтра',
  'у',
  'ў',
  'на',
  'па',
  'і',
  'а',
  'ды',
  'што',
  'як',
  'дзе',
  'таму',
  'акрамя',
  'нават',
  'мы',
  'яны',
  'ён',
  'яна',
  'вы',
  'ты',
  'я',
  'для',
  'пра',
  'праз',
  'аднак',
  'толькі',
  'яшчэ',
  'ужо',
  'усе',
  'усё',
  'кожны',
  'некалькі',
  'шмат',
  'сярод',
  'з',
  'са',
  'да',
  'ад',
  'пры',
  'без',
  'пад',
  'над',
  'каб',
  'бо',
  'нібыта',
  'вось',
  'фота',
  'чытайце',
  'глядзіце',
  'падчас',
  'потым',
  'затым',
  'тады',
  'зараз',
  'дзякуючы',
  'дырэктар',
  'кіраўнік',
  'кіраўніца',
  'міністр',
  'прэзідэнт',
  'прэзыдэнт',
  'старшыня',
  'міс',
  'сакратар',
  'пасол',
  'мама',
]);

/** Common Belarusian given names that `az` (Russian) does not know, in any case. */
const belarusianGivenNames =
  /^(?:Андрэ|Міхал|Алес|Юр|Дзмітр|Сярге|Аляксандр|Уладзімір|Мікола|Мікалa|Віктар|Павел|Паўл|Ігар|Святлан|Вольг|Натал|Таццян|Ірын|Ален|Марыя|Ганн|Анатол|Васіл|Пятр|Пётр|Іван|Яўген|Вадзім|Раман|Максім|Кірыл|Зміцер|Зміцр|Франц|Валер|Валянцін|Алег|Тацця|Людміл|Кацярын|Лізавет|Юлі|Дар)\p{L}{0,4}$/u;

/** Nominative of a Belarusian surname (`Лукашэнкі` → `Лукашэнка`, `Мікалаевіча` → `Мікалаевіч`). */
export function belarusianSurname(word: string): string {
  const rules: ReadonlyArray<readonly [RegExp, string]> = [
    [/(энк|енк|анк|онк|к)(?:і|у|ам|е)$/u, '$1а'],
    [/віч(?:а|у|ам|ы)$/u, 'віч'],
    [/(ск|цк)(?:ага|аму|ім|ім)$/u, '$1і'],
    [/(о|а|ё)в(?:а|у|ым)$/u, '$1ў'],
    [/(ін|ын)(?:а|у|ым)$/u, '$1'],
    [/(ук|юк|чык)(?:а|у|ом|ам)$/u, '$1'],
  ];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** Nominative of a Belarusian given name in an oblique case (`Аляксандра` → `Аляксандр`), when its surname was inflected too. */
function belarusianGiven(word: string): string {
  return word.replace(/(?<=[бвгджзклмнпрстфхцчшў])(?:а|у|ам|ы|е)$/u, '');
}

/** Names found in one Belarusian paragraph. */
export function detectBelarusian(text: string, paragraph: number, morphology?: Morphology): DetectedName[] {
  /** Given names are mostly spelt alike in Russian and Belarusian (`Аляксандр`), so `az`'s `Name` is a fair clue. */
  const givenName = (word: string) =>
    belarusianGivenNames.test(word) ||
    !morphology ||
    morphology.parses(word).some((p) => Boolean(p.tag.Name) && p.score >= 0.3);
  const tokens = tokenize(text);
  const found: DetectedName[] = [];
  const make = nameMaker(text, tokens, paragraph, 'be');
  const push: (...args: Parameters<typeof make>) => void = (...args) => found.push(make(...args));
  const joined = (a: number, b: number) => b < tokens.length && plainGap(text, tokens[a], tokens[b]);
  const placeOf = (word: string) => places.find(([re]) => re.test(word))?.[1];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // Initials + surname.
    if (isInitial(t, text)) {
      let j = i;
      const initials = [t.text];
      if (j + 1 < tokens.length && isInitial(tokens[j + 1], text) && initialGap(text, tokens[j], tokens[j + 1]))
        initials.push(tokens[++j].text);
      if (
        j + 1 < tokens.length &&
        initialGap(text, tokens[j], tokens[j + 1]) &&
        isCapWord(tokens[j + 1]) &&
        !isInitial(tokens[j + 1], text)
      ) {
        const surname = belarusianSurname(tokens[j + 1].text);
        push('person', i, j + 1, `${initials.map((x) => `${x}.`).join(' ')} ${surname}`, 'high', { surname });
        i = j + 2;
        continue;
      }
    }
    if (!isCapWord(t)) {
      // Capitalised adjectives before a lower-case head: `Еўразійскага эканамічнага саюза`.
      i++;
      continue;
    }
    // Words glued by a lost line break (`МенскСёньня`) are not names.
    if (openers.has(t.text.toLocaleLowerCase('be')) || /\p{Ll}\p{Lu}/u.test(t.text)) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < tokens.length &&
      joined(j, j + 1) &&
      isCapWord(tokens[j + 1]) &&
      !isInitial(tokens[j + 1], text) &&
      !openers.has(tokens[j + 1].text.toLocaleLowerCase('be'))
    )
      j++;
    // A run opening a sentence whose first word is no given name: the first word is just the sentence's
    // (`Потым Лукашэнку спыталі`).
    if (
      j > i &&
      sentenceInitial(text, t.start) &&
      !givenName(t.text) &&
      !placeOf(t.text) &&
      !orgHeads.test(t.text.toLocaleLowerCase('be'))
    ) {
      i++;
      continue;
    }
    // Organization: a head word among the next few lower-case words, or inside the run.
    let head = -1;
    for (let k = i; k <= Math.min(j + 3, tokens.length - 1); k++) {
      if (k > i && !joined(k - 1, k)) break;
      if (orgHeads.test(tokens[k].text.toLocaleLowerCase('be'))) {
        head = k;
        break;
      }
      if (k > j && isCapWord(tokens[k])) break;
    }
    const opens = sentenceInitial(text, t.start);
    if (head >= 0 && (head > i || j > i || !opens)) {
      let end = Math.max(head, j);
      while (
        end + 1 < tokens.length &&
        joined(end, end + 1) &&
        end - head < 3 &&
        /(?:ых|іх|аў|яў|і|ы)$/u.test(tokens[end + 1].text) &&
        !/^(?:і|ці|па|на|у|ў|з|да)$/u.test(tokens[end + 1].text)
      )
        end++;
      const written = text.slice(tokens[i].start, tokens[end].end);
      push('organization', i, end, written.charAt(0).toLocaleUpperCase('be') + written.slice(1), 'high');
      i = end + 1;
      continue;
    }
    const words = tokens.slice(i, j + 1).map((w) => w.text);
    if (j === i) {
      const word = words[0];
      const place = placeOf(word);
      if (isAllCaps(word)) {
        if (countryAcronyms.has(word)) push('place', i, i, word, 'high');
        else if (!commonAcronyms.has(word)) push('organization', i, i, word, 'low');
      } else if (place) push('place', i, i, place, 'high');
      else if (i > 0 && /^(?:у|ў|в|з|са|да|на|па|каля|пад)$/iu.test(tokens[i - 1].text) && !opens) {
        // `у Гародні`, `з Брэста`: an unknown capitalised word after a preposition of place.
        push('place', i, i, word.replace(/(?:у|е|ы|і|а)$/u, ''), 'low');
      } else if (!opens && surnameEnding.test(word)) {
        const surname = belarusianSurname(word);
        push('person', i, i, surname, 'low', { surname });
      }
    } else if (words.length <= 3) {
      const allPlaces = words.every((w) => placeOf(w));
      if (allPlaces) {
        for (let k = i; k <= j; k++) push('place', k, k, placeOf(tokens[k].text)!, 'high');
      } else {
        // Given name + surname, or surname + given name.
        const lastIsSurname = surnameEnding.test(words[words.length - 1]);
        const surnameIndex = lastIsSurname ? words.length - 1 : surnameEnding.test(words[0]) ? 0 : words.length - 1;
        const surname = belarusianSurname(words[surnameIndex]);
        const inflected = surname !== words[surnameIndex];
        const others = words.filter((_, k) => k !== surnameIndex).map((w) => (inflected ? belarusianGiven(w) : w));
        const normal = surnameIndex === 0 ? [others[0], surname].join(' ') : [...others, surname].join(' ');
        push('person', i, j, normal, 'high', { given: others[0], surname });
      }
    }
    i = j + 1;
  }
  return found;
}
