import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const seedsDir = `${root}seeds`;

/** The seed captures' ids in order: `000_132f9a9ed851b9fb` … */
export const seedIds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => f.replace(/\.txt$/u, ''));

/** The bytes of seed `NNN` (matched by its number prefix). */
export function seedBytes(number: string): Uint8Array {
  const id = seedIds.find((s) => s.startsWith(`${number}_`));
  if (!id) throw new Error(`no seed ${number}`);
  return readFileSync(`${seedsDir}/${id}.txt`);
}
