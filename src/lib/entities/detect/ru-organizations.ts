/**
 * Russian organizations named otherwise than by a head noun: a quoted name after a descriptor
 * (`компания «Яндекс»`), capitalised words after a cue (`агентству Рейтер`), dictionary organization
 * names (`Orgn`), sites by their domain, acronyms and Latin-script names (low confidence), and quoted
 * names listed with an organization (`МТС, «Вымпелком» и «Мегафон»`).
 */
import { isAllCaps } from '../tokenize.ts';
import { commonAcronyms, countryAcronyms, latinEventWords, likeWritten, sentenceInitial, titleCase } from './common.ts';
import type { Morphology } from '../morphology.ts';
import { nameKey } from './name-key.ts';
import { bodyRules } from './ru-bodies.ts';
import { has, type RussianContext } from './ru-context.ts';
import { titledRules } from './ru-titled.ts';
import {
  commonRegionals,
  countryBodyAcronyms,
  descriptorTails,
  notNames,
  orgCues,
  performerNouns,
  personTitles,
  orgHeads,
  placeAcronyms,
  quoteCues,
  quoteDescriptors,
} from './ru-lexicon.ts';
import type { DetectedName } from './types.ts';

/** A verb that attributes news to a source, in the form news writing uses (`сообщает`, `передаёт`, `пишет`). */
const reportingVerb =
  /^(?:сообщает|сообщают|сообщило|передает|передаёт|передают|передало|пишет|информирует|цитирует|уточняет)$/u;

/**
 * A compound name of a body (`Мосгорсуд`, `Рособрнадзор`, `Совфед`, `Россельхозбанк`): a prefix of the state,
 * the city or a ministry and a stem that names a body's kind.
 */
const compoundBody =
  /^(?:Рос|Мос|Мин|Гос|Глав|Сов)\p{Ll}*?(?:суд|дум|избирком|надзор|нефт|газ|банк|ком|фед|гварди|авиаци|космос|атом|стат|мониторинг|здрав|экспертиз|энерго|связ|транс|кино|архив|реестр|наук|спорт|труд|агентств|резерв|рыболовств|морречфлот|патент|имуществ|аккредитаци|фин|юст|эконом|оборон|торг|сельхоз|развити|тех)\p{Ll}*$/u;

/**
 * A company's compound name ending in a word of its trade (`Сбербанка`, `Газпромбанком`, `Транснефти`,
 * `Уралмаш`, `Металлоинвест`), not opening a sentence, where a common compound may stand capitalised.
 */
const compoundCompany =
  /^\p{Lu}\p{Ll}{2,}?(?:банк|пром|нефт|энерго|телеком|инвест|маш|строй|торг|трест|холдинг|флот|снаб|сбыт|фарм|лизинг)(?:а|у|ом|е|и|ью|ы|ов)?$/u;

