import { describe, expect, it } from 'vitest';
import type { Article } from '../archive/article.ts';
import type { Withdrawal } from '../permanence/schema.ts';
import { citationRecord, withdrawalCitationRecord } from './citation-record.ts';
import { guideExamples } from './guide-examples.ts';
import { renderGost } from './gost.ts';
import { renderParagraphCitation, renderShort } from './index.ts';

const context = { permalink: 'https://x.org/articles/2019/a/', archiveName: 'Летопись' };
const withdrawal: Withdrawal = {
  id: '003_x',
  title: 'Заявление',
  date: { value: '2019-10', precision: 'month', evidence: 'inferred' },
  outlet: 'БелТА',
  author: 'Иванов И.; Петров П.',
  url: 'https://belta.by/x',
  reason: 'по требованию правообладателя',
  withdrawn: '2026-01-01',
};
/** An article with only what citing reads, and what the guide picks its examples by. */
const article = (fields: Partial<Article>) =>
  ({ id: 'a', permalink: '/articles/a/', title: 'A', titleSupplied: false, language: 'ru', ...fields }) as Article;

describe('citation records', () => {
  it('cite a withdrawn article as its article was: authors, outlet, date and source, at its permanent URL', () => {
    const record = withdrawalCitationRecord(withdrawal, context);
    expect(record).toMatchObject({
      id: '003_x',
      titleSupplied: false,
      authors: ['Иванов И.', 'Петров П.'],
      outlet: 'БелТА',
      sourceUrl: 'https://belta.by/x',
      published: { value: '2019-10', precision: 'month', evidence: 'inferred' },
      language: 'ru',
      archive: { name: 'Летопись', permalink: context.permalink, captureSha256: '' },
    });
    expect(renderGost(record)).toContain('БелТА');
  });

  it('date the access, as built, by the day the copy was taken, and by no day when that is not known', () => {
    const captured = citationRecord(article({ captured: '2024-03-12' }), context);
    expect(captured.accessed).toBe('2024-03-12');
    expect(renderGost(captured)).toContain(`URL: ${context.permalink} (дата обращения: 12.03.2024).`);
    // Nothing else stands in for an unknown day: the reader's browser puts today's (src/client/cite.ts).
    const unknown = citationRecord(article({}), context);
    expect(unknown.accessed).toBeUndefined();
    expect(renderGost(unknown).endsWith(`URL: ${context.permalink}.`)).toBe(true);
    expect(renderShort(unknown).endsWith(`URL: ${context.permalink}.`)).toBe(true);
    expect(renderParagraphCitation(unknown, { n: 2, text: 'Текст.' }).endsWith(`URL: ${context.permalink}#p-2.`)).toBe(
      true,
    );
    expect(withdrawalCitationRecord(withdrawal, context).accessed).toBeUndefined();
  });

  it('cite an article and its withdrawal alike', () => {
    const { reason: _r, withdrawn: _w, url, ...rest } = withdrawal;
    const fromArticle = citationRecord(article({ ...rest, sourceUrl: url }), context);
    expect(renderGost(fromArticle)).toBe(renderGost(withdrawalCitationRecord(withdrawal, context)));
  });
});

describe('the examples of the "how to cite" page', () => {
  it('prefer an article with a supplied title and an inferred date, else the first', () => {
    const first = article({ id: 'first' });
    const supplied = article({ id: 'supplied', titleSupplied: true });
    const both = article({ id: 'both', titleSupplied: true, date: { ...withdrawal.date!, evidence: 'inferred' } });
    expect(guideExamples([first, supplied, both])).toEqual({ example: both, supplied });
    expect(guideExamples([first])).toEqual({ example: first, supplied: undefined });
    expect(guideExamples([])).toEqual({ example: undefined, supplied: undefined });
  });
});
