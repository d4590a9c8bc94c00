/**
 * Short reference for entity and topic pages of the archive, GOST-style (ГОСТ Р 7.0.5-2008 short form, ". " between
 * elements): `Сергей Румас // Летопись. URL: https://… (дата обращения: 25.11.2026).`
 */
import { formatRuNumericDate } from './dates.ts';
import { clean, terminate } from './text.ts';
import type { CitedPage } from './types.ts';

/** The short reference to an archive page. Accepts a `CitationRecord` too (it has the same fields). */
export function renderShort(page: CitedPage): string {
  const name = clean(page.title);
  const archive = clean(page.archive.name);
  const accessed = clean(page.accessed);
  const head = [name, archive].filter(Boolean).join(' // ');
  const url = `URL: ${clean(page.archive.permalink)}${accessed ? ` (дата обращения: ${formatRuNumericDate(accessed)})` : ''}`;
  return terminate(head ? `${terminate(head)} ${url}` : url);
}
