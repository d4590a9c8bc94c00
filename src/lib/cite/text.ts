/** Small string helpers shared by the citation formats. */
import { CYRILLIC_ASCII } from '../text/cyrillic-ascii.ts';

/**
 * Collapses every run of whitespace (newlines and tabs included) to one space, drops control
 * characters and trims. Citation fields are single-line by nature, and RIS/BibTeX break on stray newlines.
 */
export function clean(value: string | undefined): string {
  if (value === undefined) return '';
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Text that already ends with a full stop, `?`, `!` or an ellipsis. A closing quote or bracket after them does not
 * count (Russian rule: «Кто виноват?». ; cataloguing: "[2019?]. – "), so the full stop is still added there.
 */
const sentenceEnd = /[.?!…]$/u;

/**
 * Appends `mark` (a full stop by default) unless the text already ends with one of `. ? ! …`,
 * as bibliographic rules prescribe: "Кто виноват? – Текст", never "Кто виноват?. – Текст".
 */
export function terminate(text: string, mark = '.'): string {
  if (text === '' || sentenceEnd.test(text)) return text;
  return text + mark;
}

/** True when the text already ends with `. ? ! …`. */
export function endsSentence(text: string): boolean {
  return sentenceEnd.test(text);
}

/** Wraps an editor-supplied title in square brackets (once), the cataloguers' sign for supplied information. */
export function bracketSupplied(title: string, supplied: boolean): string {
  if (!supplied) return title;
  if (/^\[.*\]$/su.test(title)) return title;
  return `[${title}]`;
}

/** The article title ready for display: cleaned, bracketed when supplied. */
export function displayTitle(record: { title: string; titleSupplied: boolean }): string {
  return bracketSupplied(clean(record.title), record.titleSupplied);
}

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => htmlEntities[ch] ?? ch);
}

/** The part of a capture id used in keys: the hash after the sequence number, shortened to 8 characters. */
export function shortCaptureId(id: string): string {
  const afterUnderscore = id.includes('_') ? id.slice(id.lastIndexOf('_') + 1) : id;
  const alnum = afterUnderscore.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (alnum.length > 0) return alnum.slice(0, 8);
  return fnv1a(id);
}

/** 32-bit FNV-1a hash of a string as 8 hex digits: a stable fallback when an id has no usable characters. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Lower-case ASCII letters and digits only: Cyrillic transliterated (a simple, stable scheme),
 * Latin diacritics stripped, everything else dropped. Used for citation keys.
 */
export function asciiSlug(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (const ch of lower) out += CYRILLIC_ASCII[ch] ?? ch;
  return out
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}
