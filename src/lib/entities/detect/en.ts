/**
 * English name detection: runs of capitalised words (a name's particles always join them; `of`, `for`,
 * `the` only after a head word, `and` only inside a body's name), typed by what lists know (a gazetteer
 * of places, given names, known bodies, peoples that are never names) and by what surrounds them: a title
 * or role before a run makes it a person (`President Lukashenko`, `analyst Blake Bath`), a head word or a
 * legal form an organization (`Ministry of Communications`, `Cofinec SA`), a place cue a place (`town of
 * …`, `in …`). A run of two to four unknown words is a person with low confidence only when the article
 * never writes one of its words in lower case; a lone unknown word is a name only with a cue (`said X`,
 * `X, 34,`, `X shares`). A body is also told by a role and a person after it (`Cofinec CEO …`), an
 * apposition (`X, the Romanian engineering group`), `said in its`, a share's move (`X lost 22.72 to 597`).
 * Article-wide steps find surnames (`index.ts`), companies' short names (`englishCompanies`) and, in a
 * sports report, clubs and sides (`sportsClubs`, `englishTeams`) again. This file keeps the entry point and
 * the reading loop; which words join a run is in `en-runs.ts`, the cues in `en-cues.ts`, the other steps in
 * `en-bodies.ts`, `en-lists.ts`, `en-sports.ts` and `en-consistency.ts`.
 */
import { isAllCaps } from '../tokenize.ts';
import { commonAcronyms, countryAcronyms, isCapWord, latinEventWords, sentenceInitial } from './common.ts';
import { nameKey } from './name-key.ts';
import {
  agencies,
  companyDescriptors,
  companyEnds,
  compassWords,
  connectors,
  countries,
  demonyms,
  foreignArticles,
  gazetteerCities,
  gazetteerNations,
  gazetteerPlaces,
  givenNames,
  honorifics,
  knownOrganizations,
  knownPlaces,
  legislatures,
  orgWords,
  particles,
  placeAcronyms,
  placeCues,
  placeNames,
  placePrefixes,
  placePrepositions,
  placeWords,
  seats,
  speechVerbs,
  stateAbbreviations,
  stopWords,
  termAcronyms,
  thingWords,
} from './en-lexicon.ts';
import type { DetectedName } from './types.ts';
import {
  adjectival,
  appositiveOrg,
  bodyAcronym,
  bodyHeads,
  camelCase,
  clubEnds,
  companySuffix,
  compoundWords,
  demonymOf,
  employerCue,
  englishTokens,
  eventAfter,
  houseCue,
  isNationality,
  itsCue,
  marketCue,
  mediaCues,
  months,
  namedAfter,
  namedCue,
  nationAdjective,
  newspaperWords,
  orgCues,
  placeBefore,
  placeHeads,
  placeNounAfter,
  resultsCue,
  roleCue,
  securities,
  sentenceVerb,
  sportsRole,
  vesselWords,
  writtenName,
} from './en-cues.ts';
import { englishAliases, teamNickname } from './en-bodies.ts';
import { listedBodies, listedPlaces } from './en-lists.ts';
import { placeShape } from './en-place-shapes.ts';
import { runJoins } from './en-runs.ts';
import { spelledBodies } from './en-spelled-bodies.ts';
import { leadingPlace, memberWords } from './en-place-titles.ts';

export { englishCompanies, englishOutlets } from './en-bodies.ts';
export { englishConsistency } from './en-consistency.ts';
export { sportsClubs } from './en-sports.ts';

/**
 * Names found in one English paragraph. `lowerWords` are the words the article writes in lower case
 * somewhere: a capitalised run holding one (`Data Management`) is guessed to be no person.
 */
