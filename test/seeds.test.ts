import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root, seedIds, seedsDir } from './support/seeds.ts';

const sums = readFileSync(`${seedsDir}/SHA256SUMS`, 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(/\s+/u) as [string, string]);

describe('seeds/', () => {
  it('holds exactly the captures listed in SHA256SUMS', () => {
    const captures = readdirSync(seedsDir).filter((f) => /\.(?:txt|md|html)$/u.test(f));
    expect(captures.sort()).toEqual(sums.map(([, file]) => file).sort());
    expect(seedIds.length).toBeGreaterThanOrEqual(5);
  });

  it.each(sums)('%s is byte-identical to its checksum (%s)', (sum, file) => {
    expect(createHash('sha256').update(readFileSync(`${seedsDir}/${file}`)).digest('hex')).toBe(sum);
  });

  it('keeps every capture of ../shared/seeds byte-identical, when that copy is there', () => {
    let shared: string;
    try {
      shared = readFileSync(`${root}../shared/seeds/SHA256SUMS`, 'utf8');
    } catch {
      return;
    }
    // Ingested captures add lines; the original ones never change.
    const ours = new Set(readFileSync(`${seedsDir}/SHA256SUMS`, 'utf8').trim().split('\n'));
    for (const line of shared.trim().split('\n')) expect(ours.has(line), line).toBe(true);
  });
});
