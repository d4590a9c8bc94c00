import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type ArticleEntry } from '../../data/articles.ts';
import { cacheKey } from '../../data/cache-keys.ts';
import { citationContext } from '../../data/site.ts';
import { citationRecord } from '../../lib/archive/citation-record.ts';
import { formats } from '../../lib/cite/index.ts';

/** `/citations/<capture id>.bib|.ris|.json`: each article's reference as a file a reference manager imports. */
export const getStaticPaths = (async () => {
  const articles = await getArticles();
  const fileFormats = formats.filter((format) => format.fileExtension);
  return articles.flatMap((entry) => {
    const key = cacheKey(entry.digest);
    return fileFormats.map((format) => ({ params: { file: `${entry.id}${format.fileExtension}` }, props: { entry, format }, cacheKey: key }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ArticleEntry; format: (typeof formats)[number] }> = ({ props: { entry, format }, site }) => {
  const record = citationRecord(entry.data, citationContext(entry.data, site));
  return new Response(format.render(record), { headers: { 'Content-Type': `${format.mime}; charset=utf-8` } });
};
