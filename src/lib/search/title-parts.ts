/**
 * The English title of a search result. Search indexes each page once, in its Russian-interface copy,
 * whose title Pagefind takes from the `<h1>`; the English result list needs the page's English title
 * instead, with each part in its language (an entity's English name; an article's title as published,
 * its romanization and translation: src/lib/views/display-title.ts). The page stores those parts as
 * JSON in a Pagefind meta field, {@link TITLE_PARTS_META}; the result list reads them back here.
 */
import type { TaggedText, TitleParts } from '../views/display-title.ts';

/** The Pagefind meta field that holds a page's title parts for the English interface. */
export const TITLE_PARTS_META = 'title_parts_en';

const isTagged = (value: unknown): value is TaggedText =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as TaggedText).text === 'string' &&
  typeof (value as TaggedText).lang === 'string';

/** One part of a stored title: its text, language and which part it is. */
export type StoredPart = TaggedText & { part: keyof TitleParts };

/**
 * The title parts stored in a result's meta, in reading order; `undefined` when the field is missing
 * or not what a page writes (an index built by an older version): the caller shows Pagefind's title.
 */
export function readTitleParts(value: string | undefined): StoredPart[] | undefined {
  if (!value) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const stored = parsed as Record<string, unknown>;
  if (!isTagged(stored.original)) return undefined;
  return (['original', 'romanized', 'translated'] as const).flatMap((part) => {
    const tagged = stored[part];
    return isTagged(tagged) ? [{ text: tagged.text, lang: tagged.lang, part }] : [];
  });
}
