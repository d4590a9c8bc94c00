/**
 * English name detection: runs of capitalised words (joined by `of`, `the`, `and`, `for` inside an
 * organization's name), typed by what surrounds them: an honorific or title before a run makes it a
 * person (`President Lukashenko`, `Mr Putin`), a head word inside it an organization (`Ministry of
 * Communications`, `Hi-Tech Park`), a known country or city, or a run after `in`/`from`/`to`, a place.
 * A run of two or three plain capitalised words is a person with low confidence.
 */
import { isAllCaps, tokenize } from '../tokenize.ts';
import { commonAcronyms, countryAcronyms, isCapWord, latinEventWords, sentenceInitial } from './common.ts';
import { nameKey } from './name-key.ts';
import type { DetectedName } from './types.ts';

const honorifics = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'president',
  'minister',
  'premier',
  'chancellor',
  'senator',
  'governor',
  'mayor',
  'ambassador',
  'chairman',
  'chairwoman',
  'director',
  'secretary',
  'king',
  'queen',
  'prince',
  'general',
  'professor',
  'prof',
  'ceo',
  'deputy',
  'spokesman',
  'spokeswoman',
  'judge',
  'commissioner',
  'lord',
  'lady',
  'pope',
  'patriarch',
  'rep',
  'sen',
  'gov',
]);

const orgWords = new Set([
  'ministry',
  'government',
  'council',
  'union',
  'committee',
  'commission',
  'agency',
  'bank',
  'party',
  'university',
  'institute',
  'association',
  'organization',
  'organisation',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'llc',
  'plc',
  'company',
  'group',
  'park',
  'fund',
  'foundation',
  'parliament',
  'assembly',
  'court',
  'service',
  'department',
  'office',
  'centre',
  'center',
  'academy',
  'authority',
  'bureau',
  'federation',
  'kremlin',
  'duma',
  'senate',
  'congress',
  'cabinet',
  'club',
  'times',
  'post',
  'news',
  'press',
  'agency',
  'technologies',
  'systems',
  'labs',
  'holding',
  'holdings',
  'media',
  'network',
  'alliance',
  'league',
  'nations',
  'board',
  'administration',
  'house',
  'school',
  'college',
  'exchange',
  'tv',
  'channel',
  'radio',
  'factory',
  'plant',
  'airlines',
  'motors',
  'council',
]);

/** Countries and cities the archive's field speaks of, and common ones. */
const knownPlaces = new Set([
  'belarus',
  'russia',
  'ukraine',
  'kazakhstan',
  'armenia',
  'kyrgyzstan',
  'uzbekistan',
  'tajikistan',
  'azerbaijan',
  'georgia',
  'moldova',
  'lithuania',
  'latvia',
  'estonia',
  'poland',
  'germany',
  'france',
  'china',
  'india',
  'japan',
  'korea',
  'america',
  'britain',
  'england',
  'europe',
  'asia',
  'africa',
  'turkey',
  'iran',
  'israel',
  'italy',
  'spain',
  'sweden',
  'finland',
  'norway',
  'canada',
  'brazil',
  'mexico',
  'minsk',
  'moscow',
  'kyiv',
  'kiev',
  'almaty',
  'astana',
  'yerevan',
  'bishkek',
  'tashkent',
  'vilnius',
  'riga',
  'warsaw',
  'berlin',
  'paris',
  'london',
  'washington',
  'beijing',
  'tokyo',
  'brest',
  'gomel',
  'grodno',
  'vitebsk',
  'mogilev',
  'homel',
  'hrodna',
  'mahilyow',
  'st',
  'petersburg',
  'siberia',
  'crimea',
  'donbas',
  'serbia',
  'hungary',
  'austria',
  'switzerland',
  'netherlands',
  'belgium',
  'czech',
  'singapore',
  'vietnam',
  'cuba',
  'syria',
  'dubai',
  'emirates',
  'arabia',
  'egypt',
  'new',
  'york',
  'california',
  'texas',
]);

const connectors = new Set(['of', 'the', 'and', 'for', 'de', 'von', 'van', 'al', 'bin']);
const placePrepositions = new Set(['in', 'from', 'to', 'near', 'across', 'throughout']);

/** Capitalised words that open sentences or name days and months, never names on their own. */
const stopWords = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'but',
  'and',
  'or',
  'if',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'as',
  'for',
  'with',
  'by',
  'from',
  'to',
  'after',
  'before',
  'when',
  'while',
  'according',
  'however',
  'also',
  'there',
  'here',
  'what',
  'who',
  'which',
  'where',
  'why',
  'how',
  'all',
  'some',
  'many',
  'most',
  'more',
  'no',
  'not',
  'yes',
  'so',
  'then',
  'now',
  'today',
  'yesterday',
  'tomorrow',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'photo',
  'read',
  'see',
  'more',
  'last',
  'next',
  'one',
  'two',
  'three',
  'first',
  'second',
  'new',
  'during',
  'since',
  'under',
  'over',
  'about',
  'both',
  'each',
  'every',
  'such',
  'other',
  'another',
  'despite',
  'although',
  'because',
  'unlike',
  'like',
  'speaking',
  'meanwhile',
  'earlier',
  'later',
]);

