/**
 * An article page's cache key is a digest of its props (articlePageProps), so a change to anything the
 * page shows, however far from the article itself, gives the page a new key, and a change to what it
 * does not show keeps the key (the page is reused).
 */
import { describe, expect, it } from 'vitest';
import type { ArchivedArticle } from '../lib/archive/article.ts';
import { crossLinks } from '../lib/views/cross-links.ts';
import { quoteViews } from '../lib/views/quote-views.ts';
import { articlePageProps } from './article-page.ts';
import type { ArticleEntry } from './articles.ts';
import { inBuild } from './__fixtures__/other-build.ts';
import { articlePageKey, propsCacheKey, standsFor } from './cache-keys.ts';
import type { ArchiveIndex, EntityData } from './registry.ts';

const article = (id: string, title: string, refs: string[]) =>
  ({
    id,
    permalink: `/articles/2023/${id}/`,
    title,
    titleSupplied: false,
    language: 'ru',
    outlet: 'Зеркало',
    year: '2023',
    date: { value: '2023-02-01', precision: 'day', evidence: 'stated' },
    paragraphs: [{ text: `Текст ${title}` }],
    mentions: refs.map((entity) => ({ entity, paragraph: 1, start: 0, end: 5 })),
    quotes: [],
    topics: [],
  }) as unknown as ArchivedArticle;

const person = (id: string, name: string) =>
  ({ collection: 'people', id, names: { ru: name, en: name }, permalink: `/people/${id}/` }) as unknown as EntityData;

/** An index of three articles, newest first: the first and the last share a person; the middle one shares nothing. */
function archive(edit: (articles: ArchivedArticle[], entities: EntityData[]) => void = () => {}): ArchiveIndex {
  const data = [
    article('002_a', 'Первая', ['people/ivanov']),
    article('001_c', 'Средняя', ['people/sidorov']),
    article('000_b', 'Связанная', ['people/ivanov']),
  ];
  const people = [person('ivanov', 'Иван Иванов'), person('sidorov', 'Пётр Сидоров')];
  edit(data, people);
  const articles = data.map((d) => ({ id: d.id, collection: 'articles', data: d, digest: d.id }) as ArticleEntry);
  return {
    articles,
    articleById: new Map(articles.map((a) => [a.id, a])),
    entities: new Map(people.map((p) => [`people/${p.id}`, p])),
    topics: [],
    topicById: new Map(),
    links: crossLinks(data),
    quotes: quoteViews(data, new Map()),
    yearOf: () => '2023',
  };
}

/** The cache key of the newest article's page in the archive after `edit`. */
const firstPageKey = (edit?: Parameters<typeof archive>[0]) => propsCacheKey(articlePageProps(archive(edit), 0));

describe("an article page's cache key", () => {
  it('shows a related article, with its title and date', () => {
    const props = articlePageProps(archive(), 0);
    expect(props.related.map((r) => r.article.title)).toEqual(['Связанная']);
    expect(props.older?.title).toBe('Средняя');
  });

  it("changes when the title of an article in its related list changes (not the page's own article)", () => {
    expect(firstPageKey((articles) => (articles[2]!.title = 'Связанная, исправлено'))).not.toBe(firstPageKey());
  });

  it("changes when a related article's date or English title changes", () => {
    expect(firstPageKey((articles) => (articles[2]!.date!.value = '2023-01-31'))).not.toBe(firstPageKey());
    expect(firstPageKey((articles) => (articles[2]!.titleEn = 'Related'))).not.toBe(firstPageKey());
  });

  it('changes when the name of an entity it names changes, or the title of its neighbour', () => {
    expect(
      firstPageKey((_, people) => (people[0]!.names = { ru: 'Иван Петрович Иванов', en: 'Ivan Ivanov' })),
    ).not.toBe(firstPageKey());
    expect(firstPageKey((articles) => (articles[1]!.title = 'Средняя, исправлено'))).not.toBe(firstPageKey());
  });

  it('stays when only what the page does not show changes: another article’s outlet or text, an entity it does not name', () => {
    const key = firstPageKey();
    expect(firstPageKey((articles) => (articles[2]!.outlet = 'Наша Ніва'))).toBe(key);
    expect(firstPageKey((articles) => (articles[1]!.paragraphs = [{ text: 'Другой текст' }] as never))).toBe(key);
    expect(firstPageKey((_, people) => (people[1]!.names = { ru: 'Пётр Петрович Сидоров', en: 'Piotr Sidorov' }))).toBe(
      key,
    );
  });

  it('stays from one commit or build day to the next: the page shows neither', () => {
    const key = () => articlePageKey(articlePageProps(archive(), 0), 'a');
    expect(inBuild({ commitDay: '2026-11-30' }, key)).toBe(inBuild({ commitDay: '2026-12-01' }, key));
    expect(inBuild({ epoch: 1_735_689_600 }, key)).toBe(inBuild({ epoch: 1_767_225_600 }, key));
  });

  it("digests an entity it names as the stand-in given for the entity's data (its registry digest), when there is one", () => {
    const index = archive();
    const ivanov = index.entities.get('people/ivanov')!;
    const key = propsCacheKey(articlePageProps(index, 0));
    standsFor(ivanov, 'registry people/ivanov 1');
    const stood = propsCacheKey(articlePageProps(index, 0));
    expect(stood).not.toBe(key);
    // The stand-in is what counts: the same stand-in keeps the key, another one changes it.
    expect(propsCacheKey(articlePageProps(index, 0))).toBe(stood);
    const other = archive();
    standsFor(other.entities.get('people/ivanov')!, 'registry people/ivanov 2');
    expect(propsCacheKey(articlePageProps(other, 0))).not.toBe(stood);
  });

  it("is the entry's digest in the content store where there is one, which stands for the entry", () => {
    const index = archive();
    const props = articlePageProps(index, 0);
    expect(articlePageKey(props, 'a')).toBe(articlePageKey(articlePageProps(index, 0), 'a'));
    expect(articlePageKey(props, 'b')).not.toBe(articlePageKey(props, 'a'));
    expect(articlePageKey(props, undefined)).toBe(propsCacheKey(props));
    // The rest of the page still counts: a neighbour's new title changes the key under the same digest.
    const renamed = articlePageProps(
      archive((articles) => (articles[1]!.title = 'Средняя, исправлено')),
      0,
    );
    expect(articlePageKey(renamed, 'a')).not.toBe(articlePageKey(props, 'a'));
  });
});
