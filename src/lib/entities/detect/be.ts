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
import {
  belarusianGivenNames,
  companyWord,
  openers,
  orgHeads,
  personTitles,
  places,
  surnameEnding,
} from './be-lexicon.ts';
import { femaleName, organizationNominative } from './be-forms.ts';
import type { DetectedName } from './types.ts';

/** Nominative of a Belarusian surname (`Лукашэнкі` → `Лукашэнка`, `Мікалаевіча` → `Мікалаевіч`). */
export function belarusianSurname(word: string): string {
  const rules: ReadonlyArray<readonly [RegExp, string]> = [
    [/(энк|енк|анк|онк|к)(?:і|у|ам|е)$/u, '$1а'],
    [/віч(?:а|у|ам|ы)$/u, 'віч'],
    [/(ск|цк)(?:ага|аму|ім|ім)$/u, '$1і'],
    [/(о|а|ё)в(?:а|у|ым)$/u, '$1ў'],
    [/(ін|ын)(?:а|у|ым)$/u, '$1'],
    [/(ук|юк|чык)(?:а|у|ом|ам)$/u, '$1'],
    [/(?<=[бвгджзлмнпрстфхцчш])(?:ам|ом)$/u, ''],
  ];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** Nominative of a Belarusian given name in an oblique case (`Аляксандра` → `Аляксандр`), when its surname was inflected too. */
function belarusianGiven(word: string): string {
  return word.replace(/(?<=[бвгджзклмнпрстфхцчшў])(?:а|у|ам|ы|е)$/u, '');
}

/** Endings of adjectives in any case: a word opening a sentence before a head (`Еўрапейскага саюза`). */
const adjectiveEnding = /(?:ск|цк|н|ов|ав|ёв|ін|ын)(?:ы|і|ая|ае|ага|ай|ой|ую|ых|іх|ым|ім|аму|ому)$/u;

/** Belarusian and Russian legal forms before a quoted company name (`ААТ «Нафтан»`). */
const legalForms = /^(?:ААТ|ЗАТ|ТАА|АДА|УП|РУП|КУП|ПрАТ|ОАО|ЗАО|ООО|СТАА)$/u;

/** A domain's ending after a site's name (`Tut.by`). */
const domains = /^(?:by|ru|com|org|net|info|eu|io)$/u;

/** One word naming a company or a state body, in the nominative (`Белгазпрамбанку` → `Белгазпрамбанк`). */
export function companyName(word: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return undefined;
  const m = companyWord.exec(word);
  if (!m) return undefined;
  const core = m[1] ?? m[2];
  return word.slice(0, m.index) + core + (core.endsWith('нафт') ? 'а' : '');
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
  /** A quoted name opening at token `k` after a head of bodies or a legal form: its text, last token and end. */
  const quotedName = (k: number) => {
    if (k === 0 || !/^[ \u00A0]*[«"„“]$/u.test(text.slice(tokens[k - 1].end, tokens[k].start))) return undefined;
    const cue = tokens[k - 1].text;
    if (!legalForms.test(cue) && !orgHeads.test(cue.toLocaleLowerCase('be'))) return undefined;
    const closing = text.slice(tokens[k].start).search(/["»“”]/u);
    if (closing <= 0 || closing >= 60) return undefined;
    const end = tokens[k].start + closing;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
    return { name: text.slice(tokens[k].start, end).trim(), last, end };
  };
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
    // `БелТА`: capitals closing a word make a short name, an organization's.
    if (/^\p{Lu}\p{Ll}+\p{Lu}{2,}$/u.test(t.text)) {
      push('organization', i, i, t.text, 'low');
      i++;
      continue;
    }
    // Words glued by a lost line break (`МенскСёньня`) are not names.
    if (openers.has(t.text.toLocaleLowerCase('be')) || /\p{Ll}\p{Lu}/u.test(t.text)) {
      i++;
      continue;
    }
    // `Tut.by`, `Nashaniva.com`: a site named by its domain.
    if (i + 1 < tokens.length && text.slice(t.end, tokens[i + 1].start) === '.' && domains.test(tokens[i + 1].text)) {
      push('organization', i, i + 1, text.slice(t.start, tokens[i + 1].end), 'low');
      i += 2;
      continue;
    }
    // `кампаніі «Белавія»`, `ААТ «Нафтан»`, `газета «Звязда»`: a quoted name after a word for a body or a legal form.
    const legal = legalForms.test(t.text) ? quotedName(i + 1) : undefined;
    const quoted = legal ?? quotedName(i);
    if (quoted) {
      push('organization', i, quoted.last, legal ? `${t.text} «${quoted.name}»` : quoted.name, 'high');
      const end = legal ? quoted.end + 1 : quoted.end;
      found[found.length - 1] = { ...found[found.length - 1], end, text: text.slice(t.start, end) };
      i = quoted.last + 1;
      continue;
    }
    // `Белгазпрамбанку`, `Нацбанка`: one word naming a company or a state body.
    const company = companyName(t.text);
    if (company) {
      push('organization', i, i, company, 'high');
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
    // A place, an acronym or a company's word inside a run is a name of its own (`МЗС Беларусі`, `Нацбанка
    // Павел Калаўр`): the run stops before it, or is that word alone when it opens the run.
    const apart = (k: number) =>
      Boolean(placeOf(tokens[k].text)) || isAllCaps(tokens[k].text) || Boolean(companyName(tokens[k].text));
    if (j > i && apart(i) && !orgHeads.test(tokens[i + 1].text.toLocaleLowerCase('be'))) j = i;
    else for (let k = i + 1; k <= j; k++) if (apart(k)) j = k - 1;
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
    let end = Math.max(head, j);
    while (
      head >= 0 &&
      end + 1 < tokens.length &&
      joined(end, end + 1) &&
      end - head < 3 &&
      /(?:ых|іх|аў|яў|і|ы)$/u.test(tokens[end + 1].text) &&
      !/^(?:і|ці|па|на|у|ў|з|да)$/u.test(tokens[end + 1].text)
    )
      end++;
    // Opening a sentence, a head is a name with a tail of two words or more (`Міністэрства замежных спраў
    // Беларусі`), a lower-case head after the first word only when that word is an adjective (`Еўрапейскі
    // саюз`, not `Увядзенне часовай адміністрацыі`).
    const isName = !opens || (head === i ? end - head >= 2 : j > i || adjectiveEnding.test(t.text));
    if (head >= 0 && isName) {
      const named = tokens.slice(i, end + 1).map((w) => w.text);
      push('organization', i, end, organizationNominative(named), 'high');
      // Places named inside an organization's name are places too (`Савету міністраў Беларусі`).
      for (let k = i + 1; k <= end; k++) {
        const inner = placeOf(tokens[k].text);
        if (inner) push('place', k, k, inner, 'high');
      }
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
      } else if (!opens && (surnameEnding.test(word) || (i > 0 && personTitles.has(tokens[i - 1].text)))) {
        // `Лукашэнкі`; `з прэзідэнтам Пуціным`: a surname by its ending, or any word after a title.
        const surname = belarusianSurname(word);
        push('person', i, i, surname, 'low', { surname });
      }
    } else if (words.length <= 3) {
      const allPlaces = words.every((w) => placeOf(w));
      if (allPlaces) {
        for (let k = i; k <= j; k++) push('place', k, k, placeOf(tokens[k].text)!, 'high');
      } else {
        // A woman's given name and surname (`Надзеі Ермаковай` → `Надзея Ермакова`).
        const woman = words.length === 2 ? femaleName(words[0], words[1]) : undefined;
        if (woman) {
          push('person', i, j, `${woman.given} ${woman.surname}`, 'high', { ...woman, gender: 'female' });
          i = j + 1;
          continue;
        }
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
