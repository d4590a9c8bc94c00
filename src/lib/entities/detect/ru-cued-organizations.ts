/**
 * Russian organizations named by capitalised words after a cue rather than by a head noun or quotes: after
 * a lower-case noun of organization (`агентству Рейтер`, `клуба Тоттенхэм Хотспур`), after a verb of
 * reporting (`сообщает Интерфакс`, `со ссылкой на Рейтер`), a compound name of a body or a company
 * (`Мосгоризбирком`, `Сбербанка`), a name with capitals inside (`РАНХиГС`) and an acronym spelt out in
 * syllables (`Би-би-си`). `organizationRules` (`ru-organizations.ts`) hands the rule on to `ru.ts`,
 * which tries it before a person's reading.
 */
import { isAllCaps } from '../tokenize.ts';
import { likeWritten, sentenceInitial } from './common.ts';
import { has, type RussianContext } from './ru-context.ts';
import { descriptorTails, notNames, orgCues, orgHeads, personTitles } from './ru-lexicon.ts';
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

/**
 * A compound of a descriptor (`телекомпания`, `авиакомпании`, `медиахолдинг`, `автоконцерн`,
 * `информагентство`): a first part joined to a word of `descriptorTails`.
 */
const tails = [...descriptorTails];
export const compoundDescriptor = (lemma: string) =>
  lemma.length > 8 && tails.some((tail) => lemma.length > tail.length + 2 && lemma.endsWith(tail));

/** The rule for organizations after a cue over one paragraph. */
export function cuedOrganizationRules(c: RussianContext) {
  const { text, tokens, words, make, joined, lemmaOf, isGiven, cueBefore, morphology } = c;

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

  return { cued };
}
