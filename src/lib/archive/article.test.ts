import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archivePaths } from '../inputs/paths.ts';
import { archivedArticle } from './article.ts';
import { readArchive } from './read-archive.ts';

const root = join(import.meta.dirname, '../../..');

/**
 * The `articles` collection stores what readArchive builds without checking it again (src/loaders/articles-loader.ts):
 * so every article it builds must be exactly what the collection's schema describes, nothing dropped, nothing added.
 */
describe('archivedArticle, the schema of the articles collection', () => {
  it.each([
    ['the seeds', root],
    ['captures in four encodings', join(root, 'test/fixtures/encodings')],
    ['another archive', join(root, 'test/fixtures/own-archive')],
  ])('describes every article readArchive builds from %s, as it is', async (_name, dir) => {
    const reading = await readArchive(archivePaths(dir, {}));
    expect(reading.ok).toBe(true);
    const articles = reading.ok ? reading.archive.articles : [];
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(archivedArticle.parse(article)).toStrictEqual(article);
  });

  it('refuses an article that breaks it, naming the field', () => {
    const broken = { id: 'a', file: 'a.txt', permalink: 'articles/a/', title: 'A', paragraphs: [{ n: 0 }] };
    const issues = archivedArticle.safeParse(broken).error?.issues.map((issue) => issue.path.join('.'));
    expect(issues).toEqual(expect.arrayContaining(['permalink', 'paragraphs.0.n', 'paragraphs.0.text', 'sha256']));
  });
});
