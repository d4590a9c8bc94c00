import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
    expect(
      createHash('sha256')
        .update(readFileSync(`${seedsDir}/${file}`))
        .digest('hex'),
    ).toBe(sum);
  });

  // The shared copy is the seeds as first published. Without it this check cannot run: it is skipped, with
  // that reason in the report, on a developer's machine, and fails in CI (CI=true), where it must be there.
  const sharedSums = `${root}../shared/seeds/SHA256SUMS`;
  const sharedMissing = !existsSync(sharedSums);
  it.skipIf(sharedMissing && !process.env.CI)(
    `keeps every capture of ../shared/seeds byte-identical${sharedMissing ? ' (skipped: ../shared/seeds/SHA256SUMS is not there)' : ''}`,
    () => {
      expect(existsSync(sharedSums), `${sharedSums} is missing; CI needs the published seeds beside the project`).toBe(
        true,
      );
      // Ingested captures add lines; the original ones never change.
      const ours = new Set(readFileSync(`${seedsDir}/SHA256SUMS`, 'utf8').trim().split('\n'));
      for (const line of readFileSync(sharedSums, 'utf8').trim().split('\n')) expect(ours.has(line), line).toBe(true);
    },
  );
});
