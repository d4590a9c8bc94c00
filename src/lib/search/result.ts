/**
 * Turning a Pagefind result into what the result list shows: the paragraph a match is in, whether it
 * matched only the hidden registry names (and then where the article names that entity), the excerpt
 * as safe text-and-mark segments, and the kind.
 */
import { parseNamesAnchorId, type NamePlace } from './terms.ts';

/** An element with an `id` on the page, as Pagefind reports it (`result.data().anchors`). */
export interface Anchor {
  element: string;
  id: string;
  /** Word position where the element starts. */
  location: number;
  text?: string;
}

/** The id of the hidden registry names element (`SearchNames.astro`). */
export const termsAnchorId = 'search-terms';

const paragraphId = /^p-(\d+)$/u;

/**
 * The paragraph (`p-N`) that holds the first match in the article's text, from the word positions of
 * the matches (`result.data().locations`) and the page's anchors. Undefined when the matches are only
 * in the title or outside any numbered paragraph.
 */
export function paragraphOf(
  locations: readonly number[],
  anchors: readonly Anchor[],
): { id: string; n: number } | undefined {
  const terms = anchors.find((a) => a.id === termsAnchorId)?.location ?? Infinity;
  const paragraphs = anchors.filter((a) => paragraphId.test(a.id)).sort((a, b) => a.location - b.location);
  for (const location of [...locations].sort((a, b) => a - b)) {
    if (location >= terms) break;
    let holder: Anchor | undefined;
    for (const p of paragraphs) if (p.location <= location) holder = p;
    if (holder) return { id: holder.id, n: Number(paragraphId.exec(holder.id)![1]) };
  }
  return undefined;
}

/** Whether every match is in the hidden registry names, none in the visible text. */
export function matchedOnlyNames(locations: readonly number[], anchors: readonly Anchor[]): boolean {
  const terms = anchors.find((a) => a.id === termsAnchorId)?.location;
  return terms !== undefined && locations.length > 0 && locations.every((l) => l >= terms);
}

/**
 * Where an article names the entity a result matched only through its hidden names: the paragraph, and
 * the name's word positions in the page's text (to mark them in the excerpt). Undefined when the match is
 * in the visible text, or the names carry no place (a page's own names).
 */
export function nameMatch(
  locations: readonly number[],
  anchors: readonly Anchor[],
): { paragraph: { id: string; n: number }; words: number[] } | undefined {
  if (!matchedOnlyNames(locations, anchors)) return undefined;
  const first = Math.min(...locations);
  let place: NamePlace | undefined;
  for (const anchor of anchors) {
    const parsed = anchor.location <= first ? parseNamesAnchorId(anchor.id) : undefined;
    if (parsed) place = parsed;
  }
  if (!place) return undefined;
  const id = `p-${place.paragraph}`;
  const start = anchors.find((a) => a.id === id)?.location;
  if (start === undefined) return undefined;
  const words =
    place.word === undefined ? [] : Array.from({ length: place.words ?? 1 }, (_, k) => start + place.word! + k);
  return { paragraph: { id, n: place.paragraph }, words };
}

/** A piece of an excerpt: plain text, or a highlighted match. */
export interface Segment {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
  nbsp: '\u00a0',
};

/**
 * Pagefind's excerpt (text with `<mark>` around matches) as segments to put in the page as text nodes,
 * never as HTML: whatever else looks like markup stays text.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/u)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) {
      const text = part.replace(/&(amp|lt|gt|quot|apos|#39|#x27|nbsp);/gu, (_, name: string) => entities[name] ?? '');
      const last = segments.at(-1);
      if (last && last.mark === mark) last.text += text;
      else segments.push({ text, mark });
    }
  }
  return trimMarks(segments);
}

/** A highlight's leading and trailing punctuation (`[Лукашенко`, `Лукашенко.`, `«ПВТ»`). */
const edges = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u;

/**
 * Pagefind marks whole words as split on white space, punctuation included: the marks are narrowed to
 * the letters and digits, the punctuation joining the text around them. A mark of punctuation alone
 * is no mark; marks with only spaces between them become one.
 */
export function trimMarks(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const [before, last] = [out.at(-2), out.at(-1)];
    // Marked words with only spaces between them are one mark ("Парка высоких технологий").
    if (mark && last && !last.mark && /^\s+$/u.test(last.text) && before?.mark) {
      out.pop();
      before.text += last.text + text;
    } else if (last && last.mark === mark && !mark) last.text += text;
    else out.push({ text, mark });
  };
  for (const segment of segments) {
    if (!segment.mark) push(segment.text, false);
    else {
      const [, before = '', core = '', after = ''] = edges.exec(segment.text) ?? [];
      push(before, false);
      push(core, true);
      push(after, false);
    }
  }
  return out;
}

export type Kind = 'article' | 'person' | 'organization' | 'event' | 'place' | 'topic' | 'page';

const kindByFolder: Record<string, Kind> = {
  articles: 'article',
  people: 'person',
  organizations: 'organization',
  events: 'event',
  places: 'place',
  topics: 'topic',
};

/** A result's kind: its `kind` metadata, or else the archive folder its URL is in. */
export function kindOf(url: string, base: string, meta: Record<string, string | undefined>): Kind {
  if (meta.kind && Object.values(kindByFolder).includes(meta.kind as Kind)) return meta.kind as Kind;
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//u, '');
  const folder = path.split('/')[0] ?? '';
  const rest = path.split('/')[1];
  // `/en/people/x/` (an English interface copy) counts like `/people/x/`.
  return kindByFolder[folder] ?? (folder === 'en' && rest ? (kindByFolder[rest] ?? 'page') : 'page');
}

/**
 * The address of a result in the reader's interface language. The site builds every page twice, at
 * `/x/` (Russian interface) and `/en/x/` (English interface); both copies are indexed, so a result is
 * shown once, as the copy for the interface the reader is using.
 */
export function addressFor(url: string, base: string, ui: 'ru' | 'en'): string {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//u, '');
  const bare = path.startsWith('en/') ? path.slice(3) : path;
  return `${base}${ui === 'en' ? `en/${bare}` : bare}`;
}

/**
 * An excerpt around the first match in the visible text, not in the hidden names: `words` words of
 * `content` (Pagefind's `locations` count its words split on white space), the matches marked. With no
 * visible match, the excerpt opens the element `fallbackId` (a paragraph), else the page.
 */
export function excerptAround(
  content: string,
  locations: readonly number[],
  anchors: readonly Anchor[],
  words = 26,
  fallbackId?: string,
): Segment[] {
  const terms = anchors.find((a) => a.id === termsAnchorId)?.location ?? Infinity;
  const all = content.split(/\s+/u).filter(Boolean);
  const visible = [...locations].filter((l) => l < terms).sort((a, b) => a - b);
  const fallback = anchors.find((a) => a.id === fallbackId)?.location;
  const first = visible[0] ?? (fallback === undefined ? 0 : fallback + Math.floor(words / 3));
  const start = Math.max(0, Math.min(first - Math.floor(words / 3), Math.min(terms, all.length) - words));
  const end = Math.min(start + words, terms, all.length);
  const marked = new Set(visible);
  const segments: Segment[] = [];
  for (let i = start; i < end; i++) {
    const text = `${i === start ? '' : ' '}${all[i]}`;
    const mark = marked.has(i);
    const last = segments.at(-1);
    if (mark) {
      if (i !== start) segments.push({ text: ' ', mark: false });
      segments.push({ text: all[i]!, mark: true });
    } else if (last && !last.mark) last.text += text;
    else segments.push({ text, mark: false });
  }
  return trimMarks(segments);
}
