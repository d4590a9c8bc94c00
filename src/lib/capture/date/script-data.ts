import { isValidPartialDate } from '../../metadata/schema.ts';

/**
 * Publication timestamps in a page's script data that is not JSON-LD: a state blob or analytics object
 * (`window.__DATA__ = {"datePublished":"2020-05-12T14:35:00+03:00", …}`). Read only under the keys that
 * name the publication (a modification's key never matches), and only when the page gives one day under
 * a key: several different days under the same key are a list of stories, and then that key says nothing.
 */

/** A timestamp found in script data, shaped as `htmlDates` gives it. */
export interface ScriptDate {
  value: string;
  where: string;
  raw: string;
}

/** Keys that hold the publication timestamp, most trusted first. */
export const SCRIPT_DATE_KEYS = ['datePublished', 'publishDate', 'date_published', 'pubDate'] as const;

/** `"key": "2020-05-12…"`, the key and value quoted with `"` or `'` (escaped or not, as in JSON held in a string), or the key bare as in a script object. */
const ENTRY = new RegExp(
  `(?<![\\p{L}\\p{N}_$])\\\\?["']?(${SCRIPT_DATE_KEYS.join('|')})\\\\?["']?\\s*:\\s*\\\\?["']((?:19|20)\\d{2}-\\d{2}-\\d{2}(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?)\\\\?["']`,
  'gu',
);

/** The publication days the page's non-JSON-LD scripts state, at most one per key, in the order of `SCRIPT_DATE_KEYS`. */
export function scriptDates(document: Document): ScriptDate[] {
  const byKey = new Map<string, Array<{ value: string; raw: string }>>();
  for (const script of document.querySelectorAll('script')) {
    if (/ld\+json/iu.test(script.getAttribute('type') ?? '')) continue;
    for (const m of (script.textContent ?? '').matchAll(ENTRY)) {
      const value = m[2]!.slice(0, 10);
      if (!isValidPartialDate(value)) continue;
      byKey.set(m[1]!, [...(byKey.get(m[1]!) ?? []), { value, raw: m[2]! }]);
    }
  }
  return SCRIPT_DATE_KEYS.flatMap((key) => {
    const entries = byKey.get(key) ?? [];
    if (entries.length === 0 || new Set(entries.map((e) => e.value)).size > 1) return [];
    return [{ value: entries[0]!.value, where: `"${key}" в данных скрипта`, raw: entries[0]!.raw }];
  });
}
