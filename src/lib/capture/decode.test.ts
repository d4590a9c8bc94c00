import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCapture, DecodeError } from './decode.ts';

const text = 'Заголовок\n\nПервый абзац о сотрудничестве.\nВторая строка.';
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeCapture', () => {
  it('reads plain UTF-8', () => {
    expect(decodeCapture(utf8(text))).toEqual({ text, encoding: 'utf-8', bom: false, lineEndings: 'lf' });
  });

  it('strips a UTF-8 BOM and records it', () => {
    const decoded = decodeCapture(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(text)));
    expect(decoded).toMatchObject({ text, encoding: 'utf-8', bom: true });
  });

  it('turns CRLF and CR into LF and records the original line endings', () => {
    expect(decodeCapture(utf8(text.replace(/\n/g, '\r\n')))).toMatchObject({ text, lineEndings: 'crlf' });
    expect(decodeCapture(utf8(text.replace(/\n/g, '\r')))).toMatchObject({ text, lineEndings: 'cr' });
  });

  it('decodes UTF-16 with a BOM, little- and big-endian', () => {
    expect(decodeCapture(concat(Uint8Array.of(0xff, 0xfe), iconv.encode(text, 'utf-16le')))).toMatchObject({
      text,
      encoding: 'utf-16le',
      bom: true,
    });
    expect(decodeCapture(concat(Uint8Array.of(0xfe, 0xff), iconv.encode(text, 'utf-16be')))).toMatchObject({
      text,
      encoding: 'utf-16be',
      bom: true,
    });
  });

  it('recognises UTF-16 without a BOM', () => {
    expect(decodeCapture(iconv.encode(text, 'utf-16le'))).toMatchObject({ text, encoding: 'utf-16le', bom: false });
  });

  it('decodes Windows-1251 and says so', () => {
    expect(decodeCapture(iconv.encode(`${text} «кавычки» — тире`, 'windows-1251'))).toMatchObject({
      text: `${text} «кавычки» — тире`,
      encoding: 'windows-1251',
    });
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['whitespace only', utf8(' \n\t\n  \r\n'), /whitespace/],
    ['binary data', Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256), /binary/],
    [
      'a PNG header',
      concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), utf8('IHDR')),
      /binary/,
    ],
  ])('refuses %s with a fix', (_name, bytes, message) => {
    const error = (() => {
      try {
        decodeCapture(bytes);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).message).toMatch(message);
    expect((error as DecodeError).fix).not.toBe('');
  });
});

describe('C1 control characters', () => {
  it('reads them as the Windows-1252 punctuation they were, and refuses the codes Windows-1252 leaves undefined', () => {
    const text = (s: string) => decodeCapture(new TextEncoder().encode(s)).text;
    expect(text('Заголовок\n\n\u0084Цитата\u0093 \u0097 и всё.\n')).toBe('Заголовок\n\n„Цитата“ — и всё.\n');
    expect(() => text('Заголовок\n\nТекст \u0081 статьи.\n')).toThrow(/U\+0081 on line 3/u);
  });
});
