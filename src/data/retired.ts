import { getArticles } from './articles.ts';
import { getPermanence } from './permanence.ts';
import type { Redirect, Withdrawal } from '../lib/permanence/schema.ts';
import type { RetiredProvisional } from '../lib/permanence/provisional.ts';
import type { UiLanguage } from '../lib/i18n/dates.ts';
import { t } from '../lib/i18n/strings.ts';

/**
 * A page at a retired permanent path (permanence): a redirect, a withdrawn article's tombstone, or the
 * tombstone of a provisional page no longer proposed.
 */
export type RetiredPage =
  | { kind: 'redirect'; redirect: Redirect }
  | { kind: 'tombstone'; record: Withdrawal; permalink: string }
  | { kind: 'provisional'; record: RetiredProvisional; ui: UiLanguage };

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

/**
 * The pages of provisional entities no longer proposed (src/lib/permanence/provisional.ts), in one interface:
 * `ru` at the locked paths, `en` at their `/en/` twins (the route is relative to `/en/`). Each is a redirect to
 * the page the same entity has now, or a tombstone.
 */
export async function provisionalRoutes(ui: UiLanguage) {
  const { retiredProvisional } = await getPermanence();
  return retiredProvisional.flatMap((record) =>
    record.pages
      .filter((page) => page.startsWith('/en/') === (ui === 'en'))
      .map((page) => {
        const local = ui === 'en' ? page.slice('/en'.length) : page;
        const props: RetiredPage = record.to
          ? {
              kind: 'redirect',
              redirect: {
                from: page,
                to: ui === 'en' ? `/en${record.to}` : record.to,
                reason: `${t('ru').permanence.provisionalMoved} / ${t('en').permanence.provisionalMoved}`,
              },
            }
          : { kind: 'provisional', record: record as RetiredProvisional, ui };
        return { params: { retired: param(local) }, props };
      }),
  );
}
