import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCapture, DecodeError, isUtf8, type DecodedText } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Decodes, or returns the DecodeError; any other exception fails the property. */
function attempt(bytes: Uint8Array): DecodedText | DecodeError {
  try {
    return decodeCapture(bytes);
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
}

/** Text a capture may hold: any code point but the C0 controls other than tab/LF/CR/FF, U+FFFD and a leading BOM. */
const captureText = fc
  .string({
    unit: fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      fc.constantFrom('\n', '\r\n', '\r', ' ', 'ё', 'Ў', '«', '—'),
    ),
    minLength: 1,
    maxLength: 300,
  })
  .filter(
    (s) =>
      !/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/u.test(s) &&
      !s.startsWith('\ufeff') &&
      s.trim().length > 0,
  );

const lf = (s: string) => s.replace(/\r\n?/gu, '\n');

describe('decodeCapture on any input', () => {
  it('returns text or a DecodeError for any bytes, never another exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const result = attempt(bytes);
        if (result instanceof DecodeError) {
          expect(result.message.length).toBeGreaterThan(0);
          expect(result.fix.length).toBeGreaterThan(0);
        } else {
          expect(result.text).not.toMatch(/\r/u);
          expect(result.text.trim().length).toBeGreaterThan(0);
          expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'windows-1252']).toContain(result.encoding);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('returns text or a DecodeError for byte soups built from BOMs, zeros, Cyrillic and line ends', () => {
    const pieces = fc.constantFrom(
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
      [0],
      [0x04],
      [0xd0, 0xb0],
      [0xe0],
      [0xc0, 0xff],
      [0x0d, 0x0a],
      [0x0d],
      [0x20],
      [0x41],
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 400 }), (parts) => {
        attempt(Uint8Array.from(parts.flat()));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any UTF-8 text exactly (line endings made LF)', () => {
    fc.assert(
      fc.property(captureText, (text) => {
        const decoded = decodeCapture(utf8(text));
        expect(decoded.text).toBe(lf(text));
        expect(decoded.encoding).toBe('utf-8');
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back any text saved as UTF-16 with a BOM, either byte order', () => {
    fc.assert(
      fc.property(captureText, fc.constantFrom('utf-16le', 'utf-16be'), (text, encoding) => {
        const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
        const decoded = decodeCapture(Uint8Array.from([...bom, ...iconv.encode(text, encoding)]));
        expect(decoded).toMatchObject({ text: lf(text), encoding, bom: true });
      }),
      { numRuns: 500 },
    );
  });

  // Two ambiguities are inherent, not bugs: Windows-1251 bytes that are also valid UTF-8 are read as UTF-8,
  // and a text starting with "юя", "яю" or "п»ї" starts with the bytes of a byte-order mark, which wins.
  it('reads back Russian and Belarusian text saved as Windows-1251 (when the bytes are neither UTF-8 nor start like a BOM)', () => {
    const letters = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіІўЎ«»—–';
    const words = fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 12 });
    const text = fc
      .array(fc.tuple(words, fc.constantFrom(' ', ', ', '. ', '\n', '\r\n', ' 2019 ')), { minLength: 1, maxLength: 40 })
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (original) => {
        const bytes = iconv.encode(original, 'windows-1251');
        fc.pre(!isUtf8(bytes) && !/^(?:юя|яю|п»ї)/u.test(original));
        expect(decodeCapture(bytes)).toMatchObject({ text: lf(original), encoding: 'windows-1251' });
      }),
      { numRuns: 500 },
    );
  });

  // Its time is measured by `npm run bench:hot-paths`.
  it('decodes 8 MB of arbitrary bytes', () => {
    const bytes = new Uint8Array(8 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    attempt(bytes);
    attempt(utf8('Абзац текста. '.repeat(300_000)));
  });
});
