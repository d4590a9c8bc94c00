import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { buildDate } from '../lib/build-info.ts';
import { t } from '../lib/i18n/strings.ts';
import { partialDateToRfc3339, xmlEscape } from '../lib/feeds/atom.ts';
import { displayTitle } from '../lib/archive/article.ts';
import { summaryOf } from '../lib/feeds/feeds.ts';
import { absoluteUrl, withBase } from '../lib/url.ts';

/** The articles as RSS 2.0 (@astrojs/rss), newest first; an undated article has no pubDate. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const articles = (await getArticles()).map((e) => e.data);
  const s = t('ru');
  return rss({
    title: s.siteName,
    description: s.permanence.feedDescription,
    site: absoluteUrl(base, '/', site),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>ru</language><lastBuildDate>${buildDate().toUTCString()}</lastBuildDate>`,
    items: articles.map((a) => ({
      title: displayTitle(a),
      link: withBase(base, a.permalink),
      ...(a.date && { pubDate: new Date(partialDateToRfc3339(a.date.value)) }),
      ...(summaryOf(a) && { description: summaryOf(a) }),
      ...(a.author && { customData: `<dc:creator>${xmlEscape(a.author)}</dc:creator>` }),
      ...(a.outlet && { categories: [a.outlet] }),
    })),
  });
};
