/**
 * Russian organizations named otherwise than by a head noun: a quoted name after a descriptor
 * (`компания «Яндекс»`), capitalised words after a cue (`агентству Рейтер`), dictionary organization
 * names (`Orgn`), sites by their domain, acronyms and Latin-script names (low confidence). The rule after
 * a cue is in `ru-cued-organizations.ts`, the reading of words in capitals in `ru-capitals.ts`, the second
 * looks `ru.ts` takes after the rules (quoted names listed with an organization, foreign companies read as
 * persons) in `ru-organization-passes.ts`.
 */
import { isAllCaps } from '../tokenize.ts';
import { commonAcronyms, countryAcronyms, latinEventWords, likeWritten } from './common.ts';
import { bodyRules } from './ru-bodies.ts';
import { lawCodeBefore, shoutedWord } from './ru-capitals.ts';
import { compoundDescriptor, cuedOrganizationRules } from './ru-cued-organizations.ts';
import { has, type RussianContext } from './ru-context.ts';
import { titledRules } from './ru-titled.ts';
import {
  commonRegionals,
  countryBodyAcronyms,
  performerNouns,
  orgHeads,
  placeAcronyms,
  quoteCues,
  quoteDescriptors,
} from './ru-lexicon.ts';
import type { DetectedName } from './types.ts';

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

  const { cued } = cuedOrganizationRules(c);

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
