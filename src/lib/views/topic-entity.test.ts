import { describe, expect, it } from 'vitest';
import { topicAgreement } from './topic-entity.ts';

const list = (...ids: string[]) => ids.map((article) => ({ article }));

describe('a topic about an entity, compared with the entity', () => {
  it('tells the articles that name the entity from those the topic adds', () => {
    expect(topicAgreement(list('000', '001', '002'), list('000', '002'))).toEqual({
      naming: ['000', '002'],
      more: ['001'],
    });
  });
});
