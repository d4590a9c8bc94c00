/**
 * Belarusian name detection. `az` knows only Russian and misreads Belarusian words (`Таксама`, `Яго`,
 * `Паводле` come out as names), so Belarusian paragraphs are read without it: runs of capitalised words
 * that do not open a sentence, typed by initials, surname endings (`-ка`, `-віч`, `-скі`, `-оў`, `-ук`),
 * organization head words (`міністэрства`, `саюз`, `парк`) and a list of place stems, and put in the
 * nominative by suffix rules (`Лукашэнкі` → `Лукашэнка`, `у Мінску` → `Мінск`).
 * This file keeps the entry point and the reading loop; persons' forms are in `be-persons.ts`, reading cues
 * in `be-cues.ts`, places beyond the list in `be-places.ts`, bodies and quoted names in `be-bodies.ts`,
 * quotes and the slogans and works before them in `be-quotes.ts`.
 */
import { isAllCaps, tokenize } from '../tokenize.ts';
import { commonAcronyms, countryAcronyms, initialGap, isCapWord, isInitial, nameMaker, plainGap } from './common.ts';
import type { Morphology } from '../morphology.ts';
import {
  belarusianGivenNames,
  isOrganizationHead,
  maleGivenNames,
  mediumWords,
  eventNouns,
  openers,
  peopleGenitive,
  personTitle,
  settlementWords,
  streetHeads,
  streetWords,
  surnameEnding,
} from './be-lexicon.ts';
import {
  adjectiveNominative,
  adjectiveNounNominative,
  divisionNominative,
  femaleName,
  headNominative,
  organizationNominative,
  placeNominative,
} from './be-forms.ts';
import {
  belarusianGiven,
  belarusianSurname,
  foreignWoman,
  genitiveSurname,
  indeclinableSurname,
  maleGenitiveInA,
  maleNominativeInA,
  openingU,
} from './be-persons.ts';
import {
  adjectiveEnding,
  adjectiveForm,
  domains,
  genericHeads,
  joinHyphens,
  legalForms,
  notNames,
  obliqueAdjective,
  sentenceInitial,
} from './be-cues.ts';
import {
  adjectiveNominativeMasc,
  belarusianCountryAcronyms,
  countryBodies,
  obliqueOrNominativeAdjective,
  placeOf,
  unknownPlace,
} from './be-places.ts';
import { quoteCues } from './be-quotes.ts';
import { companyName, quotedNominative } from './be-bodies.ts';
import type { DetectedName } from './types.ts';

export { belarusianSurname } from './be-persons.ts';
export { belarusianOrganizationForms, companyName } from './be-bodies.ts';

