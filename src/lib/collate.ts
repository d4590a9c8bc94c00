/**
 * The one way the archive orders text. `String#localeCompare` without a locale (and `Intl.Collator()`)
 * follows the build machine's LANG, so the same input gave other pages under `ru_RU.UTF-8` than under
 * `C.UTF-8` (Cyrillic before Latin or after it). Every sort of text in src/ and scripts/ goes through
 * {@link compareText} with an explicit locale; identifiers and paths use {@link ARCHIVE_LOCALE}.
 */

/** The locale of orderings that are not shown to a reader in one language (ids, paths, keys). */
export const ARCHIVE_LOCALE = 'en';

const collators = new Map<string, Intl.Collator>();

/**
 * A comparator of strings in `locale`'s collation (ICU data, not the machine's settings); ties that the
 * collation sees as equal ("e" and "é", "Ё" and "Е" at some strengths) are broken by code points, so the
 * order is total and the same everywhere.
 */
export function compareText(locale: string = ARCHIVE_LOCALE): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  const compare = collator.compare;
  return (a, b) => compare(a, b) || compareCodePoints(a, b);
}

/** Plain code-point order (what `Array#sort()` without a comparator does for strings), as a comparator. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
