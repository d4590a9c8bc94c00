import * as chrono from 'chrono-node';
import { isValidPartialDate } from '../../metadata/schema.ts';

/**
 * Dates printed in words of languages other than Russian, Belarusian and English (whose forms `text.ts`
 * reads itself), read with chrono-node's locale parsers: "martes 17 de marzo de 2020", "9 oktober 2020
 * 11:10", "2020年07月03日". Only a complete day counts — day, month and year all written on the page —
 * never one chrono completes from today ("15 de abril", "hier"). Languages chrono-node has no parser for
 * are read from a table of their month names ("20 septembrie 2020", "12 marca 2021").
 */

type Parse = (text: string) => chrono.ParsedResult[];

/** ISO 639-1 code → chrono-node's strict parser for it, which reads no "today" or "yesterday" (ru and en are read by `text.ts`, not here). */
const PARSERS: ReadonlyMap<string, Parse> = new Map<string, Parse>([
  ['ar', (text) => chrono.ar.strict.parse(text)],
  ['de', (text) => chrono.de.strict.parse(text)],
  ['es', (text) => chrono.es.strict.parse(text)],
  ['fi', (text) => chrono.fi.strict.parse(text)],
  ['fr', (text) => chrono.fr.strict.parse(text)],
  ['id', (text) => chrono.id.strict.parse(text)],
  ['it', (text) => chrono.it.strict.parse(text)],
  ['ja', (text) => chrono.ja.strict.parse(text)],
  ['nl', (text) => chrono.nl.strict.parse(text)],
  ['pt', (text) => chrono.pt.strict.parse(text)],
  ['sv', (text) => chrono.sv.strict.parse(text)],
  ['uk', (text) => chrono.uk.strict.parse(text)],
  ['vi', (text) => chrono.vi.strict.parse(text)],
  ['zh', (text) => chrono.zh.strict.parse(text)],
]);

/**
 * Month names (nominative, genitive and abbreviated forms, lower case) of languages chrono-node does not
 * read, for dates written day, month, year. Data: a form a page uses and this table lacks is added here.
 */
const MONTHS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  ro: [
    ['ianuarie', 'ian'],
    ['februarie', 'feb', 'febr'],
    ['martie', 'mar', 'mart'],
    ['aprilie', 'apr'],
    ['mai'],
    ['iunie', 'iun'],
    ['iulie', 'iul'],
    ['august', 'aug'],
    ['septembrie', 'sep', 'sept'],
    ['octombrie', 'oct'],
    ['noiembrie', 'noi', 'nov'],
    ['decembrie', 'dec'],
  ],
  pl: [
    ['stycznia', 'styczeń', 'sty'],
    ['lutego', 'luty', 'lut'],
    ['marca', 'marzec', 'mar'],
    ['kwietnia', 'kwiecień', 'kwi'],
    ['maja', 'maj'],
    ['czerwca', 'czerwiec', 'cze'],
    ['lipca', 'lipiec', 'lip'],
    ['sierpnia', 'sierpień', 'sie'],
    ['września', 'wrzesień', 'wrz'],
    ['października', 'październik', 'paź'],
    ['listopada', 'listopad', 'lis'],
    ['grudnia', 'grudzień', 'gru'],
  ],
  cs: [
    ['ledna', 'leden'],
    ['února', 'únor'],
    ['března', 'březen'],
    ['dubna', 'duben'],
    ['května', 'květen'],
    ['června', 'červen'],
    ['července', 'červenec'],
    ['srpna', 'srpen'],
    ['září'],
    ['října', 'říjen'],
    ['listopadu', 'listopad'],
    ['prosince', 'prosinec'],
  ],
  tr: [
    ['ocak', 'oca'],
    ['şubat', 'şub'],
    ['mart', 'mar'],
    ['nisan', 'nis'],
    ['mayıs', 'may'],
    ['haziran', 'haz'],
    ['temmuz', 'tem'],
    ['ağustos', 'ağu'],
    ['eylül', 'eyl'],
    ['ekim', 'eki'],
    ['kasım', 'kas'],
    ['aralık', 'ara'],
  ],
};

