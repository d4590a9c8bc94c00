import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type ArticleEntry } from '../../data/articles.ts';
import { cacheKey } from '../../data/cache-keys.ts';
import { citationContext } from '../../data/site.ts';
import { citationRecord } from '../../lib/archive/citation-record.ts';
import { formats } from '../../lib/cite/index.ts';

/** `/citations/<capture id>.bib|.ris|.json`: each article's reference as a file a reference manager imports. */
export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.flatMap((entry) =>
    formats
      .filter((format) => format.fileExtension)
      .map((format) => ({ params: { file: `${entry.id}${format.fileExtension}` }, props: { entry, formatId: format.id }, cacheKey: cacheKey(entry.digest) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ArticleEntry; formatId: string }> = ({ props, site }) => {
  const format = formats.find((f) => f.id === props.formatId)!;
  const record = citationRecord(props.entry.data, citationContext(props.entry.data, site));
  return new Response(format.render(record), { headers: { 'Content-Type': `${format.mime}; charset=utf-8` } });
};
