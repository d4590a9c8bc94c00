import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root, seedIds, seedsDir } from './support/seeds.ts';

const sums = readFileSync(`${seedsDir}/SHA256SUMS`, 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(/\s+/u) as [string, string]);

describe('seeds/', () => {
  it('holds exactly the captures listed in SHA256SUMS', () => {
    expect(seedIds.map((id) => `${id}.txt`)).toEqual(sums.map(([, file]) => file).sort());
  });

  it.each(sums)('%s is byte-identical to its checksum (%s)', (sum, file) => {
    expect(createHash('sha256').update(readFileSync(`${seedsDir}/${file}`)).digest('hex')).toBe(sum);
  });

  it('has the same checksums as ../shared/seeds when that copy is there', () => {
    let shared: string;
    try {
      shared = readFileSync(`${root}../shared/seeds/SHA256SUMS`, 'utf8');
    } catch {
      return;
    }
    expect(readFileSync(`${seedsDir}/SHA256SUMS`, 'utf8')).toBe(shared);
  });
});
