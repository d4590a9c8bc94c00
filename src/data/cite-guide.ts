import { archiveVersion, buildDay } from '../lib/build-info.ts';
import { citationRecord } from '../lib/cite/citation-record.ts';
import { guideExamples } from '../lib/cite/guide-examples.ts';
import type { UiLanguage } from '../lib/i18n/dates.ts';
import { t } from '../lib/i18n/strings.ts';
import { getArticles } from './articles.ts';
import { archiveUrl, citationContext } from './site.ts';

/**
 * What a "How to cite" page (`/cite/`, `/en/cite/`) shows besides its prose, computed once for the page: the
 * interface strings, the example article and its citation record, an article with a supplied title, and
 * the archive as a whole (name, address, version and build day) for citing the archive itself.
 */
export async function citeGuide(ui: UiLanguage, site: URL | undefined) {
  const s = t(ui);
  const abs = (path: string) => archiveUrl(path, site);
  const { example, supplied } = guideExamples((await getArticles()).map((entry) => entry.data));
  return {
    s,
    abs,
    example,
    supplied,
    record: example && citationRecord(example, citationContext(example.permalink, site)),
    archive: { name: s.siteName, subtitle: s.siteTagline, url: abs('/'), version: archiveVersion(), day: buildDay() },
  };
}
