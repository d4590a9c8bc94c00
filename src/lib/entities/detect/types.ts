/**
 * What name detection finds: a person, organization or place named in a paragraph, with the name in
 * its dictionary form and a spelling-independent key, so that every form and script of one name groups
 * together (`Носкова`, `Носков`; `Лукашэнка`, `Лукашенко`, `Lukashenka`).
 */

/** The sorts of names detection looks for. */
export type NameType = 'person' | 'organization' | 'place';

/** The language a paragraph is read in. */
export type TextLanguage = 'ru' | 'be' | 'en';

/** One name found in a paragraph. */
export interface DetectedName {
  /** Person, organization or place. */
  type: NameType;
  /** 1-based paragraph number. */
  paragraph: number;
  /** UTF-16 offset of the first character within the paragraph. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** The name as written. */
  text: string;
  /** The dictionary form (`Михаилом Мишустиным` → `Михаил Мишустин`, `в Минске` → `Минск`). */
  normal: string;
  /** Transliteration key of the normal form (see `name-key.ts`): equal for every spelling of one name. */
  key: string;
  /** Language of the paragraph. */
  language: TextLanguage;
  /**
   * `high`: a full personal name (given name or initials with a surname), an organization named by its
   * head noun or in quotes after a descriptor, a dictionary place name. `low`: everything else (a bare
   * surname, an acronym, a capitalised run whose sort is guessed).
   */
  confidence: 'high' | 'low';
  /** For people: parts of the name in the dictionary form, when known. */
  given?: string;
  surname?: string;
  patronymic?: string;
  /** For people: the gender the word forms show, when they show one. */
  gender?: 'male' | 'female';
}

/** A paragraph as detection sees it: its text and what the capture reader made of it. */
export interface DetectionParagraph {
  text: string;
  /**
   * The reader's classification. Names are never taken from `caption` (photo captions and credits),
   * nor from `boilerplate` or `credit`, whatever other kinds the reader may add.
   */
  kind?: string;
}
