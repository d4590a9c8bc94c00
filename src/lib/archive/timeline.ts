import { dateSortKey } from '../i18n/dates.ts';
import type { PublicationDate } from '../metadata/schema.ts';

/** One dated thing on the timeline: an article or an event. */
export interface TimelineItem {
  kind: 'article' | 'event';
  /** Where it links (an archive path). */
  path: string;
  title: string;
  lang?: string;
  date?: PublicationDate;
  /** For events that last: the last day/month/year, same precision as `date`. */
  end?: string;
}

export interface TimelineYear {
  /** `2019`, or `undated`. */
  year: string;
  items: TimelineItem[];
}

/** `2019-10` sorts before `2019-10-23` (imprecise dates open their period); events before articles on a tie. */
const sortKey = (item: TimelineItem) => `${item.date ? dateSortKey(item.date) : '9999'}|${item.kind === 'event' ? 0 : 1}|${item.title}`;

/** Groups items by year, oldest first, undated last. */
export function timeline(items: readonly TimelineItem[]): TimelineYear[] {
  const years = new Map<string, TimelineItem[]>();
  const keyed = items.map((item) => ({ item, key: sortKey(item) })); // performance: each key built once, not per comparison
  for (const { item } of keyed.sort((a, b) => a.key.localeCompare(b.key))) {
    const year = item.date?.value.slice(0, 4) ?? 'undated';
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  return [...years].map(([year, yearItems]) => ({ year, items: yearItems }));
}
