/**
 * What name detection finds: a person, organization or place named in a paragraph, with the name in
 * its dictionary form and a spelling-independent key, so that every form and script of one name groups
 * together (`Носкова`, `Носков`; `Лукашэнка`, `Лукашенко`, `Lukashenka`).
 */

import { z } from 'zod';

/** The sorts of names detection looks for. */
export const nameType = z.enum(['person', 'organization', 'place']);
export type NameType = z.infer<typeof nameType>;

/** The language a paragraph is read in. */
export const textLanguage = z.enum(['ru', 'be', 'en']);
export type TextLanguage = z.infer<typeof textLanguage>;

/** A UTF-16 offset within a paragraph's text. */
const offset = z.number().int().nonnegative();

/** One name found in a paragraph (kept per article in the enrichment cache, src/lib/archive/enrichment-cache.ts). */
export const detectedName = z.object({
  /** Person, organization or place. */
  type: nameType,
  /** 1-based paragraph number. */
  paragraph: z.number().int().positive(),
  /** UTF-16 offset of the first character within the paragraph. */
  start: offset,
  /** UTF-16 offset just past the last character. */
  end: offset,
  /** The name as written. */
  text: z.string(),
  /** The dictionary form (`Михаилом Мишустиным` → `Михаил Мишустин`, `в Минске` → `Минск`). */
  normal: z.string(),
  /** Transliteration key of the normal form (see `name-key.ts`): equal for every spelling of one name. */
  key: z.string(),
  /** Language of the paragraph. */
  language: textLanguage,
  /**
   * `high`: a full personal name (given name or initials with a surname), an organization named by its
   * head noun or in quotes after a descriptor, a dictionary place name. `low`: everything else (a bare
   * surname, an acronym, a capitalised run whose sort is guessed).
   */
  confidence: z.enum(['high', 'low']),
  /** For people: the given name in the dictionary form, when known. */
  given: z.string().optional(),
  /** For people: the surname in the dictionary form, when known. */
  surname: z.string().optional(),
  /** For people: the patronymic in the dictionary form, when known. */
  patronymic: z.string().optional(),
  /** For people: the gender the word forms show, when they show one. */
  gender: z.enum(['male', 'female']).optional(),
});
export type DetectedName = z.infer<typeof detectedName>;

/** A paragraph as detection sees it: its text and what the capture reader made of it. */
export interface DetectionParagraph {
  text: string;
  /**
   * The reader's classification. Names are never taken from `caption` (photo captions and credits),
   * nor from `boilerplate` or `credit`, whatever other kinds the reader may add.
   */
  kind?: string;
}
