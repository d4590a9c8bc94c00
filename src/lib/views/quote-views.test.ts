import { describe, expect, it } from 'vitest';
import type { ArchivedArticle } from '../archive/article.ts';
import { quoteViews } from './quote-views.ts';

const mention = (entity: string, paragraph: number) => ({ entity, paragraph, start: 0, end: 1, text: 'x' });
const quote = (paragraph: number, speaker?: string) => ({
  text: `q${paragraph}`,
  paragraph,
  start: 0,
  end: 1,
  ...(speaker ? { speaker } : {}),
});

/** Article 000 of the seeds, in short: Румас speaks of "the park" in the paragraph that names the Hi-Tech Park. */
const forum = {
  id: '000',
  mentions: [
    mention('events/open-innovations-2019', 2),
    mention('people/medvedev', 2),
    mention('people/rumas', 4),
    mention('organizations/hi-tech-park', 4),
  ],
  quotes: [quote(2, 'people/medvedev'), quote(4, 'people/rumas'), quote(6, 'people/rumas'), quote(7)],
  topics: [
    {
      topic: 'hi-tech-park',
      score: 1,
      evidence: [{ kind: 'entity', ref: 'organizations/hi-tech-park', paragraphs: [4] }],
    },
  ],
} as unknown as ArchivedArticle;

const participants = new Map([['events/open-innovations-2019', ['people/medvedev', 'people/rumas']]]);

describe('quotes about an entity or topic', () => {
  const views = quoteViews([forum], participants);
  const paragraphs = (list: { quote: { paragraph: number } }[] | undefined) => list?.map((q) => q.quote.paragraph);

  it('an organization gets the quotes of the paragraphs that name it', () => {
    expect(paragraphs(views.byEntity.get('organizations/hi-tech-park'))).toEqual([4]);
  });

  it("a person's own words are not quotes about them", () => {
    expect(views.byEntity.get('people/rumas')).toBeUndefined();
    expect(paragraphs(views.byEntity.get('people/medvedev'))).toBeUndefined();
  });

  it('an event gets what its participants said in the article, wherever they said it', () => {
    expect(paragraphs(views.byEntity.get('events/open-innovations-2019'))).toEqual([2, 4, 6]);
  });

  it('a topic gets the quotes of its evidence paragraphs', () => {
    expect(paragraphs(views.byTopic.get('hi-tech-park'))).toEqual([4]);
  });
});
