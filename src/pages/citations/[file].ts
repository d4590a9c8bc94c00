import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type ArticleEntry } from '../../data/articles.ts';
import { citationContext } from '../../data/site.ts';
import { citationRecord } from '../../lib/cite/citation-record.ts';
import { fileFormats } from '../../lib/cite/citation-files.ts';

/**
 * `/citations/<capture id>.bib|.ris|.json` in `astro dev`. A build writes these files after the pages,
 * from the record each article page carries (src/integrations/citations.ts): as 30,000 routes at
 * 10,000 articles they cost Astro as much as the article pages themselves.
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const articles = await getArticles();
  return articles.flatMap((entry) =>
    fileFormats.map((format) => ({ params: { file: `${entry.id}${format.fileExtension}` }, props: { entry, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ArticleEntry; format: (typeof fileFormats)[number] }> = ({
  props: { entry, format },
  site,
}) => {
  const record = citationRecord(entry.data, citationContext(entry.data.permalink, site));
  return new Response(format.render(record), { headers: { 'Content-Type': `${format.mime}; charset=utf-8` } });
};
