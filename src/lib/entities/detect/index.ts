/**
 * Name detection over an article: each paragraph is read in its own language (`language.ts`) by the
 * Russian, Belarusian or English detector; captions, photo credits and boilerplate are never read.
 * Within one article a bare surname after a full name (`Сергей Румас … Румас сказал`) takes that
 * person's full normal form and high confidence, as an editor would read it; in Russian a lone descriptor
 * after an organization it named (`концерн «Фольксваген»` … `концерна`) is that organization
 * (`ru-coreference.ts`).
 */
import type { Morphology } from '../morphology.ts';
import { belarusianOrganizationForms, belarusianSurname, detectBelarusian } from './be.ts';
import { byPosition, escapeRegExp, likeWritten } from './common.ts';
import { detectEnglish, englishCompanies, englishConsistency, englishOutlets, sportsClubs } from './en.ts';
import { orgWords, speechVerbs, thingWords } from './en-lexicon.ts';
import { isLacinkaParagraph, paragraphLanguage } from './language.ts';
import { detectLacinka } from './lacinka.ts';
import { nameKey, wordKey } from './name-key.ts';
import { descriptorMentions } from './ru-coreference.ts';
import { placesOverSurnames } from './ru-place-mentions.ts';
import { detectRussian } from './ru.ts';
import type { DetectedName, DetectionParagraph, TextLanguage } from './types.ts';

export type { DetectedName, DetectionParagraph, NameType, TextLanguage } from './types.ts';
export { paragraphLanguage } from './language.ts';
export { nameKey, wordKey } from './name-key.ts';

/** Paragraph kinds whose text is not the article's own: never a source of names. */
const skippedKinds = new Set(['caption', 'boilerplate', 'credit']);

/**
 * A photo credit or caption line inside a paragraph (`Фото: TUT.BY`), also after a live blog's time stamp
 * (`21:24 Фото: Сергей Иванов`).
 */
const credit =
  /(?:^|[.!?]\s+|(?<![\p{L}\p{N}])\d{1,2}:\d{2}\s+)(?:фото|фота|photo|иллюстрация|источник|крыніца|source)\s*:/iu;

/**
 * Where a credit that starts at `at` ends: at the end of its sentence when a new sentence follows it in the
 * same paragraph (`Фото: AP. Глава МИД…`: the article goes on after the credit), else at the paragraph's end.
 * A full stop after a single letter is an initial (`Фото: С. Иванов`), not a sentence's end.
 */
function creditEnd(text: string, at: number): number {
  const end = /(?<=\p{L}{2}|\p{N})[.!?](?=\s+[«"„]?\p{Lu})/u.exec(text.slice(at));
  return end ? at + end.index + 1 : text.length;
}

/** Every name in the article's paragraphs (`paragraphs[0]` is paragraph 1), in text order. */
export function detectNames(
  paragraphs: readonly (DetectionParagraph | string)[],
  morphology: Morphology,
): DetectedName[] {
  const found: DetectedName[] = [];
  const read: Array<{ paragraph: number; text: string; language: TextLanguage }> = [];
  // The words the article writes in lower case: a capitalised run holding one is no person's name
  // (`Data Management`, `Football Confederation`; `en.ts`).
  const lowerWords = new Set<string>();
  for (const entry of paragraphs) {
    const text = typeof entry === 'string' ? entry : entry.text;
    for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}\p{M}]+(?![\p{L}\p{N}])/gu)) lowerWords.add(m[0]);
  }
  paragraphs.forEach((entry, index) => {
    const paragraph = typeof entry === 'string' ? { text: entry } : entry;
    if (paragraph.kind && skippedKinds.has(paragraph.kind)) return;
    let text = paragraph.text;
    for (let from = 0; ;) {
      const creditAt = text.slice(from).search(credit);
      if (creditAt < 0) break;
      const end = creditEnd(text, from + creditAt + 1);
      text = text.slice(0, from + creditAt) + ' '.repeat(end - from - creditAt) + text.slice(end);
      from = end;
    }
    const language = paragraphLanguage(text);
    const names =
      language === 'ru'
        ? detectRussian(text, index + 1, morphology)
        : language === 'be'
          ? (isLacinkaParagraph(text) ? detectLacinka : detectBelarusian)(text, index + 1, morphology)
          : detectEnglish(text, index + 1, lowerWords);
    found.push(...outsideLinks(names, text));
    read.push({ paragraph: index + 1, text, language });
  });
  const names = addOrganizations(
    addSurnames(
      personWords(
        sportsClubs(
          englishOutlets(
            englishConsistency(
              englishCompanies(belarusianOrganizationForms(found), read, lowerWords),
              read,
              lowerWords,
            ),
            read,
          ),
          read,
          lowerWords,
        ),
      ),
      read,
      morphology,
    ),
    read,
  );
  return resolveSurnames(
    placesOverSurnames(feminineGivens([...names, ...descriptorMentions(names, read, morphology)].sort(byPosition))),
  );
}