/** `20 septembrie 2020`, `12. marca 2021`, `5 Eyl. 2020` in a language of `MONTHS`: day, month word, year. */
const tableDate = (language: string) => {
  const words = MONTHS[language]!.flatMap((forms, i) => forms.map((w) => [w, i + 1] as const));
  const byWord = new Map(words);
  const alternation = [...byWord.keys()].sort((a, b) => b.length - a.length).join('|');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(\\d{1,2})\\.?\\s+(${alternation})\\.?\\s+((?:19|20)\\d{2})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return (text: string) =>
    [...text.matchAll(pattern)].map((m) => ({
      year: Number(m[3]),
      month: byWord.get(m[2]!.toLowerCase())!,
      day: Number(m[1]),
      written: m[0],
    }));
};
const TABLE_READERS: ReadonlyMap<
  string,
  (text: string) => Array<{ year: number; month: number; day: number; written: string }>
> = new Map(Object.keys(MONTHS).map((language) => [language, tableDate(language)]));

/**
 * Arabic pages of the Levant print both names of a month, the Syriac and the one from Latin: "24 نيسان /
 * أبريل 2020". The second is dropped so that day, month and year stand together.
 */
const ARABIC_MONTH_PAIR = /(?<=\p{Script=Arabic})\s*\/\s*\p{Script=Arabic}+(?=\s+\d)/gu;

/** Words that say the date beside them is when the article was changed, in the languages of `PARSERS`. */
const UPDATED_WORDS =
  /(?<![\p{L}\p{N}])(?:actualizad[oa]|actualización|modificad[oa]|atualizad[oa]|atualização|bijgewerkt|gewijzigd|aktualisiert|geändert|mis à jour|mise à jour|modifié|aggiornat[oa]|aggiornamento|modificat[oa]|uppdaterad|ändrad|päivitetty|muokattu|diperbarui|actualizat|actualizare|zaktualizowano|aktualizacja|aktualizováno|upraveno|güncellendi|güncelleme|cập nhật|оновлено|змінено|تحديث|آخر تحديث)|更新/iu;

/** The languages among `languages` (codes such as `es`, `es-MX`, `pt_BR`) whose dates this module reads, each once. */
export function readableLanguages(languages: readonly string[]): string[] {
  const codes = languages.map((l) => l.trim().slice(0, 2).toLowerCase());
  return [...new Set(codes)].filter((code) => PARSERS.has(code) || TABLE_READERS.has(code));
}

/** Whether `text` says its date is an update's, in one of the languages read here. */
export const isUpdateLine = (text: string): boolean => UPDATED_WORDS.test(text);

/** A complete day stated in a line. */
export interface CompleteDate {
  /** `YYYY-MM-DD`. */
  value: string;
  /** The words that state it, as written (`martes 17 de marzo de 2020`). */
  written: string;
}

/**
 * The complete days `text` states in words or digits of `languages`, in the order written. Codes this
 * module has no reader for are ignored.
 */
export function completeDatesIn(text: string, languages: readonly string[]): CompleteDate[] {
  const found: CompleteDate[] = [];
  const add = (year: number | null, month: number | null, day: number | null, written: string) => {
    const value = [year, month, day].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
    if (isValidPartialDate(value) && !found.some((f) => f.value === value)) found.push({ value, written });
  };
  for (const code of readableLanguages(languages)) {
    const table = TABLE_READERS.get(code);
    if (table) {
      for (const { year, month, day, written } of table(text)) add(year, month, day, written);
      continue;
    }
    for (const { start, text: written } of PARSERS.get(code)!(
      code === 'ar' ? text.replace(ARABIC_MONTH_PAIR, '') : text,
    )) {
      const year = start.get('year');
      // Stated, not worked out from today ("gisteren", "hier"): each part certain, and the year's digits written.
      if (
        (['year', 'month', 'day'] as const).every((c) => start.isCertain(c)) &&
        written.includes(String(year).slice(2))
      )
        add(year, start.get('month'), start.get('day'), written);
    }
  }
  return found;
}

/** Words beside a date in a line that is still a dateline ("Publicado el …", "Redactie, …, 11:10 Bron:"), not a sentence that mentions a day. */
const DATELINE_WORDS = 6;

/** Whether `text` is a dateline around `date` rather than a sentence mentioning it ("Der nächste Stammtisch findet am 5. Februar 2020 ab 19 Uhr statt."). */
export const isDateline = (text: string, date: CompleteDate): boolean =>
  text
    .replace(date.written, ' ')
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w)).length <= DATELINE_WORDS;
