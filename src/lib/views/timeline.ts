import { dateSortKey } from '../i18n/dates.ts';
import type { PublicationDate } from '../metadata/schema.ts';
import { compareText } from '../collate.ts';
import type { TitleParts } from './display-title.ts';

/** One dated thing on the timeline: an article or an event. */
export interface TimelineItem {
  kind: 'article' | 'event';
  /** Where it links (an archive path). */
  path: string;
  /** On one line (the chart's tooltips). */
  title: string;
  /** An article's title in parts, each with its language (the list shows these when given). */
  parts?: TitleParts;
  lang?: string;
  date?: PublicationDate;
  /** For events that last: the last day/month/year, same precision as `date`. */
  end?: string;
  /** For a month's articles shown as one item (`articlesByMonth`): how many. */
  count?: number;
}

export interface TimelineYear {
  /** `2019`, or `undated`. */
  year: string;
  items: TimelineItem[];
}

/** `2019-10` sorts before `2019-10-23` (imprecise dates open their period); events before articles on a tie. */
const sortKey = (item: TimelineItem) =>
  `${item.date ? dateSortKey(item.date) : '9999'}|${item.kind === 'event' ? 0 : 1}|${item.title}`;

/** Groups items by year, oldest first, undated last. */
export function timeline(items: readonly TimelineItem[]): TimelineYear[] {
  const years = new Map<string, TimelineItem[]>();
  const keyed = items.map((item) => ({ item, key: sortKey(item) })); // performance: each key built once, not per comparison
  for (const { item } of keyed.sort((a, b) => compareText()(a.key, b.key))) {
    const year = item.date?.value.slice(0, 4) ?? 'undated';
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  return [...years].map(([year, yearItems]) => ({ year, items: yearItems }));
}

/**
 * How many articles the timeline shows one by one. Beyond that it shows them by month: at 10,000
 * articles a mark and a line per article made a 6.5 MB page; the articles of a year are listed on
 * `/articles/<year>/`.
 */
export const TIMELINE_ARTICLES = 100;

/**
 * Articles as one item per month (per year for those dated to the year only; the undated together),
 * each linking its year's list of articles, titled by `title(count, date)`.
 */
export function articlesByMonth(
  articles: readonly TimelineItem[],
  title: (count: number, date: PublicationDate | undefined) => string,
): TimelineItem[] {
  const groups = new Map<string, { date?: PublicationDate; count: number }>();
  for (const { date } of articles) {
    const month: PublicationDate | undefined =
      date &&
      (date.precision === 'year'
        ? { value: date.value, precision: 'year', evidence: 'stated' }
        : { value: date.value.slice(0, 7), precision: 'month', evidence: 'stated' });
    const key = month?.value ?? 'undated';
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { count: 1, ...(month && { date: month }) });
  }
  return [...groups.values()].map(({ date, count }) => ({
    kind: 'article',
    path: `/articles/${date ? date.value.slice(0, 4) : 'undated'}/`,
    title: title(count, date),
    count,
    ...(date && { date }),
  }));
}
