import type { APIRoute } from 'astro';
import { withBase } from '../lib/url.ts';

/**
 * Everything may be crawled; the sitemap is named with the site's origin and base. (Crawlers read
 * robots.txt only at the origin's root: under a sub-path, copy these lines into the root's file.)
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, '/sitemap-index.xml'), site ?? 'http://localhost/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
