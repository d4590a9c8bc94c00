/**
 * Points the mention links of an article's stored HTML (rehype-mentions writes
 * `<a href="/people/lukashenko/" class="mention">`) at `hrefOf(href)`. The content store keeps one
 * rendering, linking the Russian-interface entity pages; the English-interface copy of the article links
 * the English ones. A mention whose href `hrefOf` does not know keeps its link; other links are never
 * touched.
 */
export function relinkMentions(html: string, hrefOf: (href: string) => string | undefined): string {
  return html.replace(/<a href="([^"]*)" class="mention"/gu, (link, stored: string) => {
    const href = hrefOf(stored.replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
    return href === undefined
      ? link
      : `<a href="${href.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" class="mention"`;
  });
}
