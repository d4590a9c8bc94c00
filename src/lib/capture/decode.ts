import iconv from 'iconv-lite';
import { findControlCharacter } from '../text/control.ts';

import type { Encoding, LineEndings } from './schema.ts';

/** A capture's bytes turned into text, with a record of what was done to them. */
export interface DecodedText {
  /** The text, BOM removed, line endings normalised to LF. */
  text: string;
  /** The encoding the bytes were in. */
  encoding: Encoding;
  /** Whether the bytes started with a byte-order mark. */
  bom: boolean;
  /** The line endings the bytes used. */
  lineEndings: LineEndings;
  /**
   * Set when the bytes were neither UTF-8 nor UTF-16 and the two 8-bit readings (Windows-1251, Windows-1252)
   * could not be told apart with confidence: what was chosen and why it may be wrong.
   */
  uncertain?: string;
}

/** Why a capture cannot be read as text. */
export class DecodeError extends Error {
  /** What the editor should do about it. */
  readonly fix: string;
  /** 1-based line of the decoded text at fault, where there is one. */
  readonly line?: number;
  constructor(message: string, fix: string, line?: number) {
    super(message);
    this.name = 'DecodeError';
    this.fix = fix;
    if (line !== undefined) this.line = line;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether the bytes are well-formed UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Share of C0 control characters (other than tab, LF, CR, FF) above which text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;

function detectBom(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a BOM: most code units of Latin or Cyrillic text have one zero byte on the same side. */
function sniffUtf16(bytes: Uint8Array): Encoding | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  let cyrillicHigh = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
    if (bytes[i] === 0x04 || bytes[i + 1] === 0x04) cyrillicHigh++;
  }
  const units = bytes.length / 2;
  if ((oddZero + cyrillicHigh) / units > 0.6 && evenZero / units < 0.1) return 'utf-16le';
  if ((evenZero + cyrillicHigh) / units > 0.6 && oddZero / units < 0.1) return 'utf-16be';
  return undefined;
}

/** Whether bytes that are not UTF-8 read as plausible Russian or Belarusian text in Windows-1251. */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let letters = 0;
  let high = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    high++;
    // А–я, Ё/ё, Ў/ў, І/і and the typographic quotes and dashes of 1251.
    if (byte >= 0xc0 || [0xa8, 0xb8, 0xa1, 0xa2, 0xb2, 0xb3, 0xab, 0xbb, 0x96, 0x97, 0x85, 0xa0].includes(byte))
      letters++;
  }
  return high > 0 && letters / high > 0.9;
}

/** Bytes that are Latin-1 letters or typographic punctuation in Windows-1252 (accented letters, quotes, dashes, NBSP …). */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  let plausible = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    high++;
    if (
      byte >= 0xc0 ||
      [
        0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xa0, 0xa3, 0xa7, 0xa9, 0xab, 0xae, 0xb0, 0xb7, 0xbb,
        0x8a, 0x8e, 0x9a, 0x9e, 0x9f,
      ].includes(byte)
    )
      plausible++;
  }
  return high > 0 && plausible / high > 0.9;
}

const cyrillicLetter = /\p{Script=Cyrillic}/u;
const latinLetter = /\p{Script=Latin}/u;
const asciiLetter = /[A-Za-z]/u;

/**
 * How much a decoding reads like real words: for each word with a non-ASCII letter, +1 when it is written
 * the way words of its script are, −1 when it is not. Windows-1251 misread Latin-1 text as "cafй" (a word
 * of two scripts); Windows-1252 misreads Cyrillic as "Ïðåìüåð" (a long word of accented letters only).
 */
export function wordShapeScore(text: string, encoding: 'windows-1251' | 'windows-1252'): number {
  let score = 0;
  // A word is what lies between spaces and punctuation: "à×à" (Cyrillic "аЧа" misread) is one word with a sign inside.
  for (const token of text.match(/[^\s\p{P}]+/gu) ?? []) {
    if (/^[\x00-\x7f]+$/u.test(token)) continue;
    if (/\p{L}[^\p{L}\p{N}]+\p{L}/u.test(token)) {
      score -= 1;
      continue;
    }
    const word = token.match(/\p{L}+/u)?.[0];
    if (!word || /^[A-Za-z]+$/u.test(word)) continue;
    const letters = [...word];
    const cyr = letters.filter((c) => cyrillicLetter.test(c)).length;
    const ascii = letters.filter((c) => asciiLetter.test(c)).length;
    if (encoding === 'windows-1251') score += cyr === letters.length ? 1 : -1;
    else {
      const latin = letters.filter((c) => latinLetter.test(c)).length;
      const accented = latin - ascii;
      score += latin === letters.length && (letters.length <= 2 || accented * 2 <= letters.length) ? 1 : -1;
    }
  }
  return score;
}

