/**
 * Input shared by every citation format in `src/lib/cite`.
 * The formatters are pure: they read a `CitationRecord` and return a string, nothing else.
 */

/** Languages an archived article can be written in. */
export type CitationLanguage = 'ru' | 'en' | 'be';

/** How much of a publication date is known. */
export type CitationDatePrecision = 'day' | 'month' | 'year';

/** A publication date together with how precisely and how surely it is known. */
export interface CitationDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything finer than `precision` is ignored. */
  value: string;
  /** How much of the date is known: to the day, the month or only the year. */
  precision: CitationDatePrecision;
  /**
   * `stated`: the outlet prints this date. `inferred`: the archive worked it out from clues.
   * Every format marks an inferred date as such (GOST `[2019?]`, APA `ca.`, EDTF `?`, CSL `circa`).
   */
  evidence: 'stated' | 'inferred';
}

/** Where the archive keeps its copy of the article. */
export interface CitationArchive {
  /** The archive's name as it should be cited, e.g. "Летопись" or "letopis". */
  name: string;
  /** Absolute URL of the archived copy (our permanent page for the article). */
  permalink: string;
  /** The day the copy was taken, `YYYY-MM-DD`, when known. */
  captured?: string | undefined;
  /** SHA-256 (hex) of the captured text, so a reader can check the copy is unchanged. */
  captureSha256: string;
}

/** Everything a formatter needs to cite one archived article. */
export interface CitationRecord {
  /** The article title as published, or the editor's description when `titleSupplied` is true (without brackets). */
  title: string;
  /**
   * True when the title was supplied by the archive's editor because the capture has none.
   * Formats show it the way cataloguers do: in square brackets, e.g. "[Лукашенко о сотрудничестве с Россией в IT-сфере]".
   */
  titleSupplied: boolean;
  /**
   * The editor's English translation of a title in another language (sidecar `titleEn`). APA gives it in
   * square brackets after the title; RIS as `TT` (translated title). The other formats have no field for it.
   */
  titleTranslated?: string | undefined;
  /**
   * Credited authors, one person or body per entry, in the order the outlet gives them; may be empty.
   * Persons may be written "Имя Фамилия", "Фамилия Имя Отчество", "Фамилия, Имя", "И. О. Фамилия" or "Фамилия И. О.";
   * a single word is treated as a corporate name and never inverted.
   */
  authors: string[];
  /** The outlet that published the article, as it names itself, e.g. "Российская газета", "Зеркало", "БелТА". */
  outlet?: string | undefined;
  /** The article's address at its source, when known. */
  sourceUrl?: string | undefined;
  /** When the article was published, with precision and evidence; leave out when unknown. */
  published?: CitationDate | undefined;
  /** Language of the article text; picks quotation marks and language tags. */
  language: CitationLanguage;
  /** The archived copy being cited. */
  archive: CitationArchive;
  /**
   * The access date to print ("дата обращения", `urldate`, `Y2`, `accessed`), `YYYY-MM-DD`; every format leaves it
   * out when it is absent (APA never prints one: an archived copy does not change). In the browser it is the
   * reader's today (src/client/cite.ts); as built, the day the copy was taken, when known (`citationRecord`).
   */
  accessed?: string | undefined;
  /** The capture id, e.g. "000_132f9a9ed851b9fb": CSL id and the basis of the BibTeX key. */
  id: string;
  /**
   * Set when one paragraph is cited (see `paragraphRecord`): its 1-based number, the locator every format prints
   * ("Абз. 2", "para. 2", `#p-2`). `archive.permalink` then already ends with `#p-N`.
   */
  paragraph?: number | undefined;
}

/** One paragraph of an archived article, as cited by "cite this paragraph". */
export interface CitedParagraph {
  /** 1-based paragraph number; the page anchors it as `#p-N`. */
  n: number;
  /** The paragraph text to quote. */
  text: string;
}

/** A page of the archive that is not an article (an entity or topic page), cited in short form. */
export interface CitedPage {
  /** The page's name, e.g. "Сергей Румас". */
  title: string;
  /** The archive and the page's permanent address. */
  archive: Pick<CitationArchive, 'name' | 'permalink'>;
  /** The access date to print, `YYYY-MM-DD`: the reader's today in the browser; left out as built (the page changes with the archive). */
  accessed?: string | undefined;
}
