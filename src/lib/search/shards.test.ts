import { describe, expect, it } from 'vitest';
import { mergePlan, type ShardEntry, splitIntoShards } from './shards.ts';

const article = (year: string, slug: string) => `articles/${year}/${slug}/index.html`;

describe('splitIntoShards', () => {
  const pages = [
    article('2019', 'a'),
    article('2019', 'b'),
    article('2020', 'c'),
    article('2021', 'd'),
    article('2022', 'e'),
    article('2022', 'f'),
    article('undated', 'g'),
    'index.html',
    'people/lukashenko/index.html',
  ];
  const small = { perShard: 2, minOlder: 1 };

  it('puts the newest year, the undated articles and the hubs in one shard, and packs the older years in order', () => {
    expect(splitIntoShards(pages, small)).toEqual([
      { dir: 'articles-2019', pages: [article('2019', 'a'), article('2019', 'b')] },
      { dir: 'articles-2020-2021', pages: [article('2020', 'c'), article('2021', 'd')] },
      {
        dir: 'recent',
        pages: [
          article('2022', 'e'),
          article('2022', 'f'),
          article('undated', 'g'),
          'index.html',
          'people/lukashenko/index.html',
        ],
      },
    ]);
    expect(splitIntoShards(pages, { minOlder: 1 }).map((s) => s.dir)).toEqual(['articles-2019-2021', 'recent']);
  });

  it('keeps a small archive in one shard', () => {
    expect(splitIntoShards(pages)).toEqual([{ dir: 'recent', pages }]);
    expect(splitIntoShards(pages, { minOlder: 5 })).toEqual([{ dir: 'recent', pages }]);
  });

  it('leaves an older shard as it was when an article of the newest year is added', () => {
    const before = splitIntoShards(pages, small);
    const after = splitIntoShards([...pages, article('2022', 'new')].sort(), small);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]!.pages).toContain(article('2022', 'new'));
  });

  it('makes no shard without pages', () => {
    expect(splitIntoShards([])).toEqual([]);
    expect(splitIntoShards(['index.html'], small)).toEqual([{ dir: 'recent', pages: ['index.html'] }]);
  });
});

describe('mergePlan', () => {
  const shards: ShardEntry[] = [
    { dir: 'articles-2019', languages: { ru: { page_count: 4 }, en: { page_count: 1 } } },
    { dir: 'articles-2020', languages: { ru: { page_count: 2 } } },
    { dir: 'recent', languages: { ru: { page_count: 3 } } },
  ];

  it('starts with the first shard in the page’s language and merges every other shard and language', () => {
    expect(mergePlan(shards, 'ru')).toEqual({
      primary: { dir: 'articles-2019', language: 'ru' },
      merged: [
        { dir: 'articles-2019', language: 'en' },
        { dir: 'articles-2020', language: 'ru' },
        { dir: 'recent', language: 'ru' },
      ],
    });
    expect(mergePlan(shards, 'en-GB')?.primary).toEqual({ dir: 'articles-2019', language: 'en' });
  });

  it('starts, as Pagefind does, with the largest language when the page’s is in no shard', () => {
    expect(mergePlan(shards, 'be')?.primary).toEqual({ dir: 'articles-2019', language: 'ru' });
    expect(mergePlan(shards.slice(1), 'en')).toEqual({
      primary: { dir: 'articles-2020', language: 'ru' },
      merged: [{ dir: 'recent', language: 'ru' }],
    });
    expect(mergePlan([], 'ru')).toBeUndefined();
  });
});
