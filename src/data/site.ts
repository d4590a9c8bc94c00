import type { CitationContext } from '../lib/cite/citation-record.ts';
import type { UiLanguage } from '../lib/i18n/dates.ts';
import { localePath } from '../lib/i18n/locale.ts';
import { t } from '../lib/i18n/strings.ts';
import { currentIdentity } from '../lib/identity/current.ts';
import { absoluteUrl, withBase } from '../lib/url.ts';

/** The absolute URL of an archive path on this site: `absoluteUrl` (src/lib/url.ts) with this build's base. */
export function archiveUrl(path: string, site: URL | undefined): string {
  return absoluteUrl(import.meta.env.BASE_URL, path, site);
}

/** The archive's name in an article's citations, in every interface: its name in its default language. */
export const citedArchiveName = t(currentIdentity().languages[0]!).siteName;

/**
 * How the article (or tombstone) at `permalink` is cited from this build: its absolute URL and the archive's name
 * (the access date is the article's own: src/lib/cite/citation-record.ts).
 */
export function citationContext(permalink: string, site: URL | undefined): CitationContext {
  return { permalink: archiveUrl(permalink, site), archiveName: citedArchiveName };
}

/** The link to an archive page in the reader's interface language, with the site's base. */
export function pageHref(path: string, ui: UiLanguage): string {
  return withBase(import.meta.env.BASE_URL, localePath(path, ui));
}
