/** The reader's today as an access date, `YYYY-MM-DD` in the reader's own time zone (browser scripts only). */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
