import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { buildDate } from '../lib/build-info.ts';
import { t } from '../lib/i18n/strings.ts';
import { renderAtom, rfc3339 } from '../lib/feeds/atom.ts';
import { atomEntries } from '../lib/feeds/feeds.ts';
import { absoluteUrl } from '../lib/url.ts';

/** The articles as an Atom feed (RFC 4287), newest first; `updated` is the build date, never the clock. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const origin = site ?? new URL('http://localhost/');
  const articles = (await getArticles()).map((e) => e.data);
  const s = t('ru');
  const built = buildDate();
  const body = renderAtom({
    id: absoluteUrl(base, '/', origin),
    title: s.siteName,
    subtitle: s.permanence.feedDescription,
    self: absoluteUrl(base, '/atom.xml', origin),
    home: absoluteUrl(base, '/', origin),
    updated: rfc3339(built),
    language: 'ru',
    author: s.siteName,
    generator: 'letopis',
    entries: atomEntries(articles, origin, base, built),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
