import type { UiLanguage } from './dates.ts';

/** Interface languages and where their pages live: Russian at the root, English under `/en/`. */

/** An archive path in the given interface language: `/people/x/` → `/en/people/x/`. */
export function localePath(path: string, ui: UiLanguage): string {
  return ui === 'en' ? `/en${path}` : path;
}

/** The same page's path in the other interface language. */
export function alternatePath(pathname: string, base: string, ui: UiLanguage): { ui: UiLanguage; path: string } {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  const inArchive = pathname.startsWith(head) ? pathname.slice(head.length) || '/' : pathname;
  return ui === 'en'
    ? { ui: 'ru', path: inArchive.replace(/^\/en(?=\/)/u, '') }
    : { ui: 'en', path: `/en${inArchive}` };
}
