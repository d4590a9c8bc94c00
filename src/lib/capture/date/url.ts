import { isValidPartialDate } from '../../metadata/schema.ts';

/** A date an article's address holds: `/2021/04/12/`, `/2021-04-12-…`, `…-20210412…`, `/2021/04/`. */
export interface UrlDate {
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  value: string;
  /** The part of the path it was read from. */
  raw: string;
}

const year = '((?:19|20)\\d{2})';
const PATTERNS: RegExp[] = [
  // /2021/04/12/ , /2021-04-12/ , /2021_04_12
  new RegExp(`(?<=[/_-])${year}([/_-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)`, 'u'),
  // 20210412 (not part of a longer number)
  new RegExp(`(?<![0-9])${year}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![0-9])`, 'u'),
  // /2021/04/
  new RegExp(`(?<=/)${year}/(0?[1-9]|1[0-2])(?=/)`, 'u'),
];

/**
 * The date in an article's address, if its path holds one. Only the path is read (not the host or query),
 * and a number that is not a real date is not one.
 */
export function dateFromUrl(address: string): UrlDate | undefined {
  let path: string;
  try {
    path = new URL(address).pathname;
  } catch {
    return undefined;
  }
  for (const [i, pattern] of PATTERNS.entries()) {
    const m = pattern.exec(path);
    if (!m) continue;
    const parts = i === 0 ? [m[1]!, m[3]!, m[4]!] : i === 1 ? [m[1]!, m[2]!, m[3]!] : [m[1]!, m[2]!];
    const value = parts.map((p, k) => (k === 0 ? p : p.padStart(2, '0'))).join('-');
    if (isValidPartialDate(value)) return { value, raw: m[0] };
  }
  return undefined;
}
