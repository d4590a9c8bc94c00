/**
 * A small run of the bench's archive generator (scripts/bench/generate.mjs, N = 20): the captures it
 * writes read as a valid archive, mentions resolve against the copied registry, the cleaner finds its
 * boilerplate, and the same N gives the same bytes. The bench itself (`npm run bench`) is not a test.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../scripts/bench/generate.mjs';
import { baselineProject } from '../scripts/bench/projects.mjs';
import { archivePaths } from '../src/lib/inputs/paths.ts';
import { readArchive } from '../src/lib/archive/read-archive.ts';
import { root } from './support/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'letopis-bench-smoke-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Generated {
  seedsDir: string;
  contentDir: string;
  markdownDir: string;
  ru: number;
  en: number;
  boilerplate: number;
}

describe('bench: the synthetic archive generator (N = 20)', () => {
  const a: Generated = generateArchive({ n: 20, dir: join(work, 'a'), root });

  it('writes captures named like real ones, a sidecar each, and the registry', () => {
    const seeds = readdirSync(a.seedsDir);
    expect(seeds).toHaveLength(20);
    for (const name of seeds) expect(name).toMatch(/^\d{6}_[0-9a-f]{16}\.txt$/u);
    expect(readdirSync(join(a.contentDir, 'articles'))).toEqual(seeds.map((s) => s.replace(/\.txt$/u, '.yaml')));
    expect(existsSync(join(a.contentDir, 'people/lukashenko.yaml'))).toBe(true);
    expect(readdirSync(a.markdownDir)).toHaveLength(20);
    expect(a.ru + a.en).toBe(20);
  });

  it('reads as a valid archive: dated, mostly Russian, with mentions and cleaned boilerplate', async () => {
    const reading = await readArchive(archivePaths(root, { LETOPIS_SEEDS: a.seedsDir, LETOPIS_CONTENT: a.contentDir }));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems, null, 2));
    const { articles } = reading.archive;
    expect(articles).toHaveLength(20);
    expect(articles.every((x) => x.date?.precision === 'day' && Number(x.year) >= 2015 && Number(x.year) <= 2025)).toBe(
      true,
    );
    expect(articles.filter((x) => x.language === 'ru').length).toBeGreaterThanOrEqual(12);
    expect(articles.every((x) => x.mentions.length > 0)).toBe(true);
    expect(articles.some((x) => x.topics.length > 0)).toBe(true);
    expect(articles.filter((x) => x.removed.length > 0).length).toBeGreaterThanOrEqual(1);
  });

  it('is deterministic: the same N gives the same files', () => {
    const b: Generated = generateArchive({ n: 20, dir: join(work, 'b'), root });
    const files = (g: Generated) => readdirSync(g.seedsDir).map((f) => [f, readFileSync(join(g.seedsDir, f), 'utf8')]);
    expect(files(b)).toEqual(files(a));
  });

  it('writes the bare baseline project', () => {
    const dir = baselineProject(root, join(work, 'baseline'), a.markdownDir);
    for (const file of [
      'astro.config.mjs',
      'src/content.config.ts',
      'src/pages/[...slug].astro',
      'src/pages/search.astro',
    ]) {
      expect(existsSync(join(dir, file))).toBe(true);
    }
  });
});
