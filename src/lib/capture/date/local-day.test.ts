import { describe, expect, it } from 'vitest';
import { isUtcStamp, localDay } from './local-day.ts';

const stamp = (value: string, raw: string) => ({ value, raw });

describe('the local day against a UTC timestamp', () => {
  it('tells a UTC timestamp from one with its own offset or none', () => {
    for (const raw of ['2020-04-14T00:38:07Z', '20200414T003807Z', '2020-12-24T23:59:50+00:00', '2020-05-02 02:54 GMT'])
      expect(isUtcStamp(raw), raw).toBe(true);
    for (const raw of ['2020-03-04T23:30:00-05:00', '2020-04-13', 'Apr 13, 2020 at 4:38 PM'])
      expect(isUtcStamp(raw), raw).toBe(false);
  });

  it('takes the day the page states locally when the UTC timestamp falls on the next or previous day', () => {
    const utc = stamp('2020-04-14', '20200414T00:38:07Z');
    const printed = stamp('2020-04-13', 'Apr 13, 2020 at 4:38 PM');
    expect(localDay([utc, printed])).toBe(printed);
    // A timestamp with its own offset is the local day before a printed date or the address.
    const offset = stamp('2020-12-25', '2020-12-25T01:59:50+02:00');
    expect(localDay([stamp('2020-12-24', '2020-12-24T23:59:50+00:00'), printed, offset])).toBe(offset);
    const address = stamp('2020-02-17', '2020/02/17');
    expect(localDay([stamp('2020-02-18', '2020-02-18T02:18:11Z')], address)).toBe(address);
  });

  it('keeps the UTC day when a local statement says the same day, or none says a neighbouring one', () => {
    const utc = stamp('2020-07-09', '2020-07-09T10:04:04Z');
    expect(localDay([utc, stamp('2020-07-09', 'July 9, 2020'), stamp('2020-07-08', 'July 8, 2020')])).toBe(utc);
    expect(localDay([utc], stamp('2020-07-08', '2020/07/08'))).toBe(utc);
    expect(localDay([utc, stamp('2020-07-01', 'July 1, 2020')])).toBe(utc);
    // The day as stated with an offset is never moved to UTC.
    const stated = stamp('2020-03-04', '2020-03-04T23:30:00-05:00');
    expect(localDay([stated, stamp('2020-03-05', '2020-03-05T04:30:00Z')])).toBe(stated);
    expect(localDay([])).toBeUndefined();
  });
});