/** Adjectives of place and nationality: not names alone, but part of `Soviet Union`, `European Commission`. */
const demonyms =
  /^(?:western|eastern|northern|southern|russian|belarusian|english|european|american|chinese|soviet|ukrainian|german|french|british|polish|\p{L}+(?:ians?|ans|ese|ish))$/iu;

/** Names found in one English paragraph. */
export function detectEnglish(text: string, paragraph: number): DetectedName[] {
  const tokens = tokenize(text);
  const found: DetectedName[] = [];
  const lower = (j: number) => tokens[j].text.toLowerCase();
  const gapOk = (a: number, b: number) =>
    /^[ \u00A0-]$|^[ \u00A0]?&[ \u00A0]?$/u.test(text.slice(tokens[a].end, tokens[b].start)) ||
    (/^\.\s$/u.test(text.slice(tokens[a].end, tokens[b].start)) &&
      tokens[a].text.length === 1 &&
      isCapWord(tokens[a]) &&
      tokens[a].text !== 'A' &&
      tokens[a].text !== 'I');
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!isCapWord(t)) {
      i++;
      continue;
    }
    // Extend the run.
    let j = i;
    while (j + 1 < tokens.length && gapOk(j, j + 1)) {
      if (isCapWord(tokens[j + 1]) || /^\d+$/u.test(tokens[j + 1].text)) j++;
      else if (connectors.has(lower(j + 1)) && j + 2 < tokens.length && gapOk(j + 1, j + 2) && isCapWord(tokens[j + 2]))
        j += 2;
      else break;
    }
    // Possessive `'s` is not part of the name.
    let start = i;
    // Drop leading stop words and titles (keeping the title as a clue).
    let titled =
      start > 0 && honorifics.has(lower(start - 1)) && /^\.?\s$/u.test(text.slice(tokens[start - 1].end, t.start));
    const orgRun = tokens.slice(i, j + 1).some((w) => orgWords.has(w.text.toLowerCase()));
    while (
      start <= j &&
      (stopWords.has(lower(start)) ||
        honorifics.has(lower(start)) ||
        connectors.has(lower(start)) ||
        (!orgRun && demonyms.test(tokens[start].text)))
    ) {
      if (honorifics.has(lower(start))) titled = true;
      // `President of Belarus`: a title followed by `of` names what the person heads, not the person.
      if (connectors.has(lower(start)) && start > i && honorifics.has(lower(start - 1))) titled = false;
      start++;
    }
    while (j >= start && (connectors.has(lower(j)) || /^\d+$/u.test(tokens[j].text))) j--;
    const place = (k: number): DetectedName => ({
      type: 'place',
      paragraph,
      start: tokens[k].start,
      end: tokens[k].end,
      text: tokens[k].text,
      normal: tokens[k].text,
      key: nameKey(tokens[k].text),
      language: 'en',
      confidence: 'high',
    });
    // `Belarus and Russia`: known places joined by connectors are places, each of its own.
    const run = tokens.slice(start, j + 1);
    if (
      run.length > 1 &&
      run.every((w) => knownPlaces.has(w.text.toLowerCase()) || connectors.has(w.text.toLowerCase())) &&
      !run.every((w) => connectors.has(w.text.toLowerCase()))
    ) {
      for (let k = start; k <= j; k++) if (!connectors.has(lower(k))) found.push(place(k));
      i = j + 1;
      continue;
    }
    // `Belarus Alexander Lukashenko`: a known place before a name is a place of its own.
    if (
      j > start + 1 &&
      knownPlaces.has(lower(start)) &&
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
    const single = start === j;
    const opensSentence = sentenceInitial(text, from) && start === i;
    const before = start > 0 ? lower(start - 1) : '';
    let type: DetectedName['type'] | undefined;
    let confidence: DetectedName['confidence'] = 'low';
    let normal = written;
    if (single && knownPlaces.has(lowered[0])) {
      [type, confidence] = ['place', 'high'];
      normal = words[0].charAt(0) + words[0].slice(1).toLowerCase();
    } else if (single && isAllCaps(words[0])) {
      if (commonAcronyms.has(words[0])) type = undefined;
      else if (countryAcronyms.has(words[0])) [type, confidence] = ['place', 'high'];
      else type = 'organization';
    } else if (latinEventWords.test(written.replace(/\s+\d+$/u, ''))) {
      type = undefined;
    } else if (lowered.some((w) => orgWords.has(w))) {
      [type, confidence] = ['organization', single ? 'low' : 'high'];
    } else if (lowered.every((w) => knownPlaces.has(w))) {
      [type, confidence] = ['place', 'high'];
    } else if (titled) {
      [type, confidence] = ['person', 'high'];
    } else if (single && placePrepositions.has(before) && !opensSentence) {
      type = 'place';
    } else if (!single && words.length <= 4 && !lowered.some((w) => connectors.has(w))) {
      [type, confidence] = ['person', 'high'];
    } else if (single && !opensSentence) {
      type = 'person';
    }
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
  return found;
}
