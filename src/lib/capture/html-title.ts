import { anyStopword } from './stopwords/index.ts';

/**
 * The headline of a saved page. The page's only `<h1>` is it — unless that `<h1>` is the site's logo or
 * name, which many outlets mark up as `<h1>` on every page. Then the headline is the one the page's
 * own descriptions agree on: `og:title`, JSON-LD `headline`, or `<title>` without the site's name.
 */

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();
const norm = (text: string) =>
  collapse(text)
    .toLowerCase()
    .replace(/[«»"“”„'’]/gu, '');
/** Separators between a headline and the site's name in `<title>`: "Headline — Site", "Site | Headline". */
const TITLE_SEPARATOR = /\s+[|—–·-]\s+|\s+[/\\]{1,2}\s+|\s+::(?:\s+|$)/u;

const words = (text: string) =>
  norm(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
/** Words that carry meaning (function words left out): what a section's name and a headline would share. */
const contentWords = (text: string) => words(text).filter((w) => !anyStopword.has(w));

/** The names the site calls itself: og:site_name, the Twitter handle, JSON-LD WebSite/Organization/publisher names. */
export function siteNames(document: Document): string[] {
  const names = new Set<string>();
  for (const key of ['og:site_name', 'al:android:app_name', 'twitter:site']) {
    const value = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    if (value) names.add(norm(value.replace(/^@/u, '')));
  }
  for (const object of jsonLd(document)) {
    const type = String(object['@type'] ?? '');
    if (/website|organization|newsmediaorganization/iu.test(type) && typeof object.name === 'string')
      names.add(norm(object.name));
    const publisher = object.publisher as Record<string, unknown> | undefined;
    if (publisher && typeof publisher.name === 'string') names.add(norm(publisher.name));
  }
  names.delete('');
  // Some pages put the article's title in a site-name tag: a name that is the article's title is none.
  const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content');
  if (ogTitle) names.delete(norm(ogTitle));
  return [...names];
}

/** The headline the page's JSON-LD gives its article, if any. */
function jsonLdHeadline(document: Document): string | undefined {
  for (const object of jsonLd(document)) {
    if (
      /article|posting|report|news/iu.test(String(object['@type'] ?? '')) &&
      typeof object.headline === 'string' &&
      object.headline.trim()
    )
      return collapse(object.headline);
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

/**
 * Whether `<title>` names `heading` as the site beside a longer title that the page's descriptions
 * (`og:title`, JSON-LD, DC) agree with: "Silicon Exposed: Open Verilog flow …" with `og:title` "Open Verilog flow …".
 */
function namedAsSite(heading: string, pageTitle: string, described: string[]): boolean {
  const [h, t] = [norm(heading), norm(pageTitle)];
  if (!h || h === t) return false;
  const rest = t.startsWith(h)
    ? /^\s*(?::|[|—–·/\\-]|::)\s+(.+)$/u.exec(t.slice(h.length))?.[1]
    : t.endsWith(h)
      ? /^(.+?)\s+(?:[|—–·/\\-]|::)\s*$/u.exec(t.slice(0, t.length - h.length))?.[1]
      : undefined;
  if (!rest || words(rest).length <= words(h).length) return false;
  return agrees(rest, described);
}

/** Whether an `<h1>` is the site's logo or name rather than an article's headline. */
function isSiteHeading(
  element: Element,
  text: string,
  names: string[],
  described: string[],
  pageTitle: { whole: string; described: string[] },
): boolean {
  const n = norm(text);
  if (names.includes(n)) return true;
  if (namedAsSite(text, pageTitle.whole, pageTitle.described)) return true;
  // "Minecraft News" on a site named "Minecraft Update News".
  if (names.some((name) => words(n).every((w) => words(name).includes(w)))) return true;
  // A description that holds the heading as a part of its own beside the title ("… :: 痞客邦 PIXNET ::") names the site.
  const asPart = (d: string) =>
    d.split(TITLE_SEPARATOR).length > 1 && d.split(TITLE_SEPARATOR).some((p) => norm(p) === n);
  if (described.some((d) => norm(d) === n || (norm(d).includes(n) && !asPart(d)))) return false;
  const cls = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.parentElement?.getAttribute('class') ?? ''}`;
  if (/logo|brand|site-?name|masthead/iu.test(cls)) return true;
  const link = element.querySelector('a');
  const href = link?.getAttribute('href');
  if (link && href && /^(?:\/|https?:\/\/[^/]+\/?)$/u.test(href) && norm(link.textContent ?? '') === n) return true;
  if (element.querySelector('img') && n.length < 40) return true;
  return false;
}

/** Page parts around the article whose headings are the site's own calls ("See Fewer Ads", "Read more"). */
const AROUND_ARTICLE = /footer|banner|modal|popup|newsletter|sidebar|subscribe/iu;

/** Whether a heading sits in the page's footer, a sidebar, a navigation or a banner, not the article. */
function outsideArticle(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    if (tag === 'footer' || tag === 'aside' || tag === 'nav') return true;
    if (tag === 'article' || tag === 'main' || tag === 'body') return false;
    if (AROUND_ARTICLE.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

/** Share of the shorter text's words that the other has: 1 when one headline contains the other. */
export function overlap(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  if (x.length === 0 || y.length === 0) return 0;
  const [short, long] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return short.filter((w) => long.has(w)).length / short.length;
}

/** Whether a heading says what the page's descriptions say its article is called. */
const agrees = (text: string, described: string[]) =>
  described.some(
    (d) =>
      norm(d) === norm(text) ||
      (overlap(d, text) >= 0.8 &&
        Math.min(words(d).length, words(text).length) >= 0.6 * Math.max(words(d).length, words(text).length)),
  );

/** A heading of fewer meaningful words than this that shares none with the page's descriptions is a section's or site's name. */
const SECTION_NAME_WORDS = 5;

/**
 * Chooses the page's headline. A heading that agrees with what the page says its article is called
 * (`og:title`, JSON-LD `headline`, `<title>` without the site's name) wins, an `<h1>` first; else the
 * only `<h1>` that is not the site's logo or name, unless it is a short name sharing no word with those
 * descriptions (a section's name: "Allergies Health Center"); else the first description; last `fallback`.
 */
export function chooseHtmlTitle(document: Document, fallback?: string): string | undefined {
  const text = (e: Element) => collapse(e.textContent ?? '');
  const h1s = [...document.querySelectorAll('h1')].filter((h) => text(h) && !outsideArticle(h));
  const names = siteNames(document);
  const ogTitle =
    collapse(
      document.querySelector('meta[property="og:title"], meta[name="og:title"]')?.getAttribute('content') ?? '',
    ) || undefined;
  const headline = jsonLdHeadline(document);
  const dcTitle =
    collapse(
      document
        .querySelector('meta[name="DC.title" i], meta[property="dc:title" i], meta[name="dcterms.title" i]')
        ?.getAttribute('content') ?? '',
    ) || undefined;
  const wholeTitle = collapse(document.querySelector('title')?.textContent ?? '');
  const pageTitle = titleWithoutSite(wholeTitle, names);
  const isDescription = (d: string | undefined): d is string => d !== undefined && !names.includes(norm(d));
  const tagged = [ogTitle, headline, dcTitle].filter(isDescription);
  const described = [...tagged, pageTitle].filter(isDescription);

  // The parts of <title> agree too ("Mozilla - Wikipedia" names the h1 "Mozilla"), though only a whole one is a description.
  const parts = wholeTitle.split(TITLE_SEPARATOR).map(collapse).filter(Boolean);
  const articleH1s = h1s.filter(
    (h) => !isSiteHeading(h, text(h), names, described, { whole: wholeTitle, described: tagged }),
  );
  const agreeing =
    h1s.find((h) => agrees(text(h), described)) ??
    articleH1s.find((h) => parts.some((p) => norm(p) === norm(text(h)) && !names.includes(norm(p))));
  if (agreeing) return text(agreeing);
  if (articleH1s.length === 1) {
    const only = text(articleH1s[0]!);
    // Only a description of two meaningful words or more can say a heading is not the article's ("x" says nothing).
    const telling = described.filter((d) => contentWords(d).length >= 2);
    const sectionName =
      telling.length > 0 &&
      contentWords(only).length < SECTION_NAME_WORDS &&
      telling.every((d) => contentWords(d).every((w) => !contentWords(only).includes(w)));
    if (!sectionName) return only;
  }
  if (described.length > 0) {
    for (const heading of document.querySelectorAll(
      'h2, h3, [itemprop="headline"], .headline, .article-title, .entry-title',
    )) {
      if (text(heading) && agrees(text(heading), described)) return text(heading);
    }
    return described[0];
  }
  const last = fallback ? collapse(fallback) : undefined;
  const logo = h1s.length === 1 ? norm(text(h1s[0]!)) : undefined;
  return last && !names.includes(norm(last)) && norm(last) !== logo ? last : undefined;
}
