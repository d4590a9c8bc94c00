/**
 * The language switch keeps the reader's place: its built link is the same page in the other interface
 * (Base.astro), and where JavaScript runs it also carries the address's query and fragment, so
 * `/search/?q=ПВТ` leads to `/en/search/?q=ПВТ` and `…/#p-4` to `…/#p-4`. The link is brought up to date
 * whenever the address may have changed (a fragment followed, the search page's query) and at the latest
 * as the reader reaches for it, so opening it in a new tab or copying it keeps the place too.
 */
const link = document.querySelector<HTMLAnchorElement>('a.language-switch');
if (link) {
  const page = new URL(link.href);
  const keepPlace = () => {
    const target = new URL(page);
    target.search = location.search;
    target.hash = location.hash;
    link.href = target.href;
  };
  keepPlace();
  for (const type of ['hashchange', 'popstate']) window.addEventListener(type, keepPlace);
  for (const type of ['pointerdown', 'pointerenter', 'focus', 'click']) link.addEventListener(type, keepPlace);
}
