/**
 * The hub pages (an entity's page and its years, a topic's page and its years, the lists of articles and
 * of entities) get as props what they show and nothing else, so that their cache keys (cache-keys.ts)
 * change when the page does and stay while the rest of the archive grows.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ArchivedArticle } from '../lib/archive/article.ts';
import { crossLinks } from '../lib/views/cross-links.ts';
import { quoteViews } from '../lib/views/quote-views.ts';
import { articleIndexProps, articleYearProps } from './article-lists.ts';
import type { ArticleEntry } from './articles.ts';
import { inBuild } from './__fixtures__/other-build.ts';
import { propsCacheKey } from './cache-keys.ts';
import { entityIndexProps, entityPageProps, entityYearProps } from './entity-pages.ts';
import type { ArchiveIndex, EntityData, TopicEntry } from './registry.ts';
import { topicPageProps, topicYearProps } from './topic-pages.ts';

const article = (id: string, year: string, refs: string[], topics: string[] = []) =>
  ({
    id,
    permalink: `/articles/${year}/${id}/`,
    title: `Статья ${id}`,
    titleSupplied: false,
    language: 'ru',
    outlet: 'Зеркало',
    year,
    date: { value: `${year}-02-01`, precision: 'day', evidence: 'stated' },
    paragraphs: [{ text: `Иванов и другие в статье ${id}` }],
    mentions: refs.map((entity) => ({ entity, paragraph: 1, start: 0, end: 6, text: 'Иванов' })),
    quotes: [],
    topics: topics.map((topic) => ({ topic, score: 1, evidence: [{ kind: 'entity', ref: refs[0], paragraphs: [1] }] })),
  }) as unknown as ArchivedArticle;

const person = (id: string, name: string) =>
  ({ collection: 'people', id, names: { ru: name, en: name }, permalink: `/people/${id}/` }) as unknown as EntityData;

const topic = {
  id: 'budget',
  data: { names: { ru: 'Бюджет', en: 'Budget' }, permalink: '/topics/budget/' },
} as TopicEntry;

/** An archive, newest first: Ivanov is named in 2023 and 2021, with Sidorov once; Petrov alone in 2022. */
function archive(edit: (articles: ArchivedArticle[], people: EntityData[]) => void = () => {}): ArchiveIndex {
  const data = [
    article('004', '2023', ['people/ivanov', 'people/sidorov'], ['budget']),
    article('003', '2022', ['people/petrov']),
    article('002', '2021', ['people/ivanov'], ['budget']),
  ];
  const people = [person('ivanov', 'Иван Иванов'), person('sidorov', 'Пётр Сидоров'), person('petrov', 'Олег Петров')];
  edit(data, people);
  // The content store's digest of each entry covers all it holds, as the articles loader's does.
  const digest = (d: ArchivedArticle) => createHash('sha256').update(JSON.stringify(d)).digest('hex');
  const articles = data.map((d) => ({ id: d.id, collection: 'articles', data: d, digest: digest(d) }) as ArticleEntry);
  const byId = new Map(articles.map((a) => [a.id, a]));
  return {
    articles,
    articleById: byId,
    entities: new Map(people.map((p) => [`people/${p.id}`, p])),
    topics: [topic],
    topicById: new Map([[topic.id, topic]]),
    links: crossLinks(data),
    quotes: quoteViews(data, new Map()),
    yearOf: (id) => byId.get(id)!.data.year,
  };
}

/** A new article, the newest, from 2024: it names Petrov alone. */
const addPetrov = (articles: ArchivedArticle[]) => articles.unshift(article('005', '2024', ['people/petrov']));
/** A new article of 2023 naming Ivanov. */
const addIvanov = (articles: ArchivedArticle[]) =>
  articles.unshift(article('005', '2023', ['people/ivanov'], ['budget']));

const ivanov = (index: ArchiveIndex) => index.entities.get('people/ivanov')!;
const entityKey = (index: ArchiveIndex) => propsCacheKey(entityPageProps(index, 'people', ivanov(index), []));
const yearKey = (index: ArchiveIndex, year: string) =>
  propsCacheKey(entityYearProps(index, 'people', ivanov(index), [], year));

