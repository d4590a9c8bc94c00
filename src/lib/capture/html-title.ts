/**
 * The headline of a saved page. The page's only `<h1>` is it — unless that `<h1>` is the site's logo or
 * name, which many outlets mark up as `<h1>` on every page. Then the headline is the one the page's
 * own descriptions agree on: `og:title`, JSON-LD `headline`, or `<title>` without the site's name.
 */

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();
const norm = (text: string) => collapse(text).toLowerCase().replace(/[«»"“”„'’]/gu, '');
/** Separators between a headline and the site's name in `<title>`: "Headline — Site", "Site | Headline". */
const TITLE_SEPARATOR = /\s+[|—–·:-]\s+|\s+[/\\]{1,2}\s+/u;

/** The names the site calls itself: og:site_name, application-name, JSON-LD WebSite/Organization/publisher names. */
export function siteNames(document: Document): string[] {
  const names = new Set<string>();
  for (const key of ['og:site_name', 'application-name', 'al:android:app_name', 'twitter:site']) {
    const value = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    if (value) names.add(norm(value.replace(/^@/u, '')));
  }
  for (const object of jsonLd(document)) {
    const type = String(object['@type'] ?? '');
    if (/website|organization|newsmediaorganization/iu.test(type) && typeof object.name === 'string') names.add(norm(object.name));
    const publisher = object.publisher as Record<string, unknown> | undefined;
    if (publisher && typeof publisher.name === 'string') names.add(norm(publisher.name));
  }
  names.delete('');
  return [...names];
}

/** The headline the page's JSON-LD gives its article, if any. */
function jsonLdHeadline(document: Document): string | undefined {
  for (const object of jsonLd(document)) {
    if (/article|posting|report|news/iu.test(String(object['@type'] ?? '')) && typeof object.headline === 'string' && object.headline.trim()) return collapse(object.headline);
  }
  return undefined;
}

function jsonLd(document: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 5 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const object = node as Record<string, unknown>;
    out.push(object);
    if (object['@graph']) visit(object['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken block says nothing; the other clues remain.
    }
  }
  return out;
}

/** `<title>` without the site's name: its longest part between separators, or the whole when it has none. */
export function titleWithoutSite(title: string, names: string[] = []): string | undefined {
  const parts = collapse(title)
    .split(TITLE_SEPARATOR)
    .map(collapse)
    .filter((p) => p && !names.includes(norm(p)));
  if (parts.length === 0) return undefined;
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Whether an `<h1>` is the site's logo or name rather than an article's headline. */
function isSiteHeading(element: Element, text: string, names: string[], described: string[]): boolean {
  const n = norm(text);
  if (names.includes(n)) return true;
  if (described.some((d) => norm(d) === n || norm(d).includes(n))) return false;
  const cls = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.parentElement?.getAttribute('class') ?? ''}`;
  if (/logo|brand|site-?name|masthead/iu.test(cls)) return true;
  const link = element.querySelector('a');
  const href = link?.getAttribute('href');
  if (link && href && /^(?:\/|https?:\/\/[^/]+\/?)$/u.test(href) && norm(link.textContent ?? '') === n) return true;
  if (element.querySelector('img') && n.length < 40) return true;
  return false;
}

/**
 * Chooses the page's headline: its only `<h1>`, unless that is the site's name; then a heading that
 * matches what the page says its article is called, else `og:title`, JSON-LD `headline`, `<title>` without the
 * site's name, and last `fallback` (Readability's title).
 */
export function chooseHtmlTitle(document: Document, fallback?: string): string | undefined {
  const h1s = [...document.querySelectorAll('h1')].filter((h) => collapse(h.textContent ?? ''));
  const names = siteNames(document);
  const ogTitle = collapse(document.querySelector('meta[property="og:title"], meta[name="og:title"]')?.getAttribute('content') ?? '') || undefined;
  const headline = jsonLdHeadline(document);
  const pageTitle = titleWithoutSite(document.querySelector('title')?.textContent ?? '', names);
  const described = [ogTitle, headline, pageTitle].filter((d): d is string => d !== undefined && !names.includes(norm(d)));
  const articleH1s = h1s.filter((h) => !isSiteHeading(h, collapse(h.textContent ?? ''), names, described));
  if (h1s.length === 1 && articleH1s.length === 1) return collapse(h1s[0]!.textContent ?? '');
  if (articleH1s.length === 1 && h1s.length > 1) return collapse(articleH1s[0]!.textContent ?? '');
  if (h1s.length > 1 && articleH1s.length !== 1) {
    // Several headings: the one the page's descriptions name.
    const match = articleH1s.find((h) => described.some((d) => norm(d) === norm(h.textContent ?? '')));
    if (match) return collapse(match.textContent ?? '');
  }
  if (h1s.length === 1 || described.length > 0) {
    for (const heading of document.querySelectorAll('h2, h3, .article-title, [itemprop="headline"]')) {
      const text = collapse(heading.textContent ?? '');
      if (text && described.some((d) => norm(d) === norm(text) || norm(d).startsWith(norm(text)))) return text;
    }
    if (described[0]) return described[0];
  }
  const last = fallback ? collapse(fallback) : undefined;
  const logo = h1s.length === 1 ? norm(h1s[0]!.textContent ?? '') : undefined;
  return last && !names.includes(norm(last)) && norm(last) !== logo ? last : undefined;
}
