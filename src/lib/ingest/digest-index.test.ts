import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDigestIndex, refreshDigestIndex, saveDigestIndex } from './digest-index.ts';

const capture = (title: string, text: string) => `${title}\n\n${text}\n`;

describe('the duplicate index', () => {
  it('reads only the captures that are new or changed since it was saved, and drops the deleted ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'letopis-digest-'));
    const file = join(dir, 'cache', 'index.json');
    writeFileSync(join(dir, '000_a.txt'), capture('Первый', 'Текст первой заметки о заседании совета.'));
    writeFileSync(join(dir, '001_b.txt'), capture('Второй', 'Текст второй заметки о ремонте дорог.'));
    const first = refreshDigestIndex(dir, ['000_a.txt', '001_b.txt'], loadDigestIndex(file));
    expect(first.read).toBe(2);
    expect(saveDigestIndex(file, first.index)).toBe(true);

    expect(refreshDigestIndex(dir, ['000_a.txt', '001_b.txt'], loadDigestIndex(file)).read).toBe(0);

    // The same text spaced differently is the same fingerprint; another text is not.
    writeFileSync(join(dir, '002_c.txt'), capture('Первый', 'Текст  первой заметки о заседании совета.'));
    writeFileSync(join(dir, '001_b.txt'), capture('Второй', 'Текст второй заметки о ремонте мостов.'));
    const next = refreshDigestIndex(dir, ['000_a.txt', '001_b.txt', '002_c.txt'], loadDigestIndex(file));
    expect(next.read).toBe(2);
    expect(next.index.get('002_c.txt')!.print).toBe(next.index.get('000_a.txt')!.print);
    expect(next.index.get('001_b.txt')!.print).not.toBe(first.index.get('001_b.txt')!.print);

    expect([...refreshDigestIndex(dir, ['001_b.txt'], next.index).index.keys()]).toEqual(['001_b.txt']);
  });

  it('starts empty from a missing, broken or foreign index instead of trusting it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'letopis-digest-'));
    expect(loadDigestIndex(join(dir, 'none.json')).size).toBe(0);
    for (const text of ['{"version": 1, "captures": {', '{"version": 99, "captures": {}}', '[1, 2]']) {
      writeFileSync(join(dir, 'index.json'), text);
      expect(loadDigestIndex(join(dir, 'index.json')).size).toBe(0);
    }
    writeFileSync(join(dir, 'index.json'), '{"version": 1, "captures": {"000_a.txt": {"size": "big"}}}');
    expect(loadDigestIndex(join(dir, 'index.json')).size).toBe(0);
  });
});
