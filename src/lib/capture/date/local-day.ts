/**
 * A timestamp written in UTC ("2020-04-14T00:38:07Z", "…+00:00", "… GMT") gives the day in Greenwich, not
 * the day the article came out where it was published: an evening story in New York is "tomorrow" in UTC.
 * When the page also states the local day (the date printed by the headline, a timestamp with its own
 * offset, the date in the article's address) and that day is the one before or after (as the UTC time
 * allows), the local day is the publication. Nothing is shifted by guesswork: both days are stated on the page.
 */

/** A stated date, as `htmlDates` gives it (`raw` is the value as written). */
export interface StatedDay {
  value: string;
  raw: string;
}

/** A timestamp whose zone is UTC: `…T00:38:07Z`, `20200414T003807Z`, `… +00:00`, `… +0000`, `… GMT`, `… UTC`. */
const UTC_STAMP = /\d{1,2}:?\d{2}(?::?\d{2}(?:[.,]\d+)?)?\s*(?:z|[+-]00:?00|gmt|utc)$/iu;
/** A timestamp that says no zone, or one other than UTC: the local day as far as the page tells. */
const OTHER_ZONE = /\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*[+-](?!00:?00)\d{2}:?\d{2}$/u;

export const isUtcStamp = (raw: string): boolean => UTC_STAMP.test(raw.trim());

const DAY_MS = 86_400_000;
/** -1 when `local` is the day before `utc`, 1 the day after, else 0. */
const dayOffset = (local: string, utc: string) => {
  if (local.length !== 10 || utc.length !== 10) return 0;
  const difference = (Date.parse(`${local}T00:00Z`) - Date.parse(`${utc}T00:00Z`)) / DAY_MS;
  return difference === -1 || difference === 1 ? difference : 0;
};
/**
 * Zones where news is published run from UTC−10 to UTC+14: the day before is possible only for a UTC
 * time before 10:00, the day after only from 10:00 on.
 */
const LATEST_ZONE_HOURS = 10;
const utcHour = (raw: string) => Number(/[T\s](\d{2}):?\d{2}/u.exec(raw)?.[1] ?? Number.NaN);
const possible = (offset: number, hour: number) =>
  offset === -1 ? hour < LATEST_ZONE_HOURS : offset === 1 ? hour >= LATEST_ZONE_HOURS : false;

/**
 * The date to publish from `dates` (best first) and `address` (the date in the article's address): the
 * first, unless it is a UTC timestamp, no local statement says the same day, and one says the day
 * before or after: then that one (a timestamp with another offset first, then the others in order).
 */
export function localDay<T extends StatedDay>(dates: readonly T[], address?: T): T | undefined {
  const [best] = dates;
  if (!best || !isUtcStamp(best.raw)) return best;
  const local = [...dates, ...(address ? [address] : [])].filter((d) => !isUtcStamp(d.raw));
  // A local statement of the same day confirms it (a date a day apart is then another event's).
  if (local.some((d) => d.value === best.value)) return best;
  const hour = utcHour(best.raw);
  const apart = local.filter((d) => possible(dayOffset(d.value, best.value), hour));
  return apart.find((d) => OTHER_ZONE.test(d.raw.trim())) ?? apart[0] ?? best;
}
