import type { APIRoute } from 'astro';
import { getArchiveIndex } from '../../data/registry.ts';
import { unmatchedNames } from '../../lib/entities/index.ts';
import { unmatchedReport } from '../../lib/entities/report.ts';

/** The editors' report, written by every build: capitalised names and acronyms that match no entity. */
export const GET: APIRoute = async () => {
  const { articles } = await getArchiveIndex();
  const names = articles.flatMap(({ data }) =>
    unmatchedNames(
      data.paragraphs.map((p) => p.text),
      data.mentions,
    ).map((n) => ({ ...n, article: data.id })),
  );
  return new Response(`${JSON.stringify(unmatchedReport(names), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
