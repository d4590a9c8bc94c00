/**
 * How many articles an entity's or a topic's page lists. Beyond that its articles are listed by year,
 * each year on a page of its own (`/people/lukashenko/2019/`, `/topics/e-government/2019/`): at 10,000
 * articles the most named person's page listed every mention and weighed 11.6 MB; now it shows the
 * newest ones and links the years.
 */
export const MENTIONS_ON_PAGE = 50;

/** One year of a list: its page's path segment (`2019`, or `undated`) and how many articles. */
export interface MentionYear {
  year: string;
  count: number;
}

/**
 * The years that get a page of a list of articles (an entity's mentions, a topic's articles), in the
 * order the list comes (archive order: newest first, undated last). None when it all fits on one page.
 */
export function mentionYears(
  occurrences: ReadonlyArray<{ article: string }>,
  yearOf: (article: string) => string,
  limit = MENTIONS_ON_PAGE,
): MentionYear[] {
  if (occurrences.length <= limit) return [];
  const counts = new Map<string, number>();
  for (const { article } of occurrences) {
    const year = yearOf(article);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].map(([year, count]) => ({ year, count }));
}
