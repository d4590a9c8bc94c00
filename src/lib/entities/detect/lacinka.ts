/**
 * Belarusian in Łacinka (`Śviatłana Cichanoŭskaja sustrełasia ŭ Minsku`): the paragraph is spelt in
 * Cyrillic letter by letter (`ŭ` → `ў`, `ia` after a consonant → `я`, `ł` → `л`, `l` → `ль`), read by the
 * Belarusian detector, and each name comes back at its Łacinka place, its normal form spelt in Łacinka
 * again (`Cichanoŭskuju` → `Cichanoŭskaja`) and its key taken from the Cyrillic form, so that
 * `Cichanoŭskaja` = `Ціханоўская` = `Tsikhanouskaya`.
 */
import type { Morphology } from '../morphology.ts';
import { detectBelarusian } from './be.ts';
import { nameKey } from './name-key.ts';
import type { DetectedName } from './types.ts';

/**
 * Is a Latin-script text Łacinka? `ŭ` is Łacinka's alone among the languages an archive of this field
 * meets; `ł` with `ć`, `ś`, `ź`, `ń`, `č`, `š` or `ž` is Łacinka when none of Polish's own letters (`ą`,
 * `ę`, `ó`, `ż`, `w`) is there.
 */
export function isLacinka(text: string): boolean {
  if (/[ŭŬ]/u.test(text)) return true;
  // Polish, Czech, Slovak, Croatian and Baltic letters Łacinka does not use.
  if (/[ąęóżwĄĘÓŻWěřůáéíýäôľĺŕđėįųūāēīģķļņĚŘŮÁÉÍÝĐ]/u.test(text)) return false;
  if (/[łŁ]/u.test(text)) {
    if (/[ćśźńčšžĆŚŹŃČŠŽ]/u.test(text)) return true;
    // `Zatrymany hramadski aktyvist Mikałaj`: `ł` with a `v` and no Polish digraph.
    return /v/iu.test(text) && !/sz|cz|rz/iu.test(text);
  }
  // `Praha «Našaj Nivy»`: `č`, `š`, `ž` or an acute with Belarusian endings or words (`-aj`, `-aha`, `heta`).
  return /[ćśźńčšžĆŚŹŃČŠŽ]/u.test(text) && lacinkaWords.test(text);
}

/** Belarusian endings and words spelt in Łacinka (`Našaj`, `novaha`, `jakija`, `hetaha`, `taksama`). */
const lacinkaWords =
  /(?:\p{L}{2}(?:aj|aha|ija|yja|ńnie|ńni|aŭ|oŭ)|(?<![\p{L}\p{N}])(?:heta\p{L}*|taksama|jaho|jany|jana|jon|pavodle|kab|ciapier|siońnia|što|ale))(?![\p{L}\p{N}])/iu;

const vowels = 'aeiouyŭ';
const plain: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  ć: 'ць',
  č: 'ч',
  d: 'д',
  f: 'ф',
  g: 'г',
  h: 'г',
  i: 'і',
  j: 'й',
  k: 'к',
  ł: 'л',
  m: 'м',
  n: 'н',
  ń: 'нь',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  ś: 'сь',
  š: 'ш',
  t: 'т',
  u: 'у',
  ŭ: 'ў',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'ы',
  z: 'з',
  ź: 'зь',
  ž: 'ж',
};
const iotated: Record<string, string> = { a: 'я', e: 'е', o: 'ё', u: 'ю' };

/**
 * The Cyrillic spelling of a Łacinka text, with, for each Cyrillic character, the offsets of the Łacinka
 * letters it comes from (`from[i]`, `to[i]`).
 */
