import { getArticles } from './articles.ts';
import { getPermanence } from './permanence.ts';
import type { Redirect, Withdrawal } from '../lib/permanence/schema.ts';

/** A page at a retired permanent path (permanence): a redirect, or a withdrawn article's tombstone. */
export type RetiredPage =
  { kind: 'redirect'; redirect: Redirect } | { kind: 'tombstone'; record: Withdrawal; permalink: string };

const param = (path: string) => path.replace(/^\/|\/$/gu, '');

/** Tombstones of withdrawn articles; the record is completed from the capture while it is still in seeds/. */
export async function tombstoneRoutes() {
  const permanence = await getPermanence();
  const articles = new Map((await getArticles({ withdrawn: true })).map((entry) => [entry.id, entry.data]));
  return permanence.withdrawals.flatMap((record) => {
    const article = articles.get(record.id);
    const permalink = article?.permalink ?? permanence.lock.articles[record.id];
    if (!permalink) return [];
    const full: Withdrawal = {
      ...(article && {
        titleSupplied: article.titleSupplied,
        ...(article.date && { date: article.date }),
        ...(article.outlet && { outlet: article.outlet }),
        ...(article.author && { author: article.author }),
        ...(article.sourceUrl && { url: article.sourceUrl }),
        language: article.language,
        sha256: article.sha256,
      }),
      ...record,
    };
    return [
      {
        params: { retired: param(permalink) },
        props: { kind: 'tombstone' as const, record: full, permalink } satisfies RetiredPage,
      },
    ];
  });
}

/** Redirect pages at the old paths of content/redirects.yaml. */
export async function redirectRoutes() {
  return (await getPermanence()).redirects.map((redirect) => ({
    params: { retired: param(redirect.from) },
    props: { kind: 'redirect' as const, redirect } satisfies RetiredPage,
  }));
}