/**
 * A woman's given name in `-ия` the dictionary does not know reads as a man's in `-ий` (`Асии Биби` →
 * `Асий`) wherever nothing around it tells the woman (`ru-context.ts`); where the article names her as a
 * woman once (`христианку Асию Биби`), every mention of that given name and surname is hers.
 */
function feminineGivens(names: DetectedName[]): DetectedName[] {
  const women = new Map<string, DetectedName>();
  for (const n of names)
    if (n.type === 'person' && n.language === 'ru' && n.gender === 'female' && n.given?.endsWith('ия') && n.surname)
      women.set(`${wordKey(n.given)} ${wordKey(n.surname)}`, n);
  if (women.size === 0) return names;
  return names.map((n) => {
    if (n.type !== 'person' || n.gender === 'female' || !n.given?.endsWith('ий') || !n.surname) return n;
    const woman = women.get(`${wordKey(n.given.replace(/ий$/u, 'ия'))} ${wordKey(n.surname)}`);
    return woman ? { ...n, normal: woman.normal, key: woman.key, given: woman.given, gender: 'female' } : n;
  });
}

/**
 * Is this lone English name read as a person only by the verb of speech after it (`Barrick said`)? Such a
 * guess names this mention only: a company says things too.
 */
function beforeSpeechVerb(name: DetectedName, textOf: ReadonlyMap<number, string>): boolean {
  const text = textOf.get(name.paragraph) ?? '';
  const next = /^[ \u00A0]+(\p{Ll}+)/u.exec(text.slice(name.end))?.[1];
  return name.confidence === 'low' && next !== undefined && speechVerbs.has(next);
}

/** A web address written out in full (`https://…`, `www.…`) up to the next space. */
const link = /(?:https?:\/\/|www\.)[^\s\u00A0]+/giu;

/**
 * No name inside a written-out web address (`https://www.example.com/watch?v=Ab12Cd`): its domain and path
 * are an address, not a mention of the site's owner; a site named by its domain alone (`kommersant.ru`) stays.
 */
function outsideLinks(names: DetectedName[], text: string): DetectedName[] {
  const spans = [...text.matchAll(link)].map((m) => [m.index, m.index + m[0].length] as const);
  if (spans.length === 0) return names;
  return names.filter((n) => !spans.some(([start, end]) => n.start < end && start < n.end));
}

/**
 * A one-word place written exactly as a word of a person's full name in the same article is that name's
 * word used alone (`Ван Цзюнь` … `Ван сказал`): a person, not a place.
 */
