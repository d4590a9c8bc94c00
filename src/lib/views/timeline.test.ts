import { describe, expect, it } from 'vitest';
import { articlesByMonth, timeline, type TimelineItem } from './timeline.ts';

const item = (title: string, value?: string, kind: TimelineItem['kind'] = 'article'): TimelineItem => ({
  kind,
  path: `/${title}/`,
  title,
  ...(value && {
    date: {
      value,
      precision: (['year', 'month', 'day'] as const)[value.split('-').length - 1]!,
      evidence: 'stated' as const,
    },
  }),
});

describe('timeline', () => {
  it('groups by year, oldest first, undated last; a month opens before its days; events before articles', () => {
    const years = timeline([
      item('c', '2019-10-23'),
      item('x'),
      item('a', '2017'),
      item('b', '2019-10'),
      item('e', '2019-10-23', 'event'),
    ]);
    expect(years.map((y) => [y.year, y.items.map((i) => i.title)])).toEqual([
      ['2017', ['a']],
      ['2019', ['b', 'e', 'c']],
      ['undated', ['x']],
    ]);
  });
});

describe('articlesByMonth', () => {
  it('makes one item per month (per year for year-only dates, one for the undated), linking the year, with its count', () => {
    const items = articlesByMonth(
      [
        item('a', '2019-10-23'),
        item('b', '2019-10'),
        item('c', '2019-11-02'),
        item('d', '2019'),
        item('e'),
        item('f', '2020-01-01'),
      ],
      (count, date) => `${date?.value ?? '?'}: ${count}`,
    );
    expect(items.map((i) => [i.title, i.path, i.count, i.date?.precision])).toEqual([
      ['2019-10: 2', '/articles/2019/', 2, 'month'],
      ['2019-11: 1', '/articles/2019/', 1, 'month'],
      ['2019: 1', '/articles/2019/', 1, 'year'],
      ['?: 1', '/articles/undated/', 1, undefined],
      ['2020-01: 1', '/articles/2020/', 1, 'month'],
    ]);
  });
});
