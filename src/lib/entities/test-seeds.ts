/**
 * Test helper: the seed articles as the pipeline would give them (boilerplate stripped, split into
 * paragraphs on blank lines). Not used by production code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The content directory of the repository. */
export const contentDir = path.join(root, 'content');

const files = {
  '000': '000_132f9a9ed851b9fb.txt',
  '001': '001_87d8696d2663fbe1.txt',
  '002': '002_6588c6f232f113de.txt',
  '003': '003_2cb9f62ff88959b4.txt',
  '004': '004_43449519c07e0d1e.txt',
} as const;

/** Seed number. */
export type Seed = keyof typeof files;

/** Paragraphs of a seed: 001 from line 16 (the "most read" list is boilerplate); 003 without its title line and footer. */
export function seedParagraphs(seed: Seed): string[] {
  let text = readFileSync(path.join(root, 'seeds', files[seed]), 'utf8');
  if (seed === '001') text = text.split('\n').slice(15).join('\n');
  if (seed === '003') text = text.replace(/^[\s\S]*?## .*\n/, '').replace(/\n---\n[\s\S]*$/, '');
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** All seeds. */
export const seeds = Object.keys(files) as Seed[];
