import { precisionOf, type PublicationDate } from '../../metadata/schema.ts';
import { htmlDates } from './html.ts';
import { localDay } from './local-day.ts';
import { headerDates } from './text.ts';
import { dateFromUrl } from './url.ts';

export { datesInLine, headerDates } from './text.ts';
export { htmlDates, parseStatedDate } from './html.ts';
export { dateFromUrl } from './url.ts';

/** A publication date found in a capture, shaped as the sidecar's `date` (the note always says where). */
export type FoundDate = PublicationDate & { note: string };

/** What a capture offers to date it. */
export interface DateClues {
  /** The capture's text (for HTML, leave it out: the page's own markup is read). */
  text?: string;
  /** A saved page, parsed. */
  document?: Document;
  /** The headline, when known: the date printed next to it is the article's. */
  title?: string;
  /** For a text: the 1-based line of the headline the reader chose, and of the article's first paragraph. */
  headlineLine?: number;
  leadLine?: number;
  /** The article's address (from the page's tags or the capture's footer). */
  url?: string;
  /** `en` reads "04/12/2021" month first; every other language day first. */
  language?: string;
  /** A saved page's languages (ISO 639-1, declared and guessed): dates in words other than Russian, Belarusian and English are read in these. */
  languages?: readonly string[];
  /** Overrides what `language` says of "04/12/2021": false reads it month first (American English). */
  dayFirst?: boolean;
}

const quote = (text: string) => `«${text.length > 100 ? `${text.slice(0, 99)}…` : text}»`;

/**
 * Finds when the article was published, only where a page states it: the saved page's metadata and the
 * date printed by its headline; the lines of a text's header and its dateline; and, failing those, the
 * date in the article's address (then `inferred`). A date the body mentions is never taken, an update's
 * date is never taken for the publication, and a dateline with no year gets one only from the address.
 * Returns undefined when nothing states a date: a date is never made up.
 */
export function findPublicationDate(clues: DateClues): FoundDate | undefined {
  const stated = (value: string, note: string): FoundDate => ({
    value,
    precision: precisionOf(value),
    evidence: 'stated',
    note,
  });
  const fromUrl = clues.url ? dateFromUrl(clues.url) : undefined;
  if (clues.document) {
    const dates = htmlDates(clues.document, clues.title, clues.languages);
    const address = fromUrl && { ...fromUrl, where: `адрес статьи ${clues.url}` };
    const best = localDay(dates, address);
    if (best && best === address) {
      return {
        value: best.value,
        precision: precisionOf(best.value),
        evidence: 'inferred',
        note: `Дата взята из адреса статьи ${clues.url} (${best.raw}): страница указывает время публикации только по UTC (${quote(dates[0]!.raw)}), а это соседний день.`,
      };
    }
    if (best) {
      const utc = best !== dates[0] ? ` (время по UTC ${quote(dates[0]!.raw)} приходится на соседний день)` : '';
      return stated(best.value, `Дата указана на сохранённой странице: ${best.where} ${quote(best.raw)}${utc}.`);
    }
  }
  let yearless: { value: string; raw: string; line: number } | undefined;
  if (clues.text !== undefined) {
    const { title, headlineLine, leadLine } = clues;
    const dates = headerDates(clues.text, {
      ...(title && { title }),
      ...(headlineLine && { headlineLine }),
      ...(leadLine && { leadLine }),
      dayFirst: clues.dayFirst ?? clues.language !== 'en',
    }).filter((d) => d.role !== 'updated');
    // The article's own header (by its headline and lead) first, nearest the headline first; the lines above the body's longest prose after.
    const near = dates.filter((d) => d.hasYear && d.nearHeadline).sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0));
    const far = dates.filter((d) => d.hasYear && !d.nearHeadline);
    const best = [near, far].map((ds) => ds.find((d) => d.role === 'published') ?? ds[0]).find(Boolean);
    if (best) {
      return stated(
        best.value,
        `Дата указана в ${best.dateline ? 'начале первого абзаца' : best.nearHeadline ? 'шапке статьи (у заголовка)' : 'шапке'} захвата, строка ${best.line}: ${quote(best.text)}.`,
      );
    }
    const first = dates.find((d) => !d.hasYear);
    if (first) yearless = { value: first.value, raw: first.raw, line: first.line };
  }
  if (fromUrl && yearless && fromUrl.value.slice(5, 7) === yearless.value.slice(0, 2)) {
    const value = `${fromUrl.value.slice(0, 4)}-${yearless.value}`;
    return {
      value,
      precision: 'day',
      evidence: 'inferred',
      note: `День и месяц указаны в захвате (строка ${yearless.line}: ${quote(yearless.raw)}), год взят из адреса статьи (${fromUrl.raw}).`,
    };
  }
  if (fromUrl) {
    return {
      value: fromUrl.value,
      precision: precisionOf(fromUrl.value),
      evidence: 'inferred',
      note: `Дата выведена из адреса статьи ${clues.url} (${fromUrl.raw}): в самом захвате дата публикации не найдена.`,
    };
  }
  return undefined;
}
