import { describe, expect, it } from 'vitest';
import { checkSeeds, notACapture, parseSums, sha256Hex, type SeedEntry } from './seeds.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const named = (text: string, number = '005', ext = 'txt') => `${number}_${sha256Hex(bytes(text)).slice(0, 16)}.${ext}`;
const file = (name: string, text: string): SeedEntry => ({ name, kind: 'file', bytes: bytes(text) });
const sums = (...entries: Array<[string, string]>) =>
  file('SHA256SUMS', entries.map(([name, text]) => `${sha256Hex(bytes(text))}  ${name}\n`).join(''));
const messages = (entries: SeedEntry[], recorded?: Map<string, string>) =>
  checkSeeds({ dir: 'seeds', entries, ...(recorded && { recorded }) }).problems.map(
    (p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.message}`,
  );

describe('checking seeds/', () => {
  it('accepts captures named by their hash and listed in SHA256SUMS with the same hash', () => {
    const a = named('Заголовок\n\nТекст.\n');
    const b = named('<html><title>T</title></html>', '006', 'html');
    const result = checkSeeds({
      dir: 'seeds',
      entries: [
        file(a, 'Заголовок\n\nТекст.\n'),
        file(b, '<html><title>T</title></html>'),
        sums([a, 'Заголовок\n\nТекст.\n'], [b, '<html><title>T</title></html>']),
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.captures.map((c) => c.name)).toEqual([a, b]);
  });

  it('stops on an edited capture: its name, SHA256SUMS and the published record all disagree with the bytes', () => {
    const original = 'Заголовок\n\nТекст.\n';
    const name = named(original);
    const edited = file(name, 'Заголовок\n\nДругой текст.\n');
    expect(
      messages([edited, sums([name, original])], new Map([[name.replace('.txt', ''), sha256Hex(bytes(original))]])),
    ).toEqual([
      `seeds/${name} was published with sha256 ${sha256Hex(bytes(original))}, but its bytes now hash to ${sha256Hex(edited.bytes!)}: a published capture has been changed`,
      `seeds/${name} its name says its sha256 begins with ${name.slice(4, 20)}, but its bytes hash to ${sha256Hex(edited.bytes!)}`,
      `seeds/SHA256SUMS:1 says ${name} has sha256 ${sha256Hex(bytes(original))}, but its bytes hash to ${sha256Hex(edited.bytes!)}`,
    ]);
    expect(checkSeeds({ dir: 'seeds', entries: [edited] }).captures).toEqual([]);
  });

  it('accepts a capture named before the rule when the published record vouches for its bytes', () => {
    const entry = file('000_132f9a9ed851b9fb.txt', 'Текст\n');
    expect(messages([entry])).toEqual([
      expect.stringContaining('its name says its sha256 begins with 132f9a9ed851b9fb'),
    ]);
    expect(messages([entry], new Map([['000_132f9a9ed851b9fb', sha256Hex(entry.bytes!)]]))).toEqual([]);
  });

  it('refuses symbolic links, folders and every file that is not a capture, each with its fix, never silently', () => {
    const result = checkSeeds({
      dir: 'seeds',
      entries: [
        { name: '010_link.txt', kind: 'symlink' },
        { name: '011_folder.txt', kind: 'directory' },
        file('012_page.htm', '<p>x</p>'),
        file('013_notes.markdown', '# x'),
        file('014_noext', 'x'),
        file('.txt', 'x'),
        file('README', 'x'),
        file('notes.txt', 'x'),
        file('015_data.json', '{}'),
        { name: 'fifo', kind: 'other' },
      ],
    });
    expect(result.captures).toEqual([]);
    expect(result.problems.map((p) => [p.file, p.message.split(':')[0]])).toEqual([
      ['seeds/.txt', 'is not a capture'],
      ['seeds/010_link.txt', 'is a symbolic link'],
      ['seeds/011_folder.txt', 'is a folder'],
      ['seeds/012_page.htm', 'is not read as a capture'],
      ['seeds/013_notes.markdown', 'is not read as a capture'],
      ['seeds/014_noext', 'is not a capture'],
      ['seeds/015_data.json', 'is not a capture'],
      ['seeds/README', 'is not a capture'],
      ['seeds/fifo', 'is not a regular file'],
      ['seeds/notes.txt', 'is not named as a capture'],
    ]);
    expect(result.problems.find((p) => p.file === 'seeds/012_page.htm')!.fix).toContain('012_page.html');
    expect(result.problems.find((p) => p.file === 'seeds/013_notes.markdown')!.fix).toContain('013_notes.md');
    for (const p of result.problems) expect(p.fix.length).toBeGreaterThan(20);
  });

  it('reports a capture missing from SHA256SUMS, a line for a file that is gone, and a malformed line', () => {
    const a = named('A text\n');
    expect(
      messages([file(a, 'A text\n'), file('SHA256SUMS', `${'0'.repeat(64)}  999_gone.txt\nnot a line\n`)]),
    ).toEqual([
      'seeds/SHA256SUMS:2 is not a line of sha256sum output',
      `seeds/SHA256SUMS does not list the capture ${a}`,
      'seeds/SHA256SUMS:1 lists 999_gone.txt, which is not in seeds/',
    ]);
    // A withdrawn or redirected capture may leave seeds/ with its line kept.
    expect(
      checkSeeds({
        dir: 'seeds',
        entries: [file('SHA256SUMS', `${'0'.repeat(64)}  999_gone.txt\n`)],
        retired: new Set(['999_gone']),
      }).problems,
    ).toEqual([]);
  });

  it('parses sha256sum output, binary mode and ./ included', () => {
    const { sums: parsed, problems } = parseSums('S', `${'a'.repeat(64)} *./x.txt\n\n${'B'.repeat(64)}  y.txt\n`);
    expect(problems).toEqual([]);
    expect([...parsed]).toEqual([
      ['x.txt', { sha256: 'a'.repeat(64), line: 1 }],
      ['y.txt', { sha256: 'b'.repeat(64), line: 3 }],
    ]);
  });

  it('knows a capture name from the rest', () => {
    for (const ok of ['000_132f9a9ed851b9fb.txt', '001_empty.txt', '5_x.HTML', '010_a.b.md'])
      expect(notACapture(ok), ok).toBeUndefined();
    for (const bad of ['.txt', '_x.txt', 'x.txt', '001_.txt', '001_x', '001_x.htm', '001_x.markdown', 'SHA256SUMS.txt'])
      expect(notACapture(bad), bad).toBeDefined();
  });
});