export function lacinkaToCyrillic(text: string): { text: string; from: number[]; to: number[] } {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  const emit = (cyrillic: string, start: number, end: number, upper: boolean) => {
    const cased = upper ? cyrillic.charAt(0).toLocaleUpperCase('be') + cyrillic.slice(1) : cyrillic;
    for (const ch of cased) {
      out += ch;
      from.push(start);
      to.push(end);
    }
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const lower = ch.toLocaleLowerCase('be');
    const upper = ch !== lower;
    const next = (text[i + 1] ?? '').toLocaleLowerCase('be');
    const prev = i > 0 ? text[i - 1].toLocaleLowerCase('be') : '';
    const afterLetter = /\p{L}/u.test(prev);
    const afterVowel = !afterLetter || vowels.includes(prev) || prev === "'" || prev === '’';
    if (!/\p{Script=Latin}/u.test(ch)) {
      emit(ch, i, i + 1, false);
      i++;
    } else if (lower === 'd' && (next === 'z' || next === 'ź' || next === 'ž')) {
      emit(next === 'ž' ? 'дж' : next === 'ź' ? 'дзь' : 'дз', i, i + 2, upper);
      i += 2;
    } else if (lower === 'c' && next === 'h') {
      emit('х', i, i + 2, upper);
      i += 2;
    } else if (lower === 'j' && iotated[next] && afterVowel) {
      // `ja`, `je` opening a word or after a vowel: `я`, `е`.
      emit(iotated[next], i, i + 2, upper);
      i += 2;
    } else if (lower === 'i' && iotated[next] && afterLetter && !afterVowel) {
      // `ia`, `ie` after a consonant: the consonant is soft, `я`, `е`.
      emit(iotated[next], i, i + 2, upper);
      i += 2;
    } else if (lower === 'l') {
      // `l` is soft: `ля`, `ле`, `лі`, or `ль` before a consonant.
      if (iotated[next]) {
        emit(`л${iotated[next]}`, i, i + 2, upper);
        i += 2;
      } else {
        emit(next === 'i' ? 'л' : 'ль', i, i + 1, upper);
        i++;
      }
    } else if (lower === 'e') {
      emit('э', i, i + 1, upper);
      i++;
    } else {
      emit(plain[lower] ?? ch, i, i + 1, upper);
      i++;
    }
  }
  return { text: out, from, to };
}

const back: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  ж: 'ž',
  з: 'z',
  і: 'i',
  и: 'i',
  й: 'j',
  к: 'k',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'ŭ',
  ф: 'f',
  х: 'ch',
  ц: 'c',
  ч: 'č',
  ш: 'š',
  ы: 'y',
  э: 'e',
};
const softened: Record<string, string> = { с: 'ś', з: 'ź', н: 'ń', ц: 'ć', л: 'l' };
const iotatedBack: Record<string, string> = { я: 'a', е: 'e', ё: 'o', ю: 'u' };

/** The Łacinka spelling of a Cyrillic Belarusian word or name (`Ціханоўская` → `Cichanoŭskaja`). */
export function cyrillicToLacinka(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const lower = ch.toLocaleLowerCase('be');
    const upper = ch !== lower;
    const next = (text[i + 1] ?? '').toLocaleLowerCase('be');
    const prev = i > 0 ? text[i - 1].toLocaleLowerCase('be') : '';
    const cased = (latin: string) => (upper ? latin.charAt(0).toLocaleUpperCase('be') + latin.slice(1) : latin);
    if (lower === 'ь') continue;
    if (iotatedBack[lower]) {
      const vowel = iotatedBack[lower];
      const opening = prev === '' || /[аеёіоуыэюяў'’ь\s-]/u.test(prev) || !/\p{L}/u.test(prev);
      out += cased(opening && prev !== 'ь' ? `j${vowel}` : prev === 'л' ? vowel : `i${vowel}`);
      continue;
    }
    if (lower === 'д' && next === 'з') {
      const soft = text[i + 2]?.toLocaleLowerCase('be') === 'ь';
      out += cased(soft ? 'dź' : 'dz');
      i += 1;
      continue;
    }
    if (lower === 'д' && next === 'ж') {
      out += cased('dž');
      i += 1;
      continue;
    }
    if (softened[lower] && next === 'ь') {
      out += cased(softened[lower]);
      continue;
    }
    // `с`, `з` before a soft consonant are soft too (`вобласць` → `vobłaść`).
    if ((lower === 'с' || lower === 'з') && /^[цсзнл]ь/u.test(text.slice(i + 1, i + 3).toLocaleLowerCase('be'))) {
      out += cased(softened[lower]);
      continue;
    }
    if (lower === 'л') {
      out += cased(/[яеёюі]/u.test(next) ? 'l' : 'ł');
      continue;
    }
    const latin = back[lower];
    out += latin === undefined ? ch : cased(latin);
  }
  return out;
}

/** Names found in one Łacinka paragraph: read in Cyrillic, reported at their Łacinka offsets and in Łacinka. */
export function detectLacinka(text: string, paragraph: number, morphology?: Morphology): DetectedName[] {
  const cyrillic = lacinkaToCyrillic(text);
  return detectBelarusian(cyrillic.text, paragraph, morphology).map((name) => {
    const start = cyrillic.from[name.start];
    const end = cyrillic.to[name.end - 1];
    const written = text.slice(start, end);
    const normal = name.normal === name.text ? written : cyrillicToLacinka(name.normal);
    const latin = (value: string | undefined) => (value === undefined ? undefined : cyrillicToLacinka(value));
    return {
      ...name,
      start,
      end,
      text: written,
      normal,
      key: nameKey(name.normal),
      ...(name.given ? { given: latin(name.given) } : {}),
      ...(name.surname ? { surname: latin(name.surname) } : {}),
      ...(name.patronymic ? { patronymic: latin(name.patronymic) } : {}),
    };
  });
}
