/**
 * Text as the archive shows it in titles and names. Bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069, the marks U+200E, U+200F, U+061C) can make a title read backwards or hide a part of it,
 * and zero-width characters (U+200B–U+200D, U+2060, U+FEFF) make two titles look the same while being
 * different strings; neither carries meaning in the archive's languages (Russian, Belarusian, English).
 * They are removed from what is displayed; the capture's bytes are published untouched.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

/** `text` without bidirectional controls and zero-width characters (and nothing else changed). */
export function displayText(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** True when `text` holds a character {@link displayText} removes. */
export const hasInvisible = (text: string): boolean => new RegExp(INVISIBLE.source, 'u').test(text);