/** Names found in one Belarusian paragraph. */
export function detectBelarusian(text: string, paragraph: number, morphology?: Morphology): DetectedName[] {
  /** Given names are mostly spelt alike in Russian and Belarusian (`Аляксандр`), so `az`'s `Name` is a fair clue. */
  const givenName = (word: string) =>
    belarusianGivenNames.test(word) ||
    !morphology ||
    morphology.parses(word).some((p) => Boolean(p.tag.Name) && p.score >= 0.3);
  /**
   * A man's given name `az` reads in the genitive or dative (not one of ours) with a surname of that case's
   * ending after a consonant: both in the nominative, else undefined.
   */
  const foreignOblique = (given: string, surname: string) => {
    if (!morphology || belarusianGivenNames.test(given)) return undefined;
    const top = morphology.parses(given)[0];
    if (!top?.tag.Name || !top.tag.masc) return undefined;
    const ending = top.tag.gent ? 'а' : top.tag.datv ? 'у' : undefined;
    const oblique = ending && new RegExp(`(?<=[бвгджзклмнпрстфхцчшў])${ending}$`, 'u');
    if (!oblique || !oblique.test(given) || !oblique.test(surname)) return undefined;
    return { given: given.slice(0, -1), surname: surname.slice(0, -1) };
  };
  const tokens = joinHyphens(tokenize(text), text);
  const found: DetectedName[] = [];
  const make = nameMaker(text, tokens, paragraph, 'be');
  // A name's nominative never opens with `Ў` (`Прэзыдэнт Расеі Ўладзімір Пуцін` → `Уладзімір Пуцін`).
  /** The last place found: its last token and the preposition its list opened with (`з розных мясцін — Гародні, Менска`). */
  let lastPlace: { last: number; preposition: string; listed: number } | undefined;
  /** Are tokens `a` and `b` neighbours in a list (`, `, ` – `, ` і `)? */
  const listGap = (a: number, b: number) =>
    /^(?:\s*[,–—-]\s*|\s+(?:і|й|ды)\s+)$/u.test(text.slice(tokens[a].end, tokens[b].start));
  const push: (...args: Parameters<typeof make>) => void = (type, first, last, normal, confidence, parts) => {
    if (type === 'place') {
      const before = first > 0 ? tokens[first - 1].text : '';
      const inList = lastPlace !== undefined && lastPlace.last < first && listGap(lastPlace.last, first);
      const preposition = /^(?:у|ў|ва|з|са|да|на|па|каля|пад|ад)$/iu.test(before)
        ? before
        : inList
          ? lastPlace!.preposition
          : '';
      lastPlace = { last, preposition, listed: inList ? lastPlace!.listed + 1 : 1 };
    }
    found.push(
      make(
        type,
        first,
        last,
        openingU(normal),
        confidence,
        parts?.given ? { ...parts, given: openingU(parts.given) } : parts,
      ),
    );
  };
  /** A headline in capitals (`ДЗЯДЫ Ў БЕЛАРУСІ`): its words are no acronyms. */
  const headline = !/\p{Ll}/u.test(text) && (text.match(/\p{L}+/gu)?.length ?? 0) >= 2;
  const joined = (a: number, b: number) => b < tokens.length && plainGap(text, tokens[a], tokens[b]);
  const lower = (k: number) => tokens[k].text.toLocaleLowerCase('be');
  const isHead = (k: number) =>
    isOrganizationHead(tokens[k].text.split('-').pop()!) &&
    // A war's front (`на Паўночна-Заходнім фронце`) is no body; a people's front (`Беларускага народнага фронту`) is.
    !(/^фрон[тц]/u.test(tokens[k].text) && !(k > 0 && /^[Нн]ародн/u.test(tokens[k - 1].text)));
  /** The adjectives from token `k` up to a division noun or a place word: the place's last token and nominative. */
  const placeByAdjectives = (k: number) => {
    let m = k;
    // `Краіны Усходняй Эўропы`: a noun in `-ы` opening a sentence is no adjective.
    if (/(?<!ск|цк)[ыі]$/u.test(tokens[k].text) && sentenceInitial(text, tokens[k].start)) return undefined;
    while (m <= k + 2 && m < tokens.length && isCapWord(tokens[m]) && obliqueOrNominativeAdjective(tokens[m].text)) {
      if (m + 1 >= tokens.length || !joined(m, m + 1)) return undefined;
      const next = tokens[m + 1].text;
      const adjectives = tokens.slice(k, m + 1).map((w) => w.text);
      const division = divisionNominative(next);
      if (division) {
        const noun = isCapWord(tokens[m + 1])
          ? division.charAt(0).toLocaleUpperCase('be') + division.slice(1)
          : division;
        return { last: m + 1, normal: placeNominative(adjectives, noun) };
      }
      const place = isCapWord(tokens[m + 1]) ? placeOf(next) : undefined;
      // `«Абаронім Беларусь»`: a word in `-ім` before a feminine place is a verb, no adjective of it.
      if (place && adjectives.some((w) => /(?:ым|ім|ага|яга|аму|яму)$/u.test(w)) && /(?:ая|яя|сць|ь)$/u.test(place))
        return undefined;
      if (place) return { last: m + 1, normal: placeNominative(adjectives, place) };
      m++;
    }
    return undefined;
  };
  const { quoted, quotedName, afterSloganWord, afterWorkNoun } = quoteCues(text, tokens, isHead, lower);
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
        // `імя Ф. Скарыны`: named after someone, in the genitive.
        const named = i > 0 && lower(i - 1) === 'імя';
        const surname = (named ? genitiveSurname : belarusianSurname)(tokens[j + 1].text);
        push('person', i, j + 1, `${initials.map((x) => `${x}.`).join(' ')} ${surname}`, 'high', { surname });
        i = j + 2;
        continue;
      }
    }
    // `reform.news`, `charter97.org`: a site named by its domain, written in lower case.
    if (
      /^[a-z][a-z0-9]+$/u.test(t.text) &&
      i + 1 < tokens.length &&
      text.slice(t.end, tokens[i + 1].start) === '.' &&
      domains.test(tokens[i + 1].text)
    ) {
      push('organization', i, i + 1, text.slice(t.start, tokens[i + 1].end), 'low');
      i += 2;
      continue;
    }
    if (!isCapWord(t)) {
      // `парламенце Бельгіі`, `урада Польшчы`: a state's body named by its country.
      const body = countryBodies.exec(lower(i));
      const country = i + 1 < tokens.length && joined(i, i + 1) ? placeOf(tokens[i + 1].text) : undefined;
      if (body && country && /[іыу]$/u.test(tokens[i + 1].text))
        push(
          'organization',
          i,
          i + 1,
          `${headNominative(lower(i)) ?? lower(i).replace(/^амбасад\p{Ll}*$/u, 'амбасада')} ${tokens[i + 1].text}`,
          'high',
        );
      // Capitalised adjectives before a lower-case head: `Еўразійскага эканамічнага саюза`.
      i++;
      continue;
    }
    // `вуліцы Кузьмы Чорнага`, `на праспекце Незалежнасці`, `на Рынку Касцюшкі`: an address, not a person;
    // `Канферэнцыя Каліноўскага`, `Кубак Гагарына`: an event or a prize, named after a person.
    if (
      (i > 0 && streetWords.test(lower(i - 1)) && joined(i - 1, i)) ||
      (i + 1 < tokens.length && joined(i, i + 1) && (streetHeads.test(lower(i)) || eventNouns.test(lower(i))))
    ) {
      let j = i;
      while (j + 1 < tokens.length && joined(j, j + 1) && isCapWord(tokens[j + 1])) j++;
      i = j + 1;
      continue;
    }
    // `БелТА`: capitals closing a word make a short name, an organization's.
    if (/^\p{Lu}\p{Ll}+\p{Lu}{2,}$/u.test(t.text)) {
      if (!notNames.test(t.text)) push('organization', i, i, t.text, 'low');
      i++;
      continue;
    }
    // `супраць АМАПу`, `з БНФам`: an acronym with a case ending names a body, in capitals.
    const declined = /^(\p{Lu}{2,})(?:у|а|ам|ом|е|ы)$/u.exec(t.text);
    if (declined && !notNames.test(declined[1]) && !belarusianCountryAcronyms.has(declined[1])) {
      push('organization', i, i, declined[1], 'low');
      i++;
      continue;
    }
    // `ГУБАЗіК`: an acronym with a small letter inside names a body.
    if (/^\p{Lu}{2,}\p{Ll}\p{Lu}+$/u.test(t.text) && !notNames.test(t.text)) {
      push('organization', i, i, t.text, 'low');
      i++;
      continue;
    }
    // Words glued by a lost line break (`МенскСёньня`) are not names, nor function words and titles opening a sentence.
    // Nor a lone letter (`у 1952 годзе ў Н…`, a text cut short).
    if (
      openers.has(lower(i)) ||
      t.text.length === 1 ||
      (personTitle.test(lower(i)) && sentenceInitial(text, t.start)) ||
      /\p{Ll}\p{Lu}/u.test(t.text)
    ) {
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
    const cued = legal ?? quotedName(i);
    if (cued) {
      push('organization', i, cued.last, legal ? `${t.text} «${cued.name}»` : quotedNominative(cued.name), 'high');
      const end = legal ? cued.end + 1 : cued.end;
      found[found.length - 1] = { ...found[found.length - 1], end, text: text.slice(t.start, end) };
      for (let k = i + 1; k <= cued.last; k++) {
        const inner = placeOf(tokens[k].text);
        if (inner) push('place', k, k, inner, 'high');
      }
      i = cued.last + 1;
      continue;
    }
    // Any other short quoted name (`мінскага "Дынама"`, `праваабаронцам «Вясны»`) is an organization's,
    // unless a work, an event or a slogan is named before it (`п'есы «Пінская шляхта»`): then none.
    const inQuotes = quoted(i, 3);
    if (inQuotes) {
      // `у «Беняконях»`, `на «Славянскім базары»`: after a preposition of place a quoted name is a venue, an
      // event or a show, unless the body speaks there (`у «Белавіі» заявілі`).
      const venue =
        i > 0 &&
        /^(?:у|ў|ва|на)$/iu.test(tokens[i - 1].text) &&
        !(
          inQuotes.last + 1 < tokens.length &&
          /^(?:заяв|паведам|лічаць|адзнач|расказ|кажуць|падкрэсл|пацвердз|тлумач|адказ)/u.test(lower(inQuotes.last + 1))
        );
      // `скандавалі «Бабулі – супраць АМАПу», «Сыходзь»`: slogans name no body, but names may stand in them.
      if (afterSloganWord(i)) {
        i++;
        continue;
      }
      if (!afterWorkNoun(i) && !venue) {
        push('organization', i, inQuotes.last, quotedNominative(inQuotes.name, i > 0 ? lower(i - 1) : ''), 'low');
        // `«Піянер Беларусі»`, `«Віцебск для мяне»`: a place inside a name of several words is a place too
        // (a one-word one is a club's, `«Мінск»`).
        for (let k = inQuotes.last > i ? i : i + 1; k <= inQuotes.last; k++) {
          const inner = placeOf(tokens[k].text);
          if (inner) push('place', k, k, inner, 'high');
        }
      }
      i = inQuotes.last + 1;
      continue;
    }
    // `Russia Today`, `Sputnik`: a Latin-script name in Belarusian text is a medium's or a company's, not a person's.
    if (/^\p{Script=Latin}+$/u.test(t.text)) {
      let j = i;
      while (j + 1 < tokens.length && joined(j, j + 1) && /^\p{Script=Latin}/u.test(tokens[j + 1].text)) j++;
      if (!notNames.test(t.text)) push('organization', i, j, text.slice(t.start, tokens[j].end), 'low');
      i = j + 1;
      continue;
    }
    // `тэлеканал Белсат`, `газеты Наша Ніва`: capitalised words after a word for a medium name it, as written.
    if (
      i > 0 &&
      joined(i - 1, i) &&
      mediumWords.test(lower(i - 1)) &&
      !placeOf(t.text) &&
      !givenName(t.text) &&
      !surnameEnding.test(t.text) &&
      !personTitle.test(lower(i)) &&
      !isAllCaps(t.text)
    ) {
      let j = i;
      if (j + 1 < tokens.length && joined(j, j + 1) && isCapWord(tokens[j + 1]) && !placeOf(tokens[j + 1].text)) j++;
      push(
        'organization',
        i,
        j,
        tokens
          .slice(i, j + 1)
          .map((w) => w.text)
          .join(' '),
        'high',
      );
      i = j + 1;
      continue;
    }
    // `Белгазпрамбанку`, `Нацбанка`, `Мінгарвыканкама`: one word naming a company or a state body.
    const company = companyName(t.text);
    if (company) {
      push('organization', i, i, company, 'high');
      i++;
      continue;
    }
    // `Гомельскай вобласці`, `Хойніцкі раён`, `Усходняй Эўропы`: place adjectives before a division or a place.
    const byAdjectives = placeByAdjectives(i);
    if (byAdjectives) {
      push('place', i, byAdjectives.last, byAdjectives.normal, 'high');
      i = byAdjectives.last + 1;
      continue;
    }
    // `Беларускай ССР`: a Soviet republic is a place.
    if (
      i + 1 < tokens.length &&
      joined(i, i + 1) &&
      /^\p{Lu}*ССР$/u.test(tokens[i + 1].text) &&
      obliqueOrNominativeAdjective(t.text)
    ) {
      push('place', i, i + 1, `${adjectiveNominative(t.text, 'femn')} ${tokens[i + 1].text}`, 'high');
      i += 2;
      continue;
    }
    // `Першамайскім РУУС`: a capitalised adjective before an acronym names that body.
    if (
      i + 1 < tokens.length &&
      joined(i, i + 1) &&
      isAllCaps(tokens[i + 1].text) &&
      !belarusianCountryAcronyms.has(tokens[i + 1].text) &&
      obliqueOrNominativeAdjective(t.text)
    ) {
      const adjective = /(?:ы|і|ае|ая)$/u.test(t.text) ? t.text : adjectiveNominativeMasc(t.text);
      push('organization', i, i + 1, `${adjective} ${tokens[i + 1].text}`, 'high');
      i += 2;
      continue;
    }
    let j = i;
    while (
      j + 1 < tokens.length &&
      joined(j, j + 1) &&
      isCapWord(tokens[j + 1]) &&
      !isInitial(tokens[j + 1], text) &&
      !openers.has(lower(j + 1))
    )
      j++;
    // A place, an acronym or a company's word inside a run is a name of its own (`МЗС Беларусі`, `Нацбанка
    // Павел Калаўр`): the run stops before it, or is that word alone when it opens the run.
    const apart = (k: number) =>
      Boolean(placeOf(tokens[k].text)) ||
      isAllCaps(tokens[k].text) ||
      Boolean(companyName(tokens[k].text)) ||
      Boolean(placeByAdjectives(k));
    // `з Бярозаўкі Вітольду Ашурку`: after a preposition of place, a word before a given name is the place.
    if (
      j > i &&
      i > 0 &&
      /^(?:у|ў|ва|з|са|да)$/iu.test(tokens[i - 1].text) &&
      belarusianGivenNames.test(tokens[i + 1].text) &&
      !belarusianGivenNames.test(t.text)
    ) {
      push(
        'place',
        i,
        i,
        placeOf(t.text) ?? unknownPlace(t.text, tokens[i - 1].text),
        placeOf(t.text) ? 'high' : 'low',
      );
      i++;
      continue;
    }
    // A given name after a head's word opens a person's name (`Вярхоўнага Савета Станіслаў Шушкевіч`).
    if (j > i && apart(i) && !isHead(i + 1)) j = i;
    else
      for (let k = i + 1; k <= j; k++)
        if (apart(k) || (isHead(k - 1) && belarusianGivenNames.test(tokens[k].text))) j = k - 1;
    // A run opening a sentence whose first word is no given name: the first word is just the sentence's
    // (`Потым Лукашэнку спыталі`).
    if (
      j > i &&
      sentenceInitial(text, t.start) &&
      !givenName(t.text) &&
      !placeOf(t.text) &&
      !isHead(i) &&
      !(obliqueOrNominativeAdjective(t.text) && isHead(i + 1)) &&
      // `Наўроцкі Алесь, нарадзіўся…`: a surname before a given name.
      !(j === i + 1 && surnameEnding.test(t.text) && belarusianGivenNames.test(tokens[i + 1].text))
    ) {
      i++;
      continue;
    }
    // Organization: a head word among the next few lower-case words, or inside the run.
    let head = -1;
    for (let k = i; k <= Math.min(j + 3, tokens.length - 1); k++) {
      if (k > i && !joined(k - 1, k)) break;
      // `госці з Варшавы гурты …`: a lone place's noun has no head after it.
      if (k > j && j === i && placeOf(t.text) && !obliqueOrNominativeAdjective(t.text)) break;
      if (isHead(k)) {
        head = k;
        break;
      }
      if (k > j && (isCapWord(tokens[k]) || tokens[k].text.length < 4 || !adjectiveForm.test(tokens[k].text))) break;
    }
    const opens = sentenceInitial(text, t.start);
    let end = Math.max(head, j);
    /** The first token of a person's name after `імя` in the tail, if any. */
    let namesake = -1;
    // The genitive tail after a head (`Міністэрства замежных спраў Беларусі`, `тэатр імя Янкі Купалы`): it
    // ends with its first capitalised word; a word in `-аў` is a noun's genitive only beside another of the tail.
    while (head >= 0 && end + 1 < tokens.length && joined(end, end + 1) && end - head < 3) {
      const next = tokens[end + 1].text;
      if (end > head && isCapWord(tokens[end])) break;
      // `Вярхоўнага Савета Станіслаў Шушкевіч`: a given name after the head is a person's.
      if (isCapWord(tokens[end + 1]) && belarusianGivenNames.test(next)) break;
      // `Радыё Свабода`, `Польскага радыё`: an indeclinable head before its name, or after its adjectives.
      if (end === head && /^радыё$/iu.test(tokens[head].text) && isCapWord(tokens[end + 1])) {
        end++;
        if (end + 1 < tokens.length && joined(end, end + 1) && isCapWord(tokens[end + 1])) end++;
        break;
      }
      // `Рада БНР`, `Камітэт ААН`: an acronym right after the head closes the name.
      if (end === head && isAllCaps(next) && next.length >= 2 && !notNames.test(next)) {
        end++;
        break;
      }
      // `асацыяцыя журналістаў`, `Саюз пісьменнікаў`: people in the genitive plural right after the head.
      if (end === head && peopleGenitive.test(next)) {
        end++;
        continue;
      }
      if (next === 'імя' && end + 2 < tokens.length && isCapWord(tokens[end + 2])) {
        namesake = end + 2;
        end += 2;
        // `імя Я. Купалы`: initials before the surname.
        while (
          end + 1 < tokens.length &&
          (joined(end, end + 1) || (isInitial(tokens[end], text) && initialGap(text, tokens[end], tokens[end + 1]))) &&
          isCapWord(tokens[end + 1]) &&
          end - head < 5
        )
          end++;
        break;
      }
      // An adjective and its noun in the genitive (`Таварыства беларускай мовы`).
      if (
        /(?:ай|яй|ага|яга)$/u.test(next) &&
        end + 2 < tokens.length &&
        joined(end + 1, end + 2) &&
        !isCapWord(tokens[end + 2]) &&
        /(?:ы|і)$/u.test(tokens[end + 2].text) &&
        !/(?:ай|ых|іх|ыя|ія)$/u.test(tokens[end + 2].text)
      ) {
        end += 2;
        break;
      }
      // `інстытут навукі й мастацтва`, `адукацыі і навукі`: a second genitive noun joined to the tail's.
      if (
        end > head &&
        /^(?:і|й)$/u.test(next) &&
        end + 2 < tokens.length &&
        joined(end + 1, end + 2) &&
        !isCapWord(tokens[end + 2]) &&
        /(?:ы|і)$/u.test(tokens[end].text) &&
        /(?<=[бвгджзклмнпрстфхцчшў])(?:а|ы|і|ей)$/u.test(tokens[end + 2].text) &&
        !/(?:ла|лі|ся|ці|іць|аць)$/u.test(tokens[end + 2].text)
      ) {
        end += 2;
        continue;
      }
      // `музея старажытнасцей`: a soft noun's genitive plural right after the head.
      if (end === head && /\p{Ll}{4,}ей$/u.test(next) && !isCapWord(tokens[end + 1])) {
        end++;
        continue;
      }
      // A noun's genitive after another (`аховы здароўя`, `па справах моладзі`), not a verb (`пацвердзіла`).
      const chained =
        end > head && /(?:ы|і)$/u.test(tokens[end].text) && /(?:я|у|а)$/u.test(next) && !/(?:ла|ся|ць)$/u.test(next);
      if (!chained && (!/(?:ых|іх|аў|яў|і|ы)$/u.test(next) || /^(?:і|ці|па|на|у|ў|з|да|ды|бо|калі|таму)$/u.test(next)))
        break;
      // `Сусветны банк далі крэдыт`: a verb in the past plural ends the name.
      if (/(?:[аэыуя]лі|ілі|шлі|глі|клі|злі|слі)$/u.test(next) && !peopleGenitive.test(next)) break;
      if (/(?:аў|яў)$/u.test(next) && !isCapWord(tokens[end + 1])) {
        const afterIsName = end + 2 < tokens.length && joined(end + 1, end + 2) && isCapWord(tokens[end + 2]);
        if (!afterIsName && !/(?:ых|іх)$/u.test(tokens[end].text)) break;
      }
      end++;
    }
    // Opening a sentence, a head is a name with a tail of two words or more (`Міністэрства замежных спраў
    // Беларусі`), a lower-case head after the first word only when that word is an adjective (`Еўрапейскі
    // саюз`, not `Увядзенне часовай адміністрацыі`).
    // … and an adjective before a generic head with no tail is a phrase (`Непажаданай арганізацыяй канал абвясьцілі`).
    const isName =
      !opens ||
      (head === i
        ? end - head >= 2 || (end > head && /^радыё$/iu.test(t.text))
        : j > i || (adjectiveEnding.test(t.text) && !(end === head && genericHeads.test(lower(head)))));
    // `Мінскі хакейны клуб "Дынама"`: the quoted name after the head is the name.
    if (head >= 0 && end === head && end + 1 < tokens.length && quotedName(end + 1)) {
      i = end + 1;
      continue;
    }
    // `Прадстаўнікі Саюза пісьменнікаў`: a plural noun opening a sentence before a capitalised head is no part of it.
    // So is a word in `-ы`, `-і` before an oblique head (`Спартсмены Федэрацыі`): a masculine adjective would
    // stand before a head in the nominative (`Нацыянальны банк`).
    if (
      head === i + 1 &&
      opens &&
      isCapWord(tokens[head]) &&
      (/(?:нікі|нікаў|ўцы|ары|еры)$/u.test(t.text) ||
        (/(?<![ыі])[ыі]$/u.test(t.text) && /[аяіыуюеэ]$/u.test(tokens[head].text)))
    ) {
      i++;
      continue;
    }
    if (head >= 0 && isName) {
      const named = tokens.slice(i, end + 1).map((w) => (isInitial(w, text) ? `${w.text}.` : w.text));
      push('organization', i, end, organizationNominative(named), 'high');
      // Places named inside an organization's name are places too (`Савету міністраў Беларусі`), and the
      // person it is named after (`тэатр імя Янкі Купалы` → `Янка Купала`).
      for (let k = i + 1; k <= end; k++) {
        if (k === namesake) {
          const parts = tokens.slice(k, end + 1).map((w) => w.text);
          const normal = parts.map((w, n) =>
            isInitial(tokens[k + n], text)
              ? `${w}.`
              : w.replace(/(?<=[кгх])і$/u, 'а').replace(/(?<=[бвгджзлмнпрстфхцчшў])ы$/u, 'а'),
          );
          push('person', k, end, normal.join(' '), 'low', { surname: normal[normal.length - 1] });
          break;
        }
        const inner = placeOf(tokens[k].text) ?? belarusianCountryAcronyms.get(tokens[k].text);
        if (inner) push('place', k, k, inner, 'high');
      }
      i = end + 1;
      continue;
    }
    const words = tokens.slice(i, j + 1).map((w) => w.text);
    /** A lower-case word right after the run: then oblique adjectives are an adjective phrase (`Вялікай Айчыннай вайне`). */
    const lowerNext =
      j + 1 < tokens.length &&
      joined(j, j + 1) &&
      !isCapWord(tokens[j + 1]) &&
      !/^(?:і|й|да|ў|у|з|са|на|па|ад|пра|што|не|ці|бо|а|ды|як|каб|пры|для|праз|пасля|перад|сказаў|заявіў|адзначыў)$/u.test(
        lower(j + 1),
      );
    if (lowerNext && words.every((w) => obliqueAdjective.test(w) && obliqueOrNominativeAdjective(w) && !placeOf(w))) {
      i = j + 1;
      continue;
    }
    if (j === i) {
      const word = words[0];
      const lowerAfter = i + 1 < tokens.length && plainGap(text, t, tokens[i + 1]) && !isCapWord(tokens[i + 1]);
      const place = placeOf(word);
      if (isAllCaps(word)) {
        const country = belarusianCountryAcronyms.get(word) ?? countryAcronyms.get(word);
        if (place) push('place', i, i, place, 'high');
        else if (country) push('place', i, i, country, 'high');
        else if (headline) {
          // `У СВІСЛАЧЫ`: after a preposition of place, a place.
          if (i > 0 && /^(?:у|ў|ва|з|са|да)$/iu.test(tokens[i - 1].text))
            push(
              'place',
              i,
              i,
              unknownPlace(word.charAt(0) + word.slice(1).toLocaleLowerCase('be'), lower(i - 1)),
              'low',
            );
        } else if (!commonAcronyms.has(word) && !notNames.test(word)) push('organization', i, i, word, 'low');
      } else if (place) push('place', i, i, place, 'high');
      else if (i > 0 && settlementWords.test(lower(i - 1)) && joined(i - 1, i)) push('place', i, i, word, 'low');
      else if (
        // `у Сляпянцы, Малінаўцы, Сухарава`: one word listed after a place, the list going on or ending there.
        lastPlace &&
        (lastPlace.preposition || lastPlace.listed >= 2) &&
        lastPlace.last < i &&
        !obliqueOrNominativeAdjective(word) &&
        listGap(lastPlace.last, i) &&
        !opens &&
        !belarusianGivenNames.test(word) &&
        (i + 1 >= tokens.length ||
          /^\s*[,.;:!?)–—]/u.test(text.slice(t.end, tokens[i + 1].start)) ||
          /^(?:і|й|ды)$/u.test(tokens[i + 1].text))
      )
        push('place', i, i, unknownPlace(word, lastPlace.preposition), 'low');
      else if (
        i > 0 &&
        /^(?:у|ў|ва|в|з|са|да|на|па|каля|пад)$/iu.test(tokens[i - 1].text) &&
        !opens &&
        // `з Пуціным`, `са Стэфановічам`: `with` someone, not `from` somewhere.
        !(/^(?:з|са)$/iu.test(tokens[i - 1].text) && /(?:ым|ім|ам|ом|ем|ай|ой)$/u.test(word)) &&
        // `на Паўночна-Заходнім і Волхаўскім франтах`: an adjective before a lower-case noun.
        !(obliqueAdjective.test(word) && obliqueOrNominativeAdjective(word) && lowerAfter) &&
        !/(?:віч|віча|вічу|скага|цкага|скаму|цкаму|энк[аіу]|енк[аіу])$/u.test(word)
      ) {
        // `у Гародні`, `з Брэста`, `у Кузніцы`: an unknown capitalised word after a preposition of place.
        push('place', i, i, unknownPlace(word, tokens[i - 1].text), 'low');
      } else if (
        !opens &&
        !/[«"„“]\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) &&
        (surnameEnding.test(word) || (i > 0 && personTitle.test(lower(i - 1))))
      ) {
        // `Лукашэнкі`; `з прэзідэнтам Пуціным`: a surname by its ending, or any word after a title (not the first
        // word of a quoted title, `кнізе „Айчына. …”`).
        const surname = belarusianSurname(word);
        push('person', i, i, surname, 'low', { surname });
      } else if (
        !opens &&
        belarusianGivenNames.test(word) &&
        !/[«"„“]\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start))
      ) {
        // `у Вільні Францішак пазнаёміўся`: a given name alone, after the article has named its bearer.
        const given = belarusianGiven(word, false);
        push('person', i, i, given, 'low', { given });
      } else if (
        // `Зяленскі, Пуцін, Трамп`: one word listed after a person's name, the list ending there.
        !opens &&
        found.length > 0 &&
        found[found.length - 1].type === 'person' &&
        i >= 2 &&
        found[found.length - 1].end === tokens[i - 1].end &&
        /^\s*,\s*$|^\s+(?:і|й|ды)\s+$/u.test(text.slice(tokens[i - 1].end, t.start)) &&
        (i + 1 >= tokens.length || /^\s*[,.;:!?)–—]/u.test(text.slice(t.end, tokens[i + 1].start)))
      )
        push('person', i, i, word, 'low', { surname: word });
    } else if (words.length <= 3) {
      const allPlaces = words.every((w) => placeOf(w));
      if (allPlaces) {
        for (let k = i; k <= j; k++) push('place', k, k, placeOf(tokens[k].text)!, 'high');
      } else {
        // `у Палацы Рэспублікі`: after a preposition of place, a noun in the locative and a genitive name are a
        // building's or a place's, no person's.
        if (
          words.length === 2 &&
          i > 0 &&
          /^(?:у|ў|ва|на)$/iu.test(tokens[i - 1].text) &&
          !givenName(words[0]) &&
          /(?:це|цы|дзе|ры|се|ле|не)$/u.test(words[0]) &&
          /[іы]$/u.test(words[1])
        ) {
          i = j + 1;
          continue;
        }
        // `у Паўднёвым Судане`: after a preposition of place, a word in `-ым`, `-ім` and a noun in `-е` agree as an
        // adjective and its noun in the locative (a man's instrumental would read `-ам`, `-ем` beside `-ым`).
        if (
          words.length === 2 &&
          i > 0 &&
          /^(?:у|ў|ва|на|пры)$/iu.test(tokens[i - 1].text) &&
          /(?<=[бвгджзклмнпрстфхцчшў])(?:ым|ім)$/u.test(words[0]) &&
          /(?<=[бвгджзклмнпрстфхцчшў])е$/u.test(words[1])
        ) {
          push(
            'place',
            i,
            j,
            adjectiveNounNominative(words, (w) => /(?:ым|ім)$/u.test(w)),
            'low',
          );
          i = j + 1;
          continue;
        }
        // `на Першамайскім Прадмесці`: the same in `-і` is a place of some kind, no person.
        if (
          words.length === 2 &&
          /(?<=[бвгджзклмнпрстфхцчшў])(?:ым|ім)$/u.test(words[0]) &&
          /(?<=[бвгджзклмнпрстфхцчшў])і$/u.test(words[1])
        ) {
          i = j + 1;
          continue;
        }
        // A woman's given name and surname (`Надзеі Ермаковай` → `Надзея Ермакова`).
        const woman =
          words.length === 2 ? (femaleName(words[0], words[1]) ?? foreignWoman(words[0], words[1])) : undefined;
        if (woman) {
          push('person', i, j, `${woman.given} ${woman.surname}`, 'high', { ...woman, gender: 'female' });
          i = j + 1;
          continue;
        }
        // Given name + surname, or surname + given name.
        const lastIsSurname =
          surnameEnding.test(words[words.length - 1]) ||
          (belarusianGivenNames.test(words[0]) && !belarusianGivenNames.test(words[words.length - 1]));
        const surnameIndex = lastIsSurname ? words.length - 1 : surnameEnding.test(words[0]) ? 0 : words.length - 1;
        const given = words.filter((_, k) => k !== surnameIndex);
        // Beside a man's given name in the genitive (`Мікалая`, `Зьдзіслава`), a surname of the `-а`/`-я` or
        // `-ай` declension is in the genitive too (`Шабуні`, `Стомы`, `Бяляя` → `Шабуня`, `Стома`, `Бяляй`).
        // So beside the genitive of a man's name in `-а` (`Янкі Купалы`, `Міколы Статкевіча` → `Янка Купала`).
        const genitiveInA = given.length === 1 ? maleGenitiveInA(given[0]) : undefined;
        // `Міхася`, `Анатоля`: a soft stem's genitive too.
        const genitive =
          genitiveInA !== undefined ||
          (maleGivenNames.test(given[0] ?? '') &&
            !maleNominativeInA.test(given[0]) &&
            /(?:(?<=[бвгджзклмнпрстфхцчшў])а|(?<=[аеэоуы]|[лнсзц]|дз)я)$/u.test(given[0]));
        // A foreign man's name in the genitive or dative, given name and surname in one case (`Юстаса
        // Чапоніса`, `Рамуальду Траўгуту` → `Юстас Чапоніс`, `Рамуальд Траўгут`).
        const foreignCase = given.length === 1 && surnameIndex === 1 ? foreignOblique(given[0], words[1]) : undefined;
        const surname = foreignCase
          ? foreignCase.surname
          : genitive
            ? genitiveSurname(words[surnameIndex])
            : belarusianSurname(words[surnameIndex]);
        const inflected = surname !== words[surnameIndex] || genitive;
        // `Самюэлем Кагалаці`: a given name in the instrumental beside an indeclinable surname is a man's.
        const instrumental = !inflected && surnameIndex === words.length - 1 && indeclinableSurname.test(surname);
        const others = words
          .filter((_, k) => k !== surnameIndex)
          .map(
            (w) =>
              genitiveInA ??
              foreignCase?.given ??
              belarusianGiven(w, inflected || (instrumental && /(?:ам|ем|ём|ом)$/u.test(w))),
          );
        const normal = surnameIndex === 0 ? [others[0], surname].join(' ') : [...others, surname].join(' ');
        push('person', i, j, normal, 'high', { given: others[0], surname });
      }
    }
    i = j + 1;
  }
  return found;
}