export function detectEnglish(
  text: string,
  paragraph: number,
  lowerWords: ReadonlySet<string> = new Set(),
): DetectedName[] {
  const tokens = englishTokens(text);
  const found: DetectedName[] = [];
  const lower = (j: number) => tokens[j].text.toLowerCase();
  const known = (word: string) => knownPlaces.has(word) || countries.has(word) || gazetteerPlaces.has(word);
  const { gapOk, joins, partyLetter } = runJoins(text, tokens);
  // A headline written in capitals (`SMITHSONIAN CLOSES BOOK UNITS`): its long words are no acronyms.
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouted = letters.length >= 12 && isAllCaps(letters);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!isCapWord(t) || partyLetter(i)) {
      i++;
      continue;
    }
    // The state or city a member of a legislature stands for is a place (`R-Calif.`, `D-New York City`).
    const constituency = i > 0 && partyLetter(i - 1);
    // Extend the run: capitalised words, and small words between them when they join a name (see `joins`).
    let j = i;
    while (j + 1 < tokens.length && gapOk(j, j + 1)) {
      if (isCapWord(tokens[j + 1])) {
        j++;
        continue;
      }
      // `Kim In-so`, `Kang Young-hoon`: a short lower-case syllable after a hyphen inside a name, not a
      // compound's word (`London-based`, `Paris-born`).
      if (
        j > i &&
        text.slice(tokens[j].end, tokens[j + 1].start) === '-' &&
        /^\p{Ll}{2,4}$/u.test(tokens[j + 1].text) &&
        !compoundWords.has(tokens[j + 1].text)
      ) {
        j++;
        continue;
      }
      // Trailing digits (`Almaty 2023`), never digits between two names (`Duisburg 1 Luebeck`).
      if (/^\d+$/u.test(tokens[j + 1].text)) {
        if (!(j + 2 < tokens.length && gapOk(j + 1, j + 2) && isCapWord(tokens[j + 2]))) j++;
        break;
      }
      let k = j + 1;
      while (k < tokens.length && k - j <= 3 && connectors.has(lower(k)) && gapOk(k - 1, k)) k++;
      if (k === j + 1 || k >= tokens.length || !gapOk(k - 1, k) || !isCapWord(tokens[k]) || !joins(i, j, k)) break;
      j = k;
    }
    // Possessive `'s` is not part of the name.
    let start = i;
    // Drop leading stop words and titles (keeping the title as a clue).
    let titled =
      start > 0 && honorifics.has(lower(start - 1)) && /^\.?\s$/u.test(text.slice(tokens[start - 1].end, t.start));
    const orgRun = tokens.slice(i, j + 1).some((w) => orgWords.has(w.text.toLowerCase()));
    // Trailing small words, digits, `I` and months are no part of a name (`Czech Republic 6-3`, `Brazil Sept`).
    while (
      j > i &&
      (connectors.has(lower(j)) || /^\d+$/u.test(tokens[j].text) || tokens[j].text === 'I' || months.has(lower(j)))
    )
      j--;
    // Does a place's name start at token `k` (`Czech Republic President …`, `New Zealand`)?
    const placeRun = (k: number) => {
      let whole = lower(k);
      for (let m = k + 1; m <= j; m++) {
        whole += ` ${lower(m)}`;
        if (placeNames.has(whole) || gazetteerPlaces.has(whole)) return true;
      }
      return false;
    };
    while (
      start <= j &&
      ((stopWords.has(lower(start)) &&
        !placeRun(start) &&
        // `A. Dale`: an initial the run joined (see `gapOk`), not the article.
        !(tokens[start].text === 'A' && start < j && text.charAt(tokens[start].end) === '.')) ||
        /^\d+$/u.test(tokens[start].text) ||
        // A sentence's first word, a common one, before a known place (`Blaming Iraq …`; not `Torpedo Kazan`).
        (start === i &&
          j === i + 1 &&
          sentenceInitial(text, tokens[i].start) &&
          known(lower(j)) &&
          !known(lower(i)) &&
          (lowerWords.has(lower(i)) || /(?:ing|ed|ly)$/u.test(lower(i))) &&
          !givenNames.has(lower(i)) &&
          !orgWords.has(lower(i)) &&
          !compassWords.has(lower(i)) &&
          !placeRun(i)) ||
        honorifics.has(lower(start)) ||
        (connectors.has(lower(start)) &&
          !(foreignArticles.has(lower(start)) && j === start + 1) &&
          // `Van der Westhuizen`: a capitalised particle opening a run opens a surname.
          !(
            particles.has(lower(start)) &&
            start === i &&
            start < j &&
            isCapWord(tokens[start]) &&
            !isAllCaps(tokens[start].text)
          ) &&
          // `President Dos Santos`: a particle after a title opens the name.
          !(particles.has(lower(start)) && start > i && start < j && honorifics.has(lower(start - 1)))) ||
        (!orgRun &&
          !placeRun(start) &&
          (isNationality(lower(start)) || (demonyms.test(tokens[start].text) && !givenNames.has(lower(start))))))
    ) {
      if (honorifics.has(lower(start))) titled = true;
      // `President of Belarus`: a title followed by `of` names what the person heads, not the person.
      if (connectors.has(lower(start)) && !particles.has(lower(start)) && start > i && honorifics.has(lower(start - 1)))
        titled = false;
      start++;
    }
    while (j >= start && (connectors.has(lower(j)) || /^\d+$/u.test(tokens[j].text) || tokens[j].text === 'I')) j--;
    const place = (k: number): DetectedName => writtenName('place', paragraph, tokens[k].start, tokens[k].text, 'high');
    // `Belarus and Russia`: known places joined by connectors are places, each of its own.
    const run = tokens.slice(start, j + 1);
    if (
      run.length > 1 &&
      run.every((w) => known(w.text.toLowerCase()) || connectors.has(w.text.toLowerCase())) &&
      !run.every((w) => connectors.has(w.text.toLowerCase()))
    ) {
      for (let k = start; k <= j; k++) if (!connectors.has(lower(k))) found.push(place(k));
      i = j + 1;
      continue;
    }
    // `Belarus Alexander Lukashenko`: a known place before a name is a place of its own.
    if (
      j > start + 1 &&
      j <= start + 3 &&
      gazetteerPlaces.has(lower(start)) &&
      text.slice(tokens[start].end, tokens[start + 1].start) === ' ' &&
      givenNames.has(lower(start + 1)) &&
      !connectors.has(lower(start + 1)) &&
      !tokens
        .slice(start, j + 1)
        .some((w) => orgWords.has(w.text.toLowerCase()) || connectors.has(w.text.toLowerCase()))
    ) {
      found.push(place(start));
      start++;
      titled = true;
    }
    if (start > j) {
      i = Math.max(i + 1, j + 1);
      continue;
    }
    const words = tokens.slice(start, j + 1).map((w) => w.text);
    const lowered = words.map((w) => w.toLowerCase());
    const from = tokens[start].start;
    const end = tokens[j].end;
    const written = text.slice(from, end);
    // The paragraph after the name and before it, which the cues below read.
    const textAfter = text.slice(end);
    const textBefore = text.slice(0, from);
    /** Short, opening with no given name, and no word of it a place, a nationality or a thing: a firm's name can be. */
    const mayNameEmployer = () =>
      words.length <= 4 &&
      !givenNames.has(lowered[0]) &&
      !lowered.some((w) => known(w) || isNationality(w) || thingWords.has(w));
    const single = start === j;
    const opensSentence = sentenceInitial(text, from) && start === i;
    const before = start > 0 ? lower(start - 1) : '';
    const push = (type: DetectedName['type'], from: number, to: number, confidence: DetectedName['confidence']) => {
      const normal = text.slice(tokens[from].start, tokens[to].end).replace(/[’']s$/u, '');
      const parts =
        type !== 'person'
          ? {}
          : to > from
            ? { given: tokens[from].text, surname: tokens[to].text }
            : { surname: normal };
      found.push({
        type,
        paragraph,
        start: tokens[from].start,
        end: tokens[to].end,
        text: text.slice(tokens[from].start, tokens[to].end),
        normal,
        key: nameKey(normal),
        language: 'en',
        confidence,
        ...parts,
      });
    };
    // `Parliament Speaker Berri`, `Security Council President Tono Eitel`: a title inside a run heads a
    // person's name; a body's name before it is a name of its own.
    const titleStart = lowered.findIndex((w, k) => k > 0 && honorifics.has(w));
    let title = titleStart;
    // `Director-General Mutawakel Taha`: the last word of a title of several.
    while (title > 0 && title + 1 < lowered.length && honorifics.has(lowered[title + 1])) title++;
    if (
      title > 0 &&
      title < words.length - 1 &&
      words.length - title - 1 <= 4 &&
      !lowered
        .slice(title + 1)
        .some(
          (w) =>
            honorifics.has(w) ||
            orgWords.has(w) ||
            thingWords.has(w) ||
            (connectors.has(w) && !particles.has(w)) ||
            known(w),
        )
    ) {
      const body = lowered.slice(0, titleStart);
      if (
        body.some((w) => orgWords.has(w)) &&
        !(body.length === 1 && orgWords.has(body[0]) && !legislatures.has(body[0]))
      )
        push('organization', start, start + titleStart - 1, 'high');
      else if (body.every((w) => known(w)) || gazetteerPlaces.has(body.join(' ')))
        push('place', start, start + titleStart - 1, 'high');
      // `Hong Kong Financial Secretary Donald Tsang`: a place, then the post's other words.
      else if (leadingPlace(body) > 0) push('place', start, start + leadingPlace(body) - 1, 'high');
      // `EU Farm Commissioner Franz Fischler`, `NATO Secretary-General …`: a body the lists know, or an
      // acronym, opening the words before the title is that body.
      else if (bodyAcronym(words[0])) push('organization', start, start, 'high');
      // `Cofinec CEO Stephen Frater`: an unknown name before a title is the body the person works for.
      else if (
        body.length <= 3 &&
        // `Democratic President Clinton`, `Socialist leader …`: a party's adjective is no body's name.
        !(body.length === 1 && /(?:ic|ist|ese)$/u.test(body[0])) &&
        honorifics.has(lowered[titleStart]) &&
        roleCue.test(` ${lowered[titleStart]} ${words[title + 1]}`) &&
        !body.some(
          (w) =>
            known(w) ||
            isNationality(w) ||
            givenNames.has(w) ||
            lowerWords.has(w) ||
            thingWords.has(w) ||
            honorifics.has(w) ||
            demonyms.test(w) ||
            nationAdjective(w),
        )
      )
        push('organization', start, start + titleStart - 1, 'high');
      push('person', start + title + 1, j, 'high');
      i = j + 1;
      continue;
    }
    // `a California Democrat`, `Pennsylvania Gov.`, `Israel PM Peres`: a place before a party's member or a
    // post is a place of its own; a name after the post is the person.
    const placeLength = leadingPlace(lowered.map((w) => w.replaceAll('.', '')));
    if (placeLength > 0 && placeLength < words.length && memberWords.has(lowered[placeLength].replace(/\.$/u, ''))) {
      push('place', start, start + placeLength - 1, 'high');
      const rest = words.length - placeLength - 1;
      if (rest >= 1 && rest <= 3) push('person', start + placeLength + 1, j, 'high');
      i = j + 1;
      continue;
    }
    // `Hi-Tech Park Kirill Zalessky`: two or three plain words after an organization's last head word are a
    // person of that organization, not part of its name.
    let head = -1;
    lowered.forEach((w, k) => {
      if (orgWords.has(w)) head = k;
    });
    const after = lowered.slice(head + 1);
    if (
      head > 0 &&
      after.length >= 2 &&
      after.length <= 3 &&
      // `Sun Metal Works Sdn Bhd`: a legal form ends the body's name.
      !companyEnds.has(after[after.length - 1]) &&
      after.every(
        (w, k) =>
          !known(w) &&
          !connectors.has(w) &&
          !thingWords.has(w) &&
          !isNationality(w) &&
          !lowerWords.has(w) &&
          !isAllCaps(words[head + 1 + k]),
      )
    ) {
      push('organization', start, start + head, 'high');
      push('person', start + head + 1, j, 'low');
      i = j + 1;
      continue;
    }
    // A lower-case word for a company right before the name (`pawnshop chain Pegadaian`, `finance firm …`).
    const described =
      start > 0 &&
      companyDescriptors.has(before) &&
      // `the aircraft carrier Enterprise` is a ship.
      !(before === 'carrier' && start > 1 && lower(start - 2) === 'aircraft') &&
      !(givenNames.has(lower(start)) && start < j) &&
      /^[ \u00A0]$/u.test(text.slice(tokens[start - 1].end, from));
    // A dateline: `JAKARTA, April 16 (Reuters) -`, `OSLO, Norway (AP) _`, `VATICAN CITY (AP) _`, `LITTLE
    // ROCK, Ark. - `.
    const dateline =
      start === 0 &&
      isAllCaps(written) &&
      (/^,\s+(?:\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d)/u.test(textAfter) ||
        /^,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s+[-–—]\s/u.test(textAfter) ||
        /^(?:,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?\s+\((?:AP|Reuters|AFP|UPI|dpa|Xinhua|Bernama)\)/u.test(
          textAfter,
        ));
    const compassPlace =
      words.length === 2 && compassWords.has(lowered[0]) && known(lowered[1]) && !orgWords.has(lowered[1]);
    // A name inside a compound word is no mention of its own (`London-based`, `Moscow-backed`, `pre-Castro`).
    if (/^-\p{Ll}/u.test(textAfter) || /\p{Ll}-$/u.test(textBefore)) {
      i = j + 1;
      continue;
    }
    let type: DetectedName['type'] | undefined;
    let confidence: DetectedName['confidence'] = 'low';
    let normal = written;
    const joined = lowered.join(' ');
    const next = j + 1 < tokens.length && /^[ \u00A0]$/u.test(text.slice(end, tokens[j + 1].start)) ? lower(j + 1) : '';
    // A dotted abbreviation (`U.S.`) is read without its dots and written with the last one.
    const plain = single && words[0].includes('.') ? words[0].replaceAll('.', '') : words[0];
    if (single && plain !== words[0]) normal = `${written}.`;
    // A run that fills a pair of quotes is a title of a work (`"Sleeping Bread"`), unless a list knows it.
    const quoted = /["“'‘]$/u.test(textBefore) && /^["”'’](?!s)/u.test(textAfter);
    // A dotted legal form is read without its dots (`Cofinec S.A.`, `Philips N.V.`).
    const lastWord = lowered[lowered.length - 1].replaceAll('.', '');
    // `B&N`, `AT&T`: capitals joined by `&` name a company; `R&D`, `M&A` are terms.
    const ampersand = !single && written.includes('&');
    if (ampersand) {
      // `Merrill Lynch & Co.`: with a legal form, a company for sure.
      if (!/^(?:R&D|M&A|Q&A)$/u.test(written))
        [type, confidence] = ['organization', companyEnds.has(lastWord) ? 'high' : 'low'];
    } else if (
      single &&
      stateAbbreviations.has(plain.toLowerCase()) &&
      text.charAt(end) === '.' &&
      (constituency || /,[ \u00A0]$/u.test(textBefore))
    ) {
      // `Oakland, Calif.`, `Beach, N.D.`, `R-Calif.`: a state of the USA after a city or a party's letter.
      [type, confidence] = ['place', 'high'];
      normal = `${written.replace(/\.$/u, '')}.`;
    } else if (constituency && words.length <= 3) {
      // `R-Buffalo`, `D-New York City`: the place a member of a legislature stands for.
      [type, confidence] = ['place', 'high'];
    } else if (
      placeNames.has(joined) ||
      (!single && gazetteerPlaces.has(joined)) ||
      compassPlace ||
      dateline ||
      (!single && !titled && placeShape(written, words, textBefore, textAfter))
    ) {
      [type, confidence] = ['place', 'high'];
    } else if (words.length === 2 && lowered[0] === 'air' && known(lowered[1])) {
      // `Air France`, `Air India`: an airline named by its country.
      [type, confidence] = ['organization', 'high'];
    } else if (teamNickname(written)) {
      // `Seattle Mariners`, `Kansas City Royals`: a city and a plural nickname name its team.
      [type, confidence] = ['organization', 'high'];
    } else if (
      !single &&
      lowered.some((_, a) =>
        lowered.some((__, b) => b > a && knownOrganizations.has(lowered.slice(a, b + 1).join(' '))),
      )
    ) {
      // `Amnesty International`, `North Korean Red Cross`: a run holding a body the lists know.
      [type, confidence] = ['organization', 'high'];
    } else if (!single && companyEnds.has(lastWord) && !placeWords.has(lastWord)) {
      [type, confidence] = ['organization', 'high'];
    } else if (
      single &&
      (agencies.has(lowered[0]) ||
        knownOrganizations.has(plain.toLowerCase()) ||
        companySuffix.test(words[0]) ||
        (camelCase.test(words[0]) && !titled))
    ) {
      [type, confidence] = ['organization', 'high'];
    } else if (
      !single &&
      !titled &&
      words.length <= 3 &&
      words.some((w, k) => camelCase.test(w) && (k > 0 || /^\p{Lu}\p{Ll}{1,2}\p{Lu}/u.test(w)))
    ) {
      // `Thomson BankWatch`, `SoCal Edison`: a word with a capital inside names a company.
      [type, confidence] = ['organization', 'high'];
    } else if (
      !titled &&
      resultsCue.test(textAfter) &&
      !lowered.some(
        (w) =>
          known(w) ||
          isNationality(w) ||
          lowerWords.has(w) ||
          thingWords.has(w) ||
          orgWords.has(w) ||
          stopWords.has(w) ||
          w === 'net',
      )
    ) {
      // `Arthur Yates year net A$ 6.1 mln`, `Liu Chong Hing interim net up 2.7 pct`: a company's results.
      [type, confidence] = ['organization', 'high'];
    } else if (
      (described ||
        (before === 'of' && start > 1 && securities.test(lower(start - 2)) && !givenNames.has(lowered[0]))) &&
      !lowered.some((w) => known(w))
    ) {
      // `pawnshop chain Pegadaian`, `shares of Comelf`.
      [type, confidence] = ['organization', 'high'];
    } else if (!single && placeWords.has(lastWord) && !lowered.some((w) => orgWords.has(w))) {
      type = 'place';
    } else if (!titled && !gazetteerNations.has(joined) && (before === 'v' || /^\sv\s\p{Lu}/u.test(textAfter))) {
      // `Ipswich v Oxford`: the two sides of a fixture (a country's side is the country).
      type = 'organization';
    } else if (
      single &&
      before === 'the' &&
      sportsRole.test(textAfter) &&
      !gazetteerNations.has(lowered[0]) &&
      !countries.has(lowered[0]) &&
      !isNationality(lowered[0]) &&
      !givenNames.has(lowered[0])
    ) {
      // `the Ajax defender`, `the Leeds striker`: a club's player.
      [type, confidence] = ['organization', 'high'];
    } else if (
      single &&
      tokens[start - 1]?.text === 'The' &&
      !sentenceInitial(text, tokens[start - 1].start) &&
      newspaperWords.has(lowered[0])
    ) {
      // `at The Sun and The Times`: a capital `The` inside a sentence opens a newspaper's title.
      [type, confidence] = ['organization', 'high'];
    } else if (!single && clubEnds.has(lastWord)) {
      // `Manchester United`, `Blackburn Rovers`, `Tottenham Hotspur`.
      [type, confidence] = ['organization', 'high'];
    } else if (single && known(plain.toLowerCase())) {
      [type, confidence] = ['place', 'high'];
      if (isAllCaps(words[0]) && !words[0].includes('.')) normal = words[0].charAt(0) + words[0].slice(1).toLowerCase();
    } else if (single && isAllCaps(plain)) {
      const word = plain.toLowerCase();
      if (commonAcronyms.has(plain) || termAcronyms.has(word)) type = undefined;
      else if (countryAcronyms.has(plain) || placeAcronyms.has(word)) [type, confidence] = ['place', 'high'];
      // A shouted word is no acronym (`NOTE -`, `STOCKS`, `FEATURE`), nor is a long word of a headline in capitals.
      else if (
        plain.length >= 4 &&
        (lowerWords.has(word) || stopWords.has(word) || thingWords.has(word) || shouted) &&
        !knownOrganizations.has(word)
      )
        type = undefined;
      // `RM120,000`, `US$5.2`: capitals before an amount are its currency.
      else if (/^[,.]?\d/u.test(textAfter) || /^\p{Lu}+\d/u.test(words[0])) type = undefined;
      else type = 'organization';
    } else if (latinEventWords.test(written.replace(/\s+\d+$/u, ''))) {
      type = undefined;
    } else if (
      single &&
      orgWords.has(lowered[0]) &&
      !seats.has(lowered[0]) &&
      (!legislatures.has(lowered[0]) ||
        // `the House`, `House Speaker Gingrich`: the chamber; `House prices` opening a sentence is no name.
        (lowered[0] === 'house' && before !== 'the' && !houseCue.test(next)))
    ) {
      // A head word alone is a common noun written with a capital (`Police said`, `the Government`).
      type = undefined;
    } else if (seats.has(joined) && /(?:^|\s)(?:in|at|inside|outside|near)\s+(?:the\s+)?$/iu.test(textBefore)) {
      // `in the Kremlin`, `at the White House`: the building; elsewhere the power that sits there.
      [type, confidence] = ['place', 'high'];
    } else if (lowered.some((w) => orgWords.has(w)) || seats.has(joined)) {
      [type, confidence] = ['organization', single ? 'low' : 'high'];
    } else if (lowered.every((w) => known(w))) {
      [type, confidence] = ['place', 'high'];
    } else if (quoted && !single) {
      type = undefined;
    } else if (
      !titled &&
      (single ? !known(lowered[0]) : !givenNames.has(lowered[0])) &&
      ((orgCues.test(textAfter) && !(opensSentence && single && lowerWords.has(lowered[0]))) ||
        appositiveOrg.test(textAfter) ||
        (itsCue.test(textAfter) && !givenNames.has(lowered[0])) ||
        (marketCue.test(textAfter) && !givenNames.has(lowered[0])) ||
        (/^[ \u00A0]+(?:guerrillas?|rebels|militia|militiamen|gunmen|fighters)(?![\p{L}])/u.test(textAfter) &&
          !lowered.some((w) => isNationality(w) || demonyms.test(w) || nationAdjective(w) || lowerWords.has(w))) ||
        mediaCues.test(textAfter) ||
        // `Peter Roe, at Paribas in London`: a person's employer after a comma.
        (/^,[ \u00A0]+(?:at|of|with)[ \u00A0]+$/u.test(text.slice(found[found.length - 1]?.end ?? from, from)) &&
          found[found.length - 1]?.type === 'person' &&
          found[found.length - 1]?.given !== undefined &&
          mayNameEmployer()) ||
        (namedCue.test(textBefore) && words.length <= 4 && !lowered.some((w) => known(w))) ||
        (employerCue.test(textBefore) && mayNameEmployer()) ||
        (roleCue.test(textAfter) &&
          !lowered.some(
            (w) =>
              isNationality(w) ||
              demonyms.test(w) ||
              nationAdjective(w) ||
              thingWords.has(w) ||
              known(w) ||
              lowerWords.has(w),
          )))
    ) {
      [type, confidence] = ['organization', 'high'];
    } else if (!single && placePrefixes.has(lowered[0]) && !titled) {
      // `Monte Carlo`, `Port Moresby`, `Lake Placid`: a place's first word.
      type = 'place';
    } else if (
      !titled &&
      words.length <= 3 &&
      !givenNames.has(lowered[0]) &&
      !lowered.some((w) => lowerWords.has(w) || thingWords.has(w) || isNationality(w) || adjectival.test(w)) &&
      (placeBefore(textAfter) ||
        (single &&
          placeNounAfter.test(textAfter) &&
          // `Himalayan region`, `Armed police`: an adjective or a verb's form before the noun.
          !/(?:ian|ean|ese|ish|yan|ed|ing)$/u.test(lowered[0]) &&
          !demonyms.test(words[0]) &&
          !nationAdjective(lowered[0])))
    ) {
      // `over Lockerbie, Scotland`, `Wuxi, Jiangsu province`, `the Afula bus station`, `Zadar police said`.
      type = 'place';
    } else if (titled && words.length <= 4 && !lowered.some((w) => thingWords.has(w) || isNationality(w))) {
      [type, confidence] = ['person', 'high'];
    } else if (
      (words.length <= 2 || !/\s/u.test(written)) &&
      !opensSentence &&
      ((placeCues.has(before) && !givenNames.has(lowered[0])) ||
        // `the suburb of Preston`: after `of` even a word that is a given name too.
        (before === 'of' && start > 1 && placeCues.has(lower(start - 2)) && (single || !givenNames.has(lowered[0]))))
    ) {
      // `the town of Urus-Martan`, `the village of Novye Atagi`.
      type = 'place';
    } else if (
      words.length === 2 &&
      gazetteerCities.has(lowered[1]) &&
      !known(lowered[0]) &&
      !givenNames.has(lowered[0]) &&
      !thingWords.has(lowered[0]) &&
      !compassWords.has(lowered[0]) &&
      !isNationality(lowered[0])
    ) {
      // `Dynamo Moscow`, `Ajax Amsterdam`: a word before a city is a club's name.
      type = 'organization';
    } else if (!single && demonymOf.test(joined)) {
      // `Sri Lankan`, `Costa Rican`: a country's adjective in two words.
      type = undefined;
    } else if (
      words.length >= 2 &&
      words.length <= 3 &&
      foreignArticles.has(lowered[0]) &&
      text.charAt(tokens[start].end) === ' '
    ) {
      type = 'organization';
    } else if (
      !givenNames.has(lowered[0]) &&
      before !== 'and' &&
      /^\s(?:win|lose|draw|meet|face|host|trail)\s(?:\d|\p{Lu}|the\s)/u.test(textAfter)
    ) {
      // `Dynamo Batumi win 9-0 on aggregate`, `Rapid meet Ajax`: a side takes a plural verb, a player does not.
      type = 'organization';
    } else if (!/\s/u.test(written) && placePrepositions.has(before) && !opensSentence) {
      type = 'place';
    } else if (
      !single &&
      words.length <= 4 &&
      !lowered.some(
        (w, k) =>
          (connectors.has(w) && !particles.has(w)) ||
          thingWords.has(w) ||
          honorifics.has(w) ||
          isNationality(w) ||
          (known(w) && !(k === words.length - 1 && givenNames.has(lowered[0]))),
      ) &&
      // Not a title or a thing after `the` or a year (`the Dow Jones`, `the 1993 BellSouth Classic`); a
      // number with a comma or bracket between is a score's (`207 (A. Dale 69, H. Morris 69`).
      (givenNames.has(lowered[0]) ||
        (before !== 'the' && !(/^\d+$/u.test(before) && /^[ \u00A0]$/u.test(text.slice(tokens[start - 1].end, from)))))
    ) {
      if (namedAfter.has(next))
        // `Ben Gurion airport`, `Victor Babes hospital`: a place named after a person.
        [type, confidence] = ['place', 'high'];
      else if (
        givenNames.has(lowered[0]) ||
        (/^\p{Lu}(?:\.\p{Lu}){0,2}$/u.test(words[0]) && text.charAt(tokens[start].end) === '.')
      )
        [type, confidence] = ['person', 'high'];
      // A guess needs every word to be a name: no common word, no acronym (`Data Management`, `SBC Warburg`).
      // Nor an adjective's ending on its first word (`Revolutionary Workers`, `Sexual Exploitation`).
      else if (
        !lowered.some((w, k) => (lowerWords.has(w) && !particles.has(w)) || isAllCaps(words[k]) || /\d/u.test(w)) &&
        !adjectival.test(lowered[0])
      )
        // After `in`, `at`, `near` an unknown name is a place more often than a person (`in Veliko Tarnovo`).
        type =
          /^(?:in|at|near)$/u.test(before) && !opensSentence
            ? 'place'
            : placeHeads.has(next)
              ? 'place'
              : bodyHeads.has(next)
                ? 'organization'
                : 'person';
    } else if (
      (single || !lowered.some((w) => thingWords.has(w) || isNationality(w) || connectors.has(w))) &&
      words.length <= 3 &&
      // `Onarheim, 29, told`, `Duran, who …`, `said Parnevik.`
      (/^,\s\d{1,2},/u.test(textAfter) ||
        // (`Ajax, who have …` is a team: the plural verb)
        /^,\s(?:who\s(?!have|are|were)|whose\s)/u.test(textAfter) ||
        (speechVerbs.has(before) && !opensSentence && /^(?:[.,]|$)/u.test(textAfter)))
    ) {
      type = 'person';
    } else if (
      single &&
      givenNames.has(lowered[0]) &&
      ((!opensSentence && !placePrepositions.has(before)) ||
        // `Sarah was Brady's second wife.`: a given name opening a sentence before a verb, never a common word here.
        (opensSentence && !lowerWords.has(lowered[0]) && sentenceVerb.test(textAfter)))
    ) {
      // A given name alone inside a sentence (`we have found Nicole`, `told Monica`).
      type = 'person';
    } else if (
      single &&
      speechVerbs.has(next) &&
      !isNationality(lowered[0]) &&
      !thingWords.has(lowered[0]) &&
      !(opensSentence && /s$/u.test(lowered[0]))
    ) {
      type = 'person';
    }
    // `U.S. Open`, `Kenya Open`: a country before a tournament's name is part of that name.
    if (type === 'place' && eventAfter.test(textAfter)) type = undefined;
    // `the ferry Trident Seven`, `the aircraft carrier Carl Vinson`: a ship's name.
    if (
      type === 'person' &&
      (vesselWords.has(before) || (before === 'carrier' && start > 1 && lower(start - 2) === 'aircraft'))
    )
      type = undefined;
    if (type) {
      normal = normal.replace(/[’']s$/u, '');
      const parts =
        type === 'person' && words.length >= 2
          ? { given: words[0], surname: words[words.length - 1] }
          : type === 'person'
            ? { surname: words[0] }
            : {};
      found.push({
        type,
        paragraph,
        start: from,
        end,
        text: written,
        normal,
        key: nameKey(normal),
        language: 'en',
        confidence,
        ...parts,
      });
    }
    i = j + 1;
  }
  return spelledBodies(
    text,
    paragraph,
    englishAliases(text, listedPlaces(text, paragraph, listedBodies(text, paragraph, found))),
  );
}