function personWords(found: DetectedName[]): DetectedName[] {
  const words = new Set(
    found
      .filter((n) => n.type === 'person' && n.language === 'ru' && n.given && n.surname)
      .flatMap((n) => n.text.split(/[\s\u00A0]+/u))
      .filter((word) => /^\p{Lu}\p{Ll}/u.test(word)),
  );
  return found.map((n) =>
    n.type === 'place' && n.language === 'ru' && words.has(n.text) && !/[\s\u00A0-]/u.test(n.text)
      ? ({
          ...n,
          type: 'person',
          key: nameKey(n.text),
          normal: n.text,
          confidence: 'low',
          surname: n.text,
        } as DetectedName)
      : n,
  );
}

/** A word's stem for matching its other case forms: up to two final letters off a word of five or more. */
const stemOf = (word: string) => (word.length >= 5 ? word.slice(0, -2) : word.length >= 4 ? word.slice(0, -1) : word);

/**
 * An organization named with certainty once (`корреспондентом «Голоса Америки»`, `партия «Яблоко»`,
 * `Национального фронта`) is that organization wherever the article writes its name again, quoted or
 * not, in any case (`Голос Америки: …`, `Инициатива «Яблока»`), as long as the name starts with a
 * capital there too.
 */
function addOrganizations(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: TextLanguage }>,
): DetectedName[] {
  const named = new Map<string, DetectedName>();
  for (const name of found) {
    if (name.type !== 'organization' || name.confidence !== 'high') continue;
    // A quoted name inside a longer one is a name of its own (`Русской службе «Голоса Америки»` → `Голос Америки`).
    const inner = /«([^«»]+)»/u.exec(name.text)?.[1];
    const innerNormal = /«([^«»]+)»/u.exec(name.normal)?.[1];
    const forms: Array<[string, DetectedName]> = [[name.text, name]];
    if (inner && innerNormal && inner !== name.text)
      forms.push([inner, { ...name, normal: innerNormal, key: nameKey(innerNormal) }]);
    for (const [text, entry] of forms) {
      if (!/^\p{Lu}/u.test(text) || text.length < 4) continue;
      const words = text.split(/[\s\u00A0]+/u);
      if (words.length > 4) continue;
      // An English head word alone (`House Speaker …` → `the House`) is a name by its cue only (`House prices`).
      if (entry.language === 'en' && words.length === 1 && orgWords.has(text.toLowerCase())) continue;
      // English names do not inflect: written again exactly (`Foreign Ministry` is no `Foreign Minister`).
      const pattern = words
        .map((w, index) =>
          entry.language !== 'en' && (index === words.length - 1 || /^\p{Lu}/u.test(w))
            ? `${escapeRegExp(stemOf(w))}[а-яёіўa-z]{0,3}`
            : escapeRegExp(w),
        )
        .join('[ \\u00A0]+');
      if (!named.has(pattern)) named.set(pattern, entry);
    }
  }
  if (named.size === 0) return found;
  // One pass per paragraph: every name is an alternative with its own group.
  const names = [...named.values()];
  // Plain character classes only: a regular expression with \p{…} classes costs milliseconds to compile.
  const all = new RegExp(`(?:${[...named.keys()].map((pattern) => `(${pattern})`).join('|')})`, 'g');
  const extra: DetectedName[] = [];
  for (const { paragraph, text, language } of paragraphs) {
    for (const m of text.matchAll(all)) {
      {
        const name = names[m.slice(1).findIndex((group) => group !== undefined)];
        const start = m.index;
        const end = start + m[0].length;
        if (/[\p{L}\p{N}]/u.test(text.charAt(start - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
        // Names inside the match stay (`Америки` in `Голос Америки`); one that crosses its edges, or another organization, wins,
        // and so does an English name on the very same words (`Mr. Merrill` read as a person).
        const clash = (n: DetectedName) =>
          n.paragraph === paragraph &&
          n.start < end &&
          start < n.end &&
          (n.type === 'organization' ||
            n.start < start ||
            n.end > end ||
            (language === 'en' && n.start === start && n.end === end));
        if (found.some(clash) || extra.some(clash)) continue;
        extra.push({ ...name, paragraph, start, end, text: m[0], language });
      }
    }
  }
  return [...found, ...extra].sort(byPosition);
}

/**
 * A capitalised word opening a sentence may be anything, and a surname the dictionary reads as a common
 * word (`Кок`, `Кан`) is no name to it; but when the article names someone in full (`Alexander
 * Lukashenko`, `Наото Кан`), that surname alone, in any case, is that person wherever it stands
 * (`Lukashenko said …`, `Кан сообщил`, `Кана`).
 */
function addSurnames(
  found: DetectedName[],
  paragraphs: ReadonlyArray<{ paragraph: number; text: string; language: TextLanguage }>,
  morphology: Morphology,
): DetectedName[] {
  // In English a surname found alone after a title (`President Clinton`) counts too.
  const textOf = new Map(paragraphs.map((p) => [p.paragraph, p.text]));
  const surnames = new Set(
    found
      .filter(
        (n) =>
          n.type === 'person' &&
          n.surname &&
          n.surname.length >= 3 &&
          (n.given || (n.language === 'en' && !beforeSpeechVerb(n, textOf))),
      )
      .map((n) => n.surname!),
  );
  // A name read alone inside a sentence (`Согласно Марку`, `сказал Хоровитц`, `з Пуціным`) is that person when it opens one too.
  const alone = new Set(
    found
      .filter(
        (n) =>
          n.type === 'person' &&
          (n.language === 'ru' || n.language === 'be') &&
          !n.normal.includes(' ') &&
          n.normal.length >= 4,
      )
      .map((n) => n.normal),
  );
  // A word the article writes as a place after a preposition of place (`в Пакистане`, `из Лахора`) is that
  // place, not the surname of a foreign name misread in full (`Техрик-э-Лабайк Пакистан`).
  for (const n of found) {
    if (n.type !== 'place' || n.normal.includes(' ')) continue;
    const before = textOf.get(n.paragraph)?.slice(Math.max(0, n.start - 6), n.start) ?? '';
    if (/(?<![\p{L}\p{N}])(?:в|во|из|на|под|около|близ|до)[ \u00A0]$/iu.test(before)) surnames.delete(n.normal);
  }
  const fullSurnames = new Set(surnames);
  for (const name of alone) surnames.add(name);
  const replaced = new Set<DetectedName>();
  if (surnames.size === 0) return found;
  const inflections = /(?:ом|ем|ым|им|ой|ей|а|я|у|ю|е|і|ы)$/u;
  // The given name of someone named in full, alone and in any case (`Сергей Орлов` … `Сергею стало
  // плохо`), is that person too, also opening a sentence where no rule reads a lone given name; its case
  // forms come from the dictionary.
  const givens = new Map<string, string>();
  for (const n of found) {
    if (n.type !== 'person' || n.language !== 'ru' || !n.given || !n.surname || n.given.length < 4) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(n.given)) continue;
    const reading = morphology.parses(n.given).find((p) => p.tag.Name && p.tag.nomn);
    if (!reading) continue;
    for (const grammemes of [['gent'], ['datv'], ['accs'], ['ablt'], ['loct'], ['nomn']]) {
      const form = reading.inflect(grammemes) || undefined;
      if (form) givens.set(likeWritten(form.word, n.given), n.given);
    }
  }
  const adjectivalEnding = /(?:ого|его|ому|ему|ым|им)$/u;
  const extra: DetectedName[] = [];
  for (const { paragraph, text, language } of paragraphs) {
    for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      const word = m[0];
      const stem =
        language === 'be' ? belarusianSurname(word) : language === 'ru' ? word.replace(inflections, '') : word;
      // An adjectival surname in an oblique case (`Навального`, `Навальному` → `Навальный`).
      const adjectival =
        language === 'ru' && adjectivalEnding.test(word)
          ? ['ый', 'ий', 'ой']
              .map((ending) => word.replace(adjectivalEnding, ending))
              .find((form) => surnames.has(form))
          : undefined;
      const surname = surnames.has(word) ? word : surnames.has(stem) ? stem : adjectival;
      /** This one word as a person of the article, known by `normal`. */
      const lonePerson = (normal: string, parts: Pick<DetectedName, 'given' | 'surname' | 'gender'>): DetectedName => ({
        type: 'person',
        paragraph,
        start,
        end,
        text: word,
        normal,
        key: nameKey(normal),
        language,
        confidence: 'low',
        ...parts,
      });
      const overlapping = (n: DetectedName) => n.paragraph === paragraph && n.start < end && start < n.end;
      const givenName = language === 'ru' ? givens.get(word) : undefined;
      if (givenName && /^\p{Lu}\p{Ll}/u.test(word)) {
        if (found.some(overlapping)) continue;
        const given = found.find((n) => n.type === 'person' && n.given === givenName);
        extra.push(lonePerson(givenName, { given: givenName, gender: given?.gender }));
        continue;
      }
      if (!surname || !/^\p{Lu}/u.test(word)) continue;
      // An English name inside a compound word is no mention (`Bentsen-era`, `Graf-like`, `Tikhomirov-Maskhadov talks`).
      if (language === 'en' && (text.charAt(end) === '-' || text.charAt(start - 1) === '-')) continue;
      // Nor the first word of the name of a thing (`the Brady Law`, `the Davis Cup`).
      const nextWord = /^[ \u00A0](\p{Lu}\p{Ll}+)/u.exec(text.slice(end))?.[1];
      if (language === 'en' && nextWord && thingWords.has(nextWord.toLowerCase())) continue;
      // The surname of someone named in full wins over a one-word place or a guessed organization on the
      // same word (`Наото Кан` … `Кан сообщил`, not the town of Кан).
      const other = found.find(overlapping);
      if (other) {
        const yields =
          fullSurnames.has(surname) &&
          other.start === start &&
          other.end === end &&
          (other.type === 'place' || (other.type === 'organization' && other.confidence === 'low'));
        if (!yields) continue;
        replaced.add(other);
      }
      const given = found.find((n) => n.type === 'person' && n.normal === surname && n.given && !n.surname);
      extra.push(lonePerson(surname, given ? { given: surname, gender: given.gender } : { surname }));
    }
  }
  return [...found.filter((n) => !replaced.has(n)), ...extra].sort(byPosition);
}

/**
 * A bare surname after a full name with the same surname (same key) in the article becomes that person;
 * a given name alone (`без Егора`) becomes the one person of the article with that given name and a
 * surname, wherever that person is named in full.
 */
function resolveSurnames(names: DetectedName[]): DetectedName[] {
  const full = new Map<string, DetectedName>();
  const byGiven = new Map<string, DetectedName[]>();
  for (const name of names) {
    if (name.type !== 'person' || !name.given || !name.surname) continue;
    const people = byGiven.get(wordKey(name.given)) ?? [];
    if (!people.some((p) => p.key === name.key)) people.push(name);
    byGiven.set(wordKey(name.given), people);
  }
  return names.map((name) => {
    if (name.type === 'person' && name.given && !name.surname && !name.patronymic) {
      const people = byGiven.get(wordKey(name.given));
      if (people?.length !== 1) return name;
      const [person] = people;
      return {
        ...name,
        normal: person.normal,
        key: person.key,
        confidence: 'high',
        given: person.given,
        patronymic: person.patronymic,
        surname: person.surname,
        gender: person.gender,
      };
    }
    if (name.type !== 'person' || !name.surname) return name;
    const surnameKey = wordKey(name.surname);
    if (name.given || name.normal.includes('.')) {
      if (name.given) full.set(surnameKey, name);
      return name;
    }
    const person = full.get(surnameKey);
    if (!person) return name;
    return {
      ...name,
      normal: person.normal,
      key: nameKey(person.normal),
      confidence: 'high',
      given: person.given,
      patronymic: person.patronymic,
      surname: person.surname,
      gender: person.gender,
    };
  });
}
