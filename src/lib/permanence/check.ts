import type { PermalinkLock } from '../permalinks/lock.ts';
import type { Problem } from '../problems.ts';
import type { Located } from './read.ts';
import type { Redirect, Withdrawal } from './schema.ts';

/** The path part of a redirect target: `/articles/2019/x/#p-3` → `/articles/2019/x/`. */
export const targetPage = (to: string) => to.replace(/#.*$/u, '');

/**
 * The article ids in the lock that have been retired on purpose: withdrawn (a tombstone stands at
 * their path) or redirected (their locked path is a redirect source). Their captures may leave `seeds/`.
 */
export function retiredArticleIds(
  lock: PermalinkLock,
  redirects: readonly Redirect[],
  withdrawals: readonly Withdrawal[],
): Set<string> {
  const sources = new Set(redirects.map((r) => r.from));
  const ids = new Set(withdrawals.map((w) => w.id));
  for (const [id, path] of Object.entries(lock.articles)) if (sources.has(path)) ids.add(id);
  return ids;
}

export interface PermanenceInput {
  redirects: ReadonlyArray<Located<Redirect>>;
  withdrawals: ReadonlyArray<Located<Withdrawal>>;
  lock: PermalinkLock;
  /** Ids of the captures in `seeds/`. */
  captureIds: ReadonlySet<string>;
  redirectsFile: string;
  withdrawnFile: string;
}

/**
 * What can be checked before the build: duplicates, redirects onto themselves or into chains, a
 * redirect from a live article's path or from a tombstone, a withdrawal of an article never published.
 */
export function checkPermanence(input: PermanenceInput): Problem[] {
  const problems: Problem[] = [];
  const { redirectsFile: rf, withdrawnFile: wf } = input;
  const withdrawnIds = new Set<string>();
  for (const w of input.withdrawals) {
    if (withdrawnIds.has(w.id)) {
      problems.push({ file: wf, line: w.line, message: `"${w.id}" is withdrawn twice`, fix: 'keep one entry for it' });
    }
    withdrawnIds.add(w.id);
    if (input.lock.articles[w.id] === undefined && !input.captureIds.has(w.id)) {
      problems.push({
        file: wf,
        line: w.line,
        message: `no article "${w.id}" was ever published (it is neither in the permalink lock nor in seeds/)`,
        fix: 'correct the id (the capture file name without its extension) or remove the entry',
      });
    }
  }
  const tombstones = new Map(
    [...withdrawnIds].flatMap((id) => (input.lock.articles[id] ? [[input.lock.articles[id], id] as const] : [])),
  );
  const liveArticles = new Map(
    Object.entries(input.lock.articles)
      .filter(([id]) => input.captureIds.has(id) && !withdrawnIds.has(id))
      .map(([id, path]) => [path, id] as const),
  );
  const sources = new Map<string, number | undefined>();
  for (const r of input.redirects) {
    if (sources.has(r.from)) {
      problems.push({
        file: rf,
        line: r.line,
        message: `${r.from} is redirected twice`,
        fix: 'keep one entry for it: a path can lead to only one place',
      });
    }
    sources.set(r.from, r.line);
  }
  const nextOf = new Map<string, string>();
  for (const r of input.redirects) if (!nextOf.has(r.from)) nextOf.set(r.from, targetPage(r.to));
  for (const r of input.redirects) {
    const target = targetPage(r.to);
    if (target === r.from) {
      problems.push({
        file: rf,
        line: r.line,
        message: `${r.from} redirects to itself`,
        fix: 'point "to" at the page that replaces it',
      });
    } else if (sources.has(target)) {
      // Follow the chain to its end: a chain gets the final page as its fix, a loop gets a live page.
      const chain = [r.from, target];
      while (
        sources.has(chain.at(-1)!) &&
        !chain.slice(0, -1).includes(chain.at(-1)!) &&
        chain.length <= sources.size + 1
      )
        chain.push(nextOf.get(chain.at(-1)!)!);
      const end = chain.at(-1)!;
      if (chain.slice(0, -1).includes(end)) {
        problems.push({
          file: rf,
          line: r.line,
          message:
            end === r.from
              ? `${r.from} is part of a redirect loop (${chain.join(' → ')}): a reader would be sent round and round`
              : `${r.from} leads into a redirect loop (${chain.join(' → ')}): a reader would be sent round and round`,
          fix: 'point "to" of one of these entries at a live page (an article, entity or index page of the built site), not at another redirected path',
        });
      } else {
        const final = input.redirects.find((other) => other.from === chain.at(-2))!.to;
        problems.push({
          file: rf,
          line: r.line,
          message: `${r.from} redirects to ${r.to}, which is itself redirected to ${final} (${chain.join(' → ')})`,
          fix: `point "to" straight at the final page (${final}): readers should not be sent on twice`,
        });
      }
    }
    const live = liveArticles.get(r.from);
    if (live) {
      problems.push({
        file: rf,
        line: r.line,
        message: `${r.from} is the live page of the article "${live}": a redirect would hide it`,
        fix: `remove the redirect, or first withdraw the article (content/withdrawn.yaml) or remove its capture from seeds/`,
      });
    }
    const tomb = tombstones.get(r.from);
    if (tomb) {
      problems.push({
        file: rf,
        line: r.line,
        message: `${r.from} is the tombstone of the withdrawn article "${tomb}"`,
        fix: 'remove the redirect (a withdrawn article keeps its tombstone) or remove the article from content/withdrawn.yaml',
      });
    }
  }
  return problems;
}

/** The built site as the final check sees it. */
export interface BuiltSite {
  /** True when the built output has this path (a page `…/` or a file). */
  exists: (path: string) => boolean;
  /** True when the page at this path is one of our redirect pages. */
  isRedirectPage: (path: string) => boolean;
}

/** After the build: every redirect target exists, and every redirect source is our redirect page, not a live page. */
export function checkBuiltRedirects(
  redirects: ReadonlyArray<Located<Redirect>>,
  file: string,
  site: BuiltSite,
): Problem[] {
  const problems: Problem[] = [];
  for (const r of redirects) {
    const target = targetPage(r.to);
    if (!site.exists(target)) {
      problems.push({
        file,
        line: r.line,
        message: `${r.from} redirects to ${r.to}, but the built site has no page ${target}`,
        fix: 'point "to" at a page that exists (its permanent path in content/permalinks.json, without the base), or remove the redirect',
      });
    }
    if (site.exists(r.from) && !site.isRedirectPage(r.from)) {
      problems.push({
        file,
        line: r.line,
        message: `${r.from} is a live page of the site, so it cannot be redirected`,
        fix: 'remove the redirect; a page that is published stays where it is (move it only by retiring the page first)',
      });
    }
  }
  return problems;
}
