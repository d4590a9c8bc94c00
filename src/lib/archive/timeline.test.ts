import { describe, expect, it } from 'vitest';
import { timeline, type TimelineItem } from './timeline.ts';

const item = (title: string, value?: string, kind: TimelineItem['kind'] = 'article'): TimelineItem => ({
  kind,
  path: `/${title}/`,
  title,
  ...(value && { date: { value, precision: (['year', 'month', 'day'] as const)[value.split('-').length - 1]!, evidence: 'stated' as const } }),
});

describe('timeline', () => {
  it('groups by year, oldest first, undated last; a month opens before its days; events before articles', () => {
    const years = timeline([item('c', '2019-10-23'), item('x'), item('a', '2017'), item('b', '2019-10'), item('e', '2019-10-23', 'event')]);
    expect(years.map((y) => [y.year, y.items.map((i) => i.title)])).toEqual([
      ['2017', ['a']],
      ['2019', ['b', 'e', 'c']],
      ['undated', ['x']],
    ]);
  });
});