/** Words before a Latin-script name that make it a product, a work, an award or an event rather than an organization. */
const productCue =
  /(?<![\p{L}\p{N}])(?:систем|ОС|браузер|платформ|программ|приложени|игр|аркад|сериал|фильм|альбом|песн|конкурс|турнир|автомобил|модел|смартфон|телефон|процессор|версии|формат|язык|библиотек|движ|девиз|лозунг|слоган|преми|наград|номинаци)\p{L}*[\s\u00A0]+(?:«|")?$/u;

/** Lower-case words inside a Latin-script name (`Bank of China`, `Harles und Jentzsch`). */
const latinJoiners = new Set([
  'of',
  'and',
  'und',
  'for',
  'to',
  'the',
  'on',
  'de',
  'des',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'et',
  'y',
  '&',
]);

/**
 * A compound of a descriptor (`телекомпания`, `авиакомпании`, `медиахолдинг`, `автоконцерн`,
 * `информагентство`): a first part joined to a word of `descriptorTails`.
 */
const tails = [...descriptorTails];
const compoundDescriptor = (lemma: string) =>
  lemma.length > 8 && tails.some((tail) => lemma.length > tail.length + 2 && lemma.endsWith(tail));

/** Parts of speech no name is read as (`ЧИТАЙТЕ ТАКЖЕ`, `СМОТРИТЕ`). */
const functionSpeech = ['VERB', 'INFN', 'CONJ', 'PRCL', 'PREP', 'ADVB', 'COMP', 'GRND', 'NPRO', 'PRED'] as const;

/**
 * A Cyrillic word written in capitals that is no acronym but a dictionary word set in capitals, as in a
 * dateline or a rubric: `МОСКВА, 1 авг` is the place `Москва` (a place name the dictionary knows, not as
 * an abbreviation: `НАТО`, `РФ` stay acronyms); `ЧИТАЙТЕ ТАКЖЕ`, words the dictionary itself holds as verbs,
 * conjunctions, adverbs and the like, are no name at all (`'none'`); a guess does not count (`ИГИЛ`).
 */
export function shoutedWord(word: string, morphology: Morphology): string | 'none' | undefined {
  if (word.length < 4 || !/^\p{Script=Cyrillic}+$/u.test(word)) return undefined;
  const lower = word.toLocaleLowerCase('ru');
  const parses = morphology.parses(titleCase(lower));
  const geox = parses.find((p) => has(p, 'Geox') && !has(p, 'Abbr') && p.score >= 0.3);
  if (geox && !parses.some((p) => (has(p, 'Orgn') || has(p, 'Abbr')) && p.score >= geox.score))
    return titleCase(geox.normalize().word);
  const readings = morphology.parses(lower).filter((p) => p.score >= 0.05);
  if (
    readings.length > 0 &&
    readings.every((p) => p.parser === 'Dictionary') &&
    readings.every((p) => functionSpeech.some((part) => has(p, part))) &&
    readings.some((p) => p.score >= 0.5)
  )
    return 'none';
  return undefined;
}

/** The organization rules over one paragraph. */
export function organizationRules(c: RussianContext) {
  const {
    text,
    tokens,
    words,
    found,
    make,
    joined,
    orgn,
    lemmaOf,
    isGiven,
    cueBefore,
    nominativeQuoted,
    parseWith,
    quotedAfter,
    morphology,
  } = c;
  const { body, compound, hyphenatedOrganization, pressService, countryBody } = bodyRules(c);
  const { titled } = titledRules(c);

  /** Token `i` opens a bracket (`(СПО)`, `(Skoda Octavia)`). */
  const bracketed = (i: number) => /\([ \u00A0]*$/u.test(text.slice(0, tokens[i].start));
  /**
   * What stands before token `i`'s bracket names an organization: the last name found ends there and is
   * one, or a head noun of bodies is among the six words before it (`Бюро США по патентам … (USPTO)`).
   */
  const afterOrganization = (i: number) => {
    const previous = found.at(-1);
    if (
      previous?.type === 'organization' &&
      /^[\s\u00A0»"”]*\([ \u00A0]*$/u.test(text.slice(previous.end, tokens[i].start))
    )
      return true;
    for (let k = i - 1; k >= Math.max(0, i - 6) && !/[.!?]/u.test(text.slice(tokens[k].end, tokens[k + 1].start)); k--)
      if (words[k].parses.some((p) => has(p, 'NOUN') && orgHeads.has(p.normalize().word))) return true;
    return false;
  };

  /** An abbreviation and the quoted name after it, as one organization. */
  const acronymQuoted = (i: number): DetectedName | undefined => {
    const word = tokens[i].text;
    if (!/^\p{Script=Cyrillic}{2,6}$/u.test(word) || !isAllCaps(word)) return undefined;
    if (countryAcronyms.has(word) || placeAcronyms.has(word)) return undefined;
    const quoted = quotedAfter(i);
    if (!quoted) return undefined;
    const name = make('organization', i, quoted.last, `${word} «${quoted.name}»`, 'high');
    return { ...name, end: quoted.end + 1, text: text.slice(name.start, quoted.end + 1) };
  };

  /** A lower-case compound descriptor right before `i`, a space apart (`авиакомпании Аэрофлот`). */
  const compoundCueBefore = (i: number) =>
    i > 0 &&
    !words[i - 1].cap &&
    /^[\s\u00A0]$/u.test(text.slice(tokens[i - 1].end, tokens[i].start)) &&
    words[i - 1].parses.some((p) => has(p, 'NOUN') && compoundDescriptor(p.normalize().word));

  /** The last token of a chain joined by hyphens from `j` (`Би-би-си`, `Техрик-э-Лабайк`). */
  const hyphenEnd = (j: number) => {
    let k = j;
    while (
      k + 1 < tokens.length &&
      text.slice(tokens[k].end, tokens[k + 1].start) === '-' &&
      /^\p{L}+$/u.test(tokens[k + 1].text)
    )
      k++;
    return k;
  };

  /**
   * A verb that attributes news to its source right before `i` (`сообщает Интерфакс`, `передаёт Би-би-си`,
   * `со ссылкой на Рейтер`): the source named there is a news outlet when it is not a person's name.
   */
  const reportedBy = (i: number) =>
    i > 0 &&
    /^[\s\u00A0]+[«"„]?$/u.test(text.slice(tokens[i - 1].end, tokens[i].start)) &&
    (reportingVerb.test(tokens[i - 1].text) ||
      (tokens[i - 1].text === 'на' && i > 1 && /^(?:ссылкой|ссылаясь)$/u.test(tokens[i - 2].text)));

  /**
   * `агентству Рейтер`, `клуба Тоттенхэм Хотспур`, `группировки Техрик-э-Лабайк`: capitalised Cyrillic words,
   * no given name, after a lower-case noun of organization; `сообщает Интерфакс`: one such word after a verb
   * of reporting, unless it reads as a person's name; a compound name of a body (`в Мосгоризбирком`) and a
   * name with capitals inside (`РАНХиГС`), before a place preposition's or a person's reading takes it. Not after a title (`шеф концерна Бернд Пишетсридер`,
   * `глава компании …`): that names its head, a person.
   */
  const cued = (i: number): DetectedName | undefined => {
    if (!words[i].cap) return undefined;
    // `ЕвроХим`, `МегаФона`, `РАНХиГС`, `АиФ`: a Cyrillic word with capitals inside (not a surname's particle,
    // `МакКейн`, `ДиКаприо`) is a company's or a body's written name; its case ending comes off by the capitals.
    const camel = tokens[i].text;
    if (
      /^\p{Script=Cyrillic}+$/u.test(camel) &&
      /^\p{Lu}\p{L}*\p{Ll}\p{L}*\p{Lu}/u.test(camel) &&
      !/^(?:Мак|Мк|Ди|Де|Ле|Ла|Да|Дю|Ду|Фон|Ван|Сен|Сент|Мак-)\p{Lu}/u.test(camel) &&
      // Not two words run together by a lost space (`СмотретьБританский`, `АсииБиби`), nor the code `КоАП`.
      /^\p{Lu}\p{L}{0,5}\p{Lu}/u.test(camel) &&
      !morphology
        .parses(/^\p{Lu}\p{Ll}+/u.exec(camel)?.[0] ?? camel)
        .some((p) => (has(p, 'Name') || has(p, 'Surn')) && p.score >= 0.1) &&
      camel !== 'КоАП' &&
      !/^-/u.test(text.slice(tokens[i].end))
    ) {
      const stem = /^(.*\p{Lu}\p{Ll}*?)(?:а|у|ом|е|ой|ы)?$/u.exec(camel)?.[1] ?? camel;
      const lastWord = /\p{Lu}\p{Ll}*$/u.exec(stem)?.[0] ?? '';
      // `МегаФона` → `МегаФон`; a part too short to have lost an ending keeps it (`ФосАгро`).
      const normal = lastWord.length >= 3 || /\p{Lu}{2}$/u.test(stem) ? stem : camel;
      return make('organization', i, i, normal, 'low');
    }
    // `Мосгоризбиркому`, `Рособрнадзором`, `Совфеда`: a compound name of a state body or a company, a
    // prefix of the state or the city joined to a stem of a body's kind, however rare in the dictionary.
    const company = compoundCompany.test(tokens[i].text) && !sentenceInitial(text, tokens[i].start);
    if ((compoundBody.test(tokens[i].text) || company) && !notNames.has(lemmaOf(i))) {
      const parses = words[i].parses;
      const person = parses.some(
        (p) =>
          (has(p, 'Geox') || has(p, 'Surn') || has(p, 'Patr') || has(p, 'Name') || has(p, 'ADJF')) && p.score >= 0.3,
      );
      // The likeliest noun reading, a nominative or a body's reading first among equals (`Мосгоризбирком`).
      const rank = (p: (typeof parses)[number]) => p.score + (has(p, 'nomn') ? 1e-3 : 0) + (has(p, 'Orgn') ? 5e-4 : 0);
      const noun = parses.filter((p) => has(p, 'NOUN') && !has(p, 'Name')).sort((x, y) => rank(y) - rank(x))[0];
      if (!person && !parses.some((p) => has(p, 'Geox') && p.score >= 0.05))
        return make(
          'organization',
          i,
          i,
          noun ? likeWritten(noun.normalize().word, tokens[i].text) : tokens[i].text,
          'low',
        );
    }
    // `Левада-центра`, `Ельцин-центре`: a capitalised word joined by a hyphen to a lower-case head noun of bodies.
    if (
      i + 1 < tokens.length &&
      /^\p{Script=Cyrillic}+$/u.test(tokens[i].text) &&
      text.slice(tokens[i].end, tokens[i + 1].start) === '-' &&
      /^\p{Ll}+$/u.test(tokens[i + 1].text) &&
      !/^-/u.test(text.slice(tokens[i + 1].end))
    ) {
      const head = words[i + 1].parses.find(
        (p) => has(p, 'NOUN') && has(p, 'sing') && orgHeads.has(p.normalize().word) && p.score >= 0.1,
      );
      if (head) return make('organization', i, i + 1, `${tokens[i].text}-${head.normalize().word}`, 'low');
    }
    // `Би-би-си`, `Си-эн-эн`, `Эн-би-си`: an acronym spelt out in syllables, a broadcaster or a company.
    const spelt = hyphenEnd(i);
    if (
      spelt >= i + 2 &&
      /^\p{Lu}\p{Ll}{0,2}$/u.test(tokens[i].text) &&
      tokens.slice(i + 1, spelt + 1).every((t) => /^\p{Ll}{1,3}$/u.test(t.text))
    ) {
      const written = text.slice(tokens[i].start, tokens[spelt].end);
      return make('organization', i, spelt, written, 'low');
    }
    const afterCue =
      (cueBefore(i, orgCues) || compoundCueBefore(i)) &&
      !(i > 1 && joined(i - 2, i - 1) && personTitles.has(lemmaOf(i - 2)));
    // `клуба Краснодар`, `банк Россия`: a place's name left in the nominative after a noun of organization
    // names the club or the company, not the place.
    const namedAfterPlace =
      afterCue &&
      words[i].top.some((p) => has(p, 'Geox') && has(p, 'nomn')) &&
      !(i + 1 < tokens.length && joined(i, i + 1) && words[i + 1].cap);
    if (namedAfterPlace) return make('organization', i, i, tokens[i].text, 'low');
    if (
      !/^\p{Script=Cyrillic}/u.test(tokens[i].text) ||
      isAllCaps(tokens[i].text) ||
      isGiven(i) ||
      words[i].top.some((p) => has(p, 'Geox') || has(p, 'ADJF'))
    )
      return undefined;
    if (afterCue) {
      let j = hyphenEnd(i);
      while (
        j + 1 < tokens.length &&
        j - i < 4 &&
        joined(j, j + 1) &&
        words[j + 1].cap &&
        !isGiven(j + 1) &&
        /^\p{Script=Cyrillic}/u.test(tokens[j + 1].text)
      )
        j = hyphenEnd(j + 1);
      return make('organization', i, j, text.slice(tokens[i].start, tokens[j].end), 'low');
    }
    if (!reportedBy(i)) return undefined;
    const j = hyphenEnd(i);
    // One word that ends the clause (`передаёт Би-би-си.`): not `сообщает Джон Смит`, nor the next sentence's
    // first word after a source the text lost (`пишет Так или иначе…`); never a name or a surname.
    // `сообщает Лента.ру`: a site's domain is read whole by the rule for sites.
    if (!/^[ \u00A0]*(?:[.,;:)»"”](?![\p{L}\p{N}])|$)/u.test(text.slice(tokens[j].end))) return undefined;
    if (
      words
        .slice(i, j + 1)
        .some((w) => w.parses.some((p) => (has(p, 'Name') || has(p, 'Surn') || has(p, 'Patr')) && p.score >= 0.05))
    )
      return undefined;
    return make('organization', i, j, text.slice(tokens[i].start, tokens[j].end), 'low');
  };

  const organization = (i: number): DetectedName | undefined => {
    const national = countryBody(i);
    if (national) return national;
    const headed = body(i);
    if (headed) return headed.name;
    const title = titled(i);
    if (title) return title;
    // A site named by its domain: `Лента.ру`, `baltinfo.ru`, `NEWSru.com`; not a domain name in quotes (`на имя
    // «кремль.рф»`) or after a word for it (`короткий адрес fb.com`).
    if (
      i + 1 < tokens.length &&
      !/(?:["«„“]|(?<![\p{L}\p{N}])(?:адрес|домен)\p{Ll}*)\s*$/u.test(text.slice(0, tokens[i].start)) &&
      text.slice(tokens[i].end, tokens[i + 1].start) === '.' &&
      /^(?:ru|ру|com|net|org|by|ua|info|рф)$/iu.test(tokens[i + 1].text) &&
      !/^\.?[\p{L}\p{N}]/u.test(text.slice(tokens[i + 1].end, tokens[i + 1].end + 2))
    )
      return make('organization', i, i + 1, text.slice(tokens[i].start, tokens[i + 1].end), 'low');
    // Descriptor + quoted name: `компания «Яндекс»`. A cue that is itself part of a name (`в статье
    // Частного корреспондента «…»`) quotes a title, not a body.
    // `ГУП «Водоканал»`, `ВГТРК «Россия»`, `РКК «Энергия»`: a Cyrillic abbreviation (a legal form or a kind
    // of body) with a quoted name right after it is one organization, whatever the quoted words read as alone.
    const abbreviated = acronymQuoted(i);
    if (abbreviated) return abbreviated;
    const insideName = (k: number) => words[k].cap || (k > 0 && words[k - 1].cap && joined(k - 1, k));
    const descriptor =
      words[i].parses.some(
        (p) =>
          quoteDescriptors.has(p.normalize().word) ||
          compoundDescriptor(p.normalize().word) ||
          (has(p, 'NOUN') && orgHeads.has(p.normalize().word)) ||
          (quoteCues.has(p.normalize().word) && p.score >= 0.1 && !insideName(i)) ||
          // `лидер московского «Центра»`, `ленинградского «Телевизора»`: a town's adjective before a quoted name.
          (!words[i].cap &&
            has(p, 'ADJF') &&
            p.score >= 0.1 &&
            /(?:ск|цк)ий$/u.test(p.normalize().word) &&
            !commonRegionals.has(p.normalize().word)),
      ) || quoteDescriptors.has(words[i].token.text.toLocaleLowerCase('ru'));
    if (descriptor && i + 1 < tokens.length) {
      const gap = text.slice(tokens[i].end, tokens[i + 1].start);
      const open = /^\s*["«„“]$/u.exec(gap);
      if (open && words[i + 1].cap) {
        const closing = text.slice(tokens[i + 1].start).search(/["»“”]/u);
        if (closing > 0 && closing < 80) {
          const endOffset = tokens[i + 1].start + closing;
          let last = i + 1;
          while (last + 1 < tokens.length && tokens[last + 1].end <= endOffset) last++;
          const written = text.slice(tokens[i + 1].start, endOffset).trim();
          // After a cue the name is inflected (`интервью «Голосу Америки»`); after a descriptor it is not.
          const name = quoteDescriptors.has(lemmaOf(i)) ? written : nominativeQuoted(i + 1, written);
          return {
            ...make('organization', i + 1, last, name, 'high'),
            start: tokens[i + 1].start,
            end: endOffset,
            text: text.slice(tokens[i + 1].start, endOffset),
          };
        }
      }
    }
    // `comScore`, `eBay`, `3Com`: a Latin-script name written in camel case or after a number is a company's
    // (Apple's devices and systems aside: `iPhone`, `iOS`, `macOS`).
    if (
      /^(?:\p{Ll}+\p{Lu}|\d+\p{Lu}\p{Ll})[\p{L}\p{N}]*$/u.test(tokens[i].text) &&
      /^[\p{Script=Latin}\p{N}]+$/u.test(tokens[i].text) &&
      !/^(?:i|mac|watch|tv|ipad)(?:OS|Phone|Pad|Pod|Tunes|Cloud|Mac|Book|Watch)?/u.test(tokens[i].text) &&
      !/^-/u.test(text.slice(tokens[i].end))
    )
      return make('organization', i, i, tokens[i].text, 'low');
    if (!words[i].cap) return undefined;
    const named = cued(i);
    if (named) return named;
    // `МИД Белоруссии`, `в МИДе Грузии`, `МВД РФ`: a state body's acronym with its country is that country's body.
    const acronym = /^(\p{Lu}{2,})\p{Ll}{0,2}$/u.exec(tokens[i].text)?.[1];
    const owner = i + 1;
    if (
      acronym &&
      countryBodyAcronyms.has(acronym) &&
      joined(i, owner) &&
      words[owner].cap &&
      (countryAcronyms.has(tokens[owner].text) ||
        (words[owner].top.some((p) => has(p, 'Geox') && has(p, 'gent')) && !parseWith(owner, 'Surn', 0.1)))
    )
      return make('organization', i, owner, `${acronym} ${tokens[owner].text}`, 'high');
    // A dictionary organization name: `Газпром`, `Минкомсвязь`.
    if (orgn(i)) {
      return make(
        'organization',
        i,
        i,
        likeWritten(words[i].parses.find((p) => has(p, 'Orgn'))!.normalize().word, tokens[i].text),
        'high',
      );
    }
    const word = tokens[i].text;
    // A Latin-script word right after another one that opened no name is inside a phrase (`аркады Angry
    // Birds`, `конкурс The Best of Blogs`, `GENS UNA SUMUS`), and one right after an organization's name
    // is its product (`ЗАЗ Forza`, `Skoda Octavia`): neither opens an organization.
    if (/^\p{Script=Latin}/u.test(word) && i > 0 && joined(i - 1, i)) {
      const previous = found.at(-1);
      if (/^\p{Script=Latin}/u.test(tokens[i - 1].text)) return undefined;
      if (previous?.type === 'organization' && previous.end === tokens[i - 1].end) return undefined;
    }
    // An acronym.
    // `ТМА-11`, `STS-124`, `Ту-154`: a model's or a mission's designation, not a body.
    // `SARS-CoV-2`: a designation of two parts and a number too.
    const after = text.slice(tokens[i].end, tokens[i].end + 12);
    // `G-20`, `G7`, `Г-8`: a club of states named by its number of members.
    if (/^[GГ]$/u.test(word) && /^-?(?:7|8|20)(?![\p{L}\p{N}])/u.test(after) && i + 1 < tokens.length) {
      const club = text.slice(tokens[i].start, tokens[i + 1].end);
      return make('organization', i, i + 1, club, 'low');
    }
    const designation = /^-(?:\p{L}{1,8}-)?\d/u.test(after);
    if (designation) return undefined;
    // `ЛГБТ-активистов`, `ВИЧ-инфицированных`: an acronym that opens a compound with a lower-case word is
    // a modifier of that word, not a name (press services are read before this, `PR-служба форума`).
    if (isAllCaps(word) && /^-\p{Ll}/u.test(after)) return undefined;
    // `по статье 116 УК`, `ст. 20.3 КоАП`: an acronym after an article's number is a code of law.
    if (lawCodeBefore(text.slice(Math.max(0, tokens[i].start - 60), tokens[i].start))) return undefined;
    if (isAllCaps(word) && word.length <= 8 && !commonAcronyms.has(word) && !/^[IVXLCDM]+$/u.test(word)) {
      const country = countryAcronyms.get(word);
      if (country) return make('place', i, i, country, 'high');
      if (placeAcronyms.has(word)) return make('place', i, i, word, 'high');
      const capitalWord = shoutedWord(word, morphology);
      if (capitalWord === 'none') return undefined;
      if (capitalWord) return make('place', i, i, capitalWord, 'high');
      // `свободного программного обеспечения (СПО)`, `4:5 (ОТ)`: an acronym in brackets shortens what
      // stands before it, an organization only when that is one (`Национального фронта (FN)`).
      if (bracketed(i) && !afterOrganization(i)) return undefined;
      return make('organization', i, i, word, 'low');
    }
    // `во ВГИКе`, `из ГИБДД`… `в МЧСе`: an acronym with a case ending written on in lower case is the acronym,
    // declined like a noun.
    const declined = /^(\p{Script=Cyrillic}{3,8}?)(?:е|а|у|ом|ой|ы)$/u.exec(word)?.[1];
    if (declined && isAllCaps(declined) && !commonAcronyms.has(declined) && !countryAcronyms.has(declined)) {
      if (placeAcronyms.has(declined)) return undefined;
      return make('organization', i, i, declined, 'low');
    }
    // A Latin-script name in a Russian text: most often a company (`Google`, `EPAM Systems`).
    if (
      /^\p{Script=Latin}/u.test(word) &&
      word.length > 1 &&
      !commonAcronyms.has(word) &&
      !/^[IVXLCDM]+$/u.test(word)
    ) {
      // The run goes on over capitalised words, numbers and the small words inside names (`Industrial and
      // Commercial Bank of China`, `Corriere della Sera`, `Committee to Protect Journalists`).
      const goesOn = (k: number) =>
        k < tokens.length &&
        joined(k - 1, k) &&
        /^\p{Script=Latin}/u.test(tokens[k].text) &&
        (words[k].cap || /^\d/u.test(tokens[k].text));
      let j = i;
      for (;;) {
        if (goesOn(j + 1)) j++;
        else if (latinJoiners.has(tokens[j + 1]?.text) && joined(j, j + 1) && goesOn(j + 2)) j += 2;
        else break;
      }
      const run = text.slice(tokens[i].start, tokens[j].end);
      // `Corus Chess Tournament`, `Davis Cup`: an event, not its organizer.
      if (latinEventWords.test(run)) return undefined;
      const orgLike =
        /(?:^|\s)(?:Inc|Ltd|LLC|Corp|Group|Bank|Systems|Technologies|Labs|Media|Holding|Fund|Foundation|University|Institute|Agency|Company|Park|Motors|Airlines|Capital|Partners|Software|Games|News|Times|Post|International|Press|Corporation|Entertainment|Pictures|Records|Electric|Industries|Telecom)(?=\s|$)/u.test(
          run,
        );
      // `(Joshua Wolf)` right after a Cyrillic person's name is that person in Latin.
      // `Халеда эль-Масри (Khaled el-Masri)`: lower-case particles inside a Latin-script personal name.
      while (
        j + 2 < tokens.length &&
        /^(?:al|el|bin|ibn|de|da|di|du|van|von|der|la|le)$/u.test(tokens[j + 1].text) &&
        joined(j, j + 1) &&
        joined(j + 1, j + 2) &&
        /^\p{Lu}/u.test(tokens[j + 2].text)
      )
        j += 2;
      const latin = text.slice(tokens[i].start, tokens[j].end);
      const previous = found.at(-1);
      const afterPerson =
        /\($/u.test(text.slice(0, tokens[i].start).trimEnd()) &&
        previous?.type === 'person' &&
        text.slice(previous.end, tokens[i].start).trim() === '(';
      if (afterPerson && j > i && !orgLike) {
        return make('person', i, j, latin, 'high', { given: tokens[i].text, surname: tokens[j].text });
      }
      // `Скотт Хоровитц (Scott Horowitz)`: two or three Latin words in brackets right after two capitalised
      // Cyrillic words of the same count read as a person's name in the original spelling.
      const before = text
        .slice(0, tokens[i].start)
        .match(/(\p{Lu}\p{Ll}+(?:-\p{L}+)?(?:\s+\p{L}+(?:-\p{L}+)?){1,3})\s*\($/u);
      if (
        before &&
        j > i &&
        j - i <= 3 &&
        !tokens.slice(i, j + 1).some((t) => /^(?:of|and|und|for|to|the|on|&)$/u.test(t.text)) &&
        !orgLike &&
        /^\p{Script=Cyrillic}/u.test(before[1]) &&
        text.charAt(tokens[j].end) === ')' &&
        words.slice(i, j + 1).every((w) => !isAllCaps(w.token.text))
      ) {
        return make('person', i, j, latin, 'low', { given: tokens[i].text, surname: tokens[j].text });
      }
      // `рэпера Jay Z`, `певице Aaliyah`, `композитор-неоклассик Long Arm`: a Latin-script name right after a
      // performer's noun is the performer's stage name, a person's.
      const performer = /(?<![\p{L}-])(\p{L}\p{Ll}+)(?:-\p{Ll}+)?[ \u00A0]$/u.exec(
        text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start),
      );
      if (
        performer &&
        !orgLike &&
        !isAllCaps(tokens[i].text) &&
        morphology
          .parses(performer[1].toLocaleLowerCase('ru'))
          .some((p) => p.tag.NOUN && performerNouns.has(p.normalize().word))
      )
        return make('person', i, j, latin, 'low');
      // A product, not its maker: `системе Windows`, `браузера Chrome`, `аркады Angry Birds`.
      if (i > 0 && !orgLike && productCue.test(text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start)))
        return undefined;
      // `«Шкода Октавия» (Skoda Octavia)`, `повороте Раскассэ (La Rascasse)`: the original spelling in brackets
      // of the Cyrillic name before it is what that name is; no organization unless it was found as one.
      const original = /\p{Script=Cyrillic}[»"”]?[ \u00A0]*\($/u.test(text.slice(0, tokens[i].start));
      const afterFound =
        previous?.type === 'organization' &&
        /^[\s\u00A0»"”]*\([ \u00A0]*$/u.test(text.slice(previous.end, tokens[i].start));
      if (original && !orgLike && !afterFound) return undefined;
      return make('organization', i, j, latin, 'low');
    }
    return undefined;
  };

  return { organization, cued, compound, hyphenatedOrganization, pressService };
}

/**
 * Quoted names listed with an organization are organizations too (`МТС, «Вымпелком» и «Мегафон»`):
 * each quoted capitalised name after a comma or `и` that follows an organization, in a chain.
 */
export function listedOrganizations(text: string, found: readonly DetectedName[]): DetectedName[] {
  const extra: DetectedName[] = [];
  const next = /^["»“”]?[ \u00A0]*(?:,|и(?=[ \u00A0]))[ \u00A0]*[«"„“](\p{Lu}[^"«»„“”]{0,40}?)["»“”]/u;
  for (const name of found) {
    if (name.type !== 'organization') continue;
    let end = name.end;
    for (let m = next.exec(text.slice(end)); m; m = next.exec(text.slice(end))) {
      const start = end + m[0].length - m[1].length - 1;
      const stop = start + m[1].length;
      if ([...found, ...extra].some((n) => n.start < stop && start < n.end && n.type !== 'place')) break;
      extra.push({ ...name, start, end: stop, text: m[1], normal: m[1], key: nameKey(m[1]), confidence: 'low' });
      end = stop;
    }
  }
  return extra;
}

/** The last word of a foreign company's name written in Cyrillic (`Ассошиэйтед Пресс`, `Дженерал Моторс`). */
const foreignOrgEnding =
  /[\s\u00A0-](?:Пресс|пресс|Интернешнл|Интернэшнл|Инк|Корпорейшн|Груп|Групп|Моторс|Эйрлайнс|Ньюс|Таймс|Текнолоджис|Системс|Холдингс|Энтертейнмент|Пикчерс|Рекордс|Электрик|Индастриз)$/u;

/** A name read as a person's that ends in a foreign company's word is that company (`фотограф Ассошиэйтед Пресс`). */
export function foreignCompany(name: DetectedName | undefined, paragraphText = ''): DetectedName | undefined {
  if (name?.type !== 'person') return name;
  // `Франс пресс`, `Франс-Пресс`: the company's word in lower case after the name.
  const press = /^[ \u00A0-]пресс(?![\p{L}\p{N}-])/u.exec(paragraphText.slice(name.end));
  if (!press && !foreignOrgEnding.test(name.text)) return name;
  const { paragraph, start, language } = name;
  const end = name.end + (press?.[0].length ?? 0);
  const text = press ? paragraphText.slice(start, end) : name.text;
  return {
    type: 'organization',
    paragraph,
    start,
    end,
    text,
    normal: text,
    key: nameKey(text),
    language,
    confidence: 'low',
  };
}

/**
 * Does the text before an acronym end with an article's number (`статье 116 `, `ст. 141 `, `статьям
 * №213 и №115 `, `ч. 2 ст. 282 `)? What follows such a number is a code of law, not a body.
 */
export function lawCodeBefore(before: string): boolean {
  const number = String.raw`(?:№\s*)?\d+(?:\.\d+)*`;
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:стать\p{L}*|ст\.)\s*${number}(?:\s*(?:,|и)\s*${number})*\s+$`,
    'iu',
  ).test(before);
}