describe("an entity's pages", () => {
  it('hold plain data: each mention with its article, paragraph and the marks of the name', () => {
    const props = entityPageProps(archive(), 'people', ivanov(archive()), []);
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
    expect(props.mentionCount).toBe(2);
    expect(props.listed[0]).toEqual({
      article: expect.objectContaining({ permalink: '/articles/2023/004/', outlet: 'Зеркало' }),
      paragraphs: [{ number: 1, text: 'Иванов и другие в статье 004', ranges: [{ start: 0, end: 6 }] }],
    });
    expect(props.together).toEqual([
      { entity: { names: { ru: 'Пётр Сидоров', en: 'Пётр Сидоров' }, permalink: '/people/sidorov/' }, count: 1 },
    ]);
    expect(props.perYear).toEqual([
      { year: '2023', count: 1 },
      { year: '2021', count: 1 },
    ]);
  });

  it('keep their keys when an article names someone else, or the name of an entity they do not show changes', () => {
    expect(entityKey(archive(addPetrov))).toBe(entityKey(archive()));
    expect(yearKey(archive(addPetrov), '2021')).toBe(yearKey(archive(), '2021'));
    expect(entityKey(archive((_, people) => (people[2]!.names = { ru: 'Олег Петров-Водкин', en: 'Oleg' })))).toBe(
      entityKey(archive()),
    );
  });

  it("change their keys when an article names the entity: its page and that year's, not another year's", () => {
    expect(entityKey(archive(addIvanov))).not.toBe(entityKey(archive()));
    expect(yearKey(archive(addIvanov), '2023')).not.toBe(yearKey(archive(), '2023'));
    expect(yearKey(archive(addIvanov), '2021')).toBe(yearKey(archive(), '2021'));
  });

  it('change their keys when what they show of another article or entity changes', () => {
    expect(entityKey(archive((articles) => (articles[0]!.outlet = 'Наша Ніва')))).not.toBe(entityKey(archive()));
    expect(
      yearKey(
        archive((articles) => (articles[2]!.title = 'Исправлено')),
        '2021',
      ),
    ).not.toBe(yearKey(archive(), '2021'));
    expect(entityKey(archive((_, people) => (people[1]!.names = { ru: 'Пётр Петрович Сидоров', en: 'P' })))).not.toBe(
      entityKey(archive()),
    );
  });

  it('keep their keys from one commit or build day to the next: they show neither', () => {
    const keys = () => [entityKey(archive()), yearKey(archive(), '2023')];
    expect(inBuild({ commitDay: '2026-11-30' }, keys)).toEqual(inBuild({ commitDay: '2026-12-01' }, keys));
    expect(inBuild({ epoch: 1_735_689_600 }, keys)).toEqual(inBuild({ epoch: 1_767_225_600 }, keys));
  });

  it("digest an article's digest in the content store in place of its rows", () => {
    const index = archive();
    const key = yearKey(index, '2023');
    // The same digest: the key does not read the rows again (the store's digest changes with them).
    index.articleById.get('004')!.data.paragraphs[0]!.text = 'Изменено';
    expect(yearKey(index, '2023')).toBe(key);
    (index.articleById.get('004') as { digest: string }).digest = 'другой';
    expect(yearKey(index, '2023')).not.toBe(key);
  });

  it("list a kind's named entities with their counts", () => {
    const rows = entityIndexProps(archive(), 'people').rows;
    expect(rows.map((r) => [r.entity.permalink, r.count])).toEqual([
      ['/people/ivanov/', 2],
      ['/people/sidorov/', 1],
      ['/people/petrov/', 1],
    ]);
  });
});

describe("a topic's pages", () => {
  const topicKey = (index: ArchiveIndex) => propsCacheKey(topicPageProps(index, topic, []));
  const topicYearKey = (index: ArchiveIndex, year: string) => propsCacheKey(topicYearProps(index, topic, [], year));

  it('hold its articles with their evidence and the entities the evidence names', () => {
    const props = topicPageProps(archive(), topic, []);
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
    expect(props.memberCount).toBe(2);
    expect(props.listed.members.map((m) => m.article.permalink)).toEqual([
      '/articles/2023/004/',
      '/articles/2021/002/',
    ]);
    expect(Object.keys(props.listed.entities)).toEqual(['people/ivanov']);
    expect(props.recurring.map((r) => [r.entity.permalink, r.count])).toEqual([
      ['/people/ivanov/', 2],
      ['/people/sidorov/', 1],
    ]);
  });

  it('change their keys with a new article in the topic (its year only), and keep them otherwise', () => {
    expect(topicKey(archive(addPetrov))).toBe(topicKey(archive()));
    expect(topicKey(archive(addIvanov))).not.toBe(topicKey(archive()));
    expect(topicYearKey(archive(addIvanov), '2023')).not.toBe(topicYearKey(archive(), '2023'));
    expect(topicYearKey(archive(addIvanov), '2021')).toBe(topicYearKey(archive(), '2021'));
  });
});

describe('the lists of articles', () => {
  it("keep a year's page while articles are added to another year, and change the index", () => {
    const before = articleYearProps(archive().articles);
    const after = articleYearProps(archive(addIvanov).articles);
    const key = (pages: typeof before, year: string) => propsCacheKey(pages.find((p) => p.year === year)!);
    expect(key(after, '2021')).toBe(key(before, '2021'));
    expect(key(after, '2023')).not.toBe(key(before, '2023'));
    expect(propsCacheKey(articleIndexProps(archive(addIvanov).articles))).not.toBe(
      propsCacheKey(articleIndexProps(archive().articles)),
    );
  });

  it('list each year with its count and newest articles on the index', () => {
    const props = articleIndexProps(archive(addIvanov).articles);
    expect(props.total).toBe(4);
    expect(props.years.map((y) => [y.year, y.count, y.newest.length])).toEqual([
      ['2023', 2, 2],
      ['2022', 1, 1],
      ['2021', 1, 1],
    ]);
  });
});
