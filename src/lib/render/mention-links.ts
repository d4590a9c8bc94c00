/**
 * Points the mention links of an article's stored HTML (rehype-mentions writes
 * `<a href="…" data-entity="people/lukashenko" class="mention">`) at `hrefOf(ref)`. The content store
 * keeps one rendering, linking the Russian-interface entity pages; the English-interface copy of the
 * article links the English ones. A ref `hrefOf` does not know keeps its link.
 */
export function relinkMentions(html: string, hrefOf: (ref: string) => string | undefined): string {
  return html.replace(/<a href="[^"]*" data-entity="([^"]+)"/gu, (link, ref: string) => {
    const href = hrefOf(ref);
    return href === undefined
      ? link
      : `<a href="${href.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" data-entity="${ref}"`;
  });
}
