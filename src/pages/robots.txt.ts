import type { APIRoute } from 'astro';
import { archiveUrl } from '../data/site.ts';

/**
 * Everything may be crawled; the sitemap is named with the site's origin and base. (Crawlers read
 * robots.txt only at the origin's root: under a sub-path, copy these lines into the root's file.)
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = archiveUrl('/sitemap-index.xml', site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
