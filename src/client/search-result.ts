/**
 * One search result as plain DOM (no HTML strings from the index): title linked to the page (or to the
 * paragraph that matched), kind · date · outlet · paragraph, and the excerpt with its marks.
 */
import {
  addressFor,
  excerptAround,
  excerptSegments,
  kindOf,
  matchedOnlyNames,
  nameMatch,
  paragraphOf,
  termsAnchorId,
  type Segment,
} from '../lib/search/result.ts';
import { readTitleParts, TITLE_PARTS_META } from '../lib/search/title-parts.ts';
import type { Config, ResultData } from './search-pagefind.ts';

/** Puts `values` into `{name}` slots of a UI string. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/gu, (_, k: string) => String(values[k] ?? ''));

/** The list item of one result for `query`, in the page's language `ui`. */
export function renderResult(data: ResultData, query: string, config: Config, ui: 'ru' | 'en'): HTMLLIElement {
  const s = config.strings;
  const item = document.createElement('li');
  item.className = 'search-result';
  const kind = kindOf(data.url, config.base, data.meta);
  // Found through a name the article gives in other words ("ПВТ" for "Парка высоких технологий"): the paragraph that names it.
  const named = nameMatch(data.locations, data.anchors);
  const paragraph = named?.paragraph ?? paragraphOf(data.locations, data.anchors);
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  const address = addressFor(data.url, config.base, ui);
  link.href = paragraph ? `${address}#${paragraph.id}` : address;
  // The English title, each part in its language; else Pagefind's (the indexed Russian page's <h1>).
  const title = ui === 'en' ? readTitleParts(data.meta[TITLE_PARTS_META]) : undefined;
  if (title) {
    for (const { text, lang, part } of title) {
      const span = document.createElement('span');
      span.lang = lang;
      span.textContent = text;
      if (part === 'original') link.append(span);
      else {
        span.className = `title-alternative title-${part}`;
        link.append(' ', span);
      }
    }
  } else link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-result-meta';
  const parts = [
    s.kinds[kind] ?? '',
    data.meta[`date_${ui}`] ?? '',
    data.meta.outlet ?? '',
    paragraph ? fill(s.paragraph, { n: paragraph.n }) : '',
  ];
  meta.textContent = parts.filter(Boolean).join(' · ');
  item.append(heading, meta);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  if (named) {
    appendSegments(excerpt, excerptAround(data.content, named.words, data.anchors, 26, named.paragraph.id));
    const names = document.createElement('p');
    names.className = 'search-result-names';
    names.textContent = fill(s.matchedName, { names: query });
    item.append(excerpt, names);
  } else if (matchedOnlyNames(data.locations, data.anchors)) {
    excerpt.textContent = `${data.content.slice(data.meta.title?.length ?? 0, 220).replace(/^[\s.]+/u, '')}…`;
    const names = document.createElement('p');
    names.className = 'search-result-names';
    names.textContent = fill(s.matchedName, { names: query });
    item.append(excerpt, names);
  } else {
    // Pagefind's excerpt picks the densest window, which may be the hidden names; cut our own then.
    const inNames = data.anchors.some((a) => a.id === termsAnchorId) && /<mark>/u.test(data.excerpt);
    const segments = inNames
      ? excerptAround(data.content, data.locations, data.anchors)
      : excerptSegments(data.excerpt);
    appendSegments(excerpt, segments);
    item.append(excerpt);
  }
  return item;
}

/** Puts an excerpt's segments into `into` as text nodes and marks (never as HTML). */
function appendSegments(into: HTMLElement, segments: readonly Segment[]): void {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      into.append(mark);
    } else into.append(segment.text);
  }
}