/**
 * Reads 8-bit bytes as Windows-1251 or Windows-1252 by what each reading looks like ({@link wordShapeScore}),
 * not by a default; a tie goes to Windows-1251. Undefined when neither reading looks like text.
 */
function decodeEightBit(
  bytes: Uint8Array,
): { encoding: 'windows-1251' | 'windows-1252'; raw: string; uncertain?: string } | undefined {
  const candidates = (['windows-1251', 'windows-1252'] as const)
    .filter((encoding) => (encoding === 'windows-1251' ? looksLikeWindows1251(bytes) : looksLikeWindows1252(bytes)))
    .map((encoding) => {
      const raw = iconv.decode(Buffer.from(bytes), encoding);
      return { encoding, raw, score: wordShapeScore(raw, encoding) };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = candidates;
  if (!best) return undefined;
  if (second && best.score - second.score < 2) {
    return {
      encoding: best.encoding,
      raw: best.raw,
      uncertain: `read as ${best.encoding}, but ${second.encoding} fits the text almost as well`,
    };
  }
  return { encoding: best.encoding, raw: best.raw };
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0xfffd) control++;
  }
  return control / text.length;
}

function lineEndingsOf(text: string): LineEndings {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf && 'crlf', cr && 'cr', lf && 'lf'].filter(Boolean) as Array<'crlf' | 'cr' | 'lf'>;
  if (kinds.length === 0) return 'none';
  return kinds.length === 1 ? kinds[0]! : 'mixed';
}

/**
 * C1 control characters (U+0080–U+009F) in decoded text are Windows-1252 punctuation that once went through a
 * Latin-1 decoder (`„` saved as U+0084, `—` as U+0097): they become those characters, as ftfy's
 * `fix_c1_controls` does. The five codes Windows-1252 leaves undefined stay, and are refused as control characters.
 */
function windows1252Punctuation(text: string): string {
  return text.replace(/[\u0080-\u009F]/gu, (c) => {
    const mapped = iconv.decode(Buffer.from([c.charCodeAt(0)]), 'windows-1252');
    return mapped === '\uFFFD' ? c : mapped;
  });
}

/**
 * Decodes a capture's bytes: UTF-8 (with or without BOM), UTF-16 (LE/BE, with BOM or sniffed), and
 * Windows-1251 or Windows-1252 (Latin-1) told apart by what the text then looks like; the BOM is stripped and CRLF/CR become LF.
 * Throws {@link DecodeError} for empty, whitespace-only or binary input, and for a control character in a
 * text capture (`markup`: the bytes are a saved page's source, where only the extracted text is checked).
 */
export function decodeCapture(bytes: Uint8Array, { markup = false }: { markup?: boolean } = {}): DecodedText {
  if (bytes.length === 0) throw new DecodeError('the file is empty', 'add the article text, or delete the file');
  const bom = detectBom(bytes);
  let encoding: Encoding;
  let raw: string;
  let uncertain: string | undefined;
  if (bom) {
    encoding = bom.encoding;
    raw = iconv.decode(Buffer.from(bytes.subarray(bom.length)), encoding);
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      raw = iconv.decode(Buffer.from(bytes), utf16);
    } else {
      try {
        raw = strictUtf8.decode(bytes);
        encoding = 'utf-8';
      } catch {
        const eightBit = decodeEightBit(bytes);
        if (!eightBit) {
          throw new DecodeError(
            'the file is neither UTF-8, UTF-16, Windows-1251 nor Windows-1252 text (it looks like binary data)',
            'save the capture as UTF-8 text, or remove it if it is not an article',
          );
        }
        encoding = eightBit.encoding;
        raw = eightBit.raw;
        uncertain = eightBit.uncertain;
      }
    }
  }
  raw = windows1252Punctuation(raw);
  if (controlShare(raw) > MAX_CONTROL_SHARE) {
    throw new DecodeError(
      'the file contains binary data (control characters), not text',
      'save the capture as plain text (UTF-8), or remove it if it is not an article',
    );
  }
  if (raw.trim().length === 0) {
    throw new DecodeError('the file contains only whitespace', 'add the article text, or delete the file');
  }
  // In a saved page a control character in the markup (an attribute, a script) reaches no page: the text
  // extracted from it is checked instead (readCapture).
  const control = markup ? undefined : findControlCharacter(raw);
  if (control) {
    throw new DecodeError(
      `the control character ${control.code} on line ${control.line} is not text (it would go into the page and its <title> as it is)`,
      'save a clean copy of the capture without it and ingest that copy (npm run ingest) in place of this one',
      control.line,
    );
  }
  return {
    text: raw.replace(/\r\n?/g, '\n'),
    encoding,
    bom: Boolean(bom),
    lineEndings: lineEndingsOf(raw),
    ...(uncertain && { uncertain }),
  };
}
