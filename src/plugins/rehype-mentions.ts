/**
 * rehype plugin: links entity mentions inside article paragraphs.
 *
 * Works on a tree where each paragraph is `<p id="p-N">` (N 1-based), optionally ending with
 * `<a class="paragraph-anchor" href="#p-N">¶</a>`. A mention's `start`/`end` are UTF-16 offsets into
 * the concatenation of the paragraph's text nodes, which is the paragraph string the mentions were
 * found in. Each mention becomes `<a href="…" class="mention">…</a>`; its href names the entity (no
 * `data-entity` beside it: the ref would repeat the path, in every mention of every page, #20's page weight).
 * Text inside an existing `<a>` or a heading is never touched: a mention overlapping such text is
 * skipped. A mention that crosses inline markup (`<em>`) is linked piece by piece.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { CONTINUE, SKIP, visit as visitTree } from 'unist-util-visit';
import type { Mention } from '../lib/entities/enrichment-schema.ts';

/** Options of {@link rehypeMentions}. */
export interface RehypeMentionsOptions {
  /** Mentions found in the article's paragraphs (`findMentions`). */
  mentions: readonly Mention[];
  /** The URL of an entity's page, from its ref (`people/lukashenko` → `/people/lukashenko/`). */
  href: (entity: string) => string;
}

interface Segment {
  readonly node: Text;
  readonly start: number;
  readonly end: number;
  /** Inside an `<a>` or a heading. */
  readonly protectedText: boolean;
}

const protectedTags = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Wraps every mention in a link to its entity. */
export default function rehypeMentions(options: RehypeMentionsOptions) {
  const byParagraph = new Map<number, Mention[]>();
  for (const mention of options.mentions) {
    const list = byParagraph.get(mention.paragraph) ?? [];
    list.push(mention);
    byParagraph.set(mention.paragraph, list);
  }
  return (tree: Root): void => {
    visitParagraphs(tree, (paragraph, number) => {
      const mentions = byParagraph.get(number);
      if (mentions) linkParagraph(paragraph, mentions, options.href);
    });
  };
}

/** Calls `visit` on every `<p id="p-N">`/`<li id="p-N">` outside links and headings, not looking inside it. */
function visitParagraphs(tree: Root, visit: (p: Element, n: number) => void): void {
  visitTree(tree, 'element', (node) => {
    if (protectedTags.has(node.tagName)) return SKIP;
    const id = node.properties.id;
    const match =
      (node.tagName === 'p' || node.tagName === 'li') && typeof id === 'string' ? /^p-(\d+)$/.exec(id) : null;
    if (!match) return CONTINUE;
    visit(node, Number(match[1]));
    return SKIP;
  });
}

function linkParagraph(paragraph: Element, mentions: readonly Mention[], href: (entity: string) => string): void {
  const segments: Segment[] = [];
  let offset = 0;
  const push = (node: Text, protectedText: boolean) => {
    segments.push({ node, start: offset, end: offset + node.value.length, protectedText });
    offset += node.value.length;
  };
  visitTree(paragraph, (node) => {
    if (node.type === 'text') push(node, false);
    else if (node.type === 'element' && node !== paragraph && protectedTags.has(node.tagName)) {
      visitTree(node, 'text', (text) => push(text, true));
      return SKIP;
    }
    return CONTINUE;
  });

  /** Per text node, the local ranges to wrap and with which mention. */
  const cuts = new Map<Text, { from: number; to: number; mention: Mention }[]>();
  let linkedUpTo = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (mention.start < linkedUpTo || mention.end > offset || mention.start >= mention.end) continue;
    const touched = segments.filter((s) => s.start < mention.end && mention.start < s.end);
    if (touched.length === 0 || touched.some((s) => s.protectedText)) continue;
    for (const s of touched) {
      const list = cuts.get(s.node) ?? [];
      list.push({
        from: Math.max(mention.start, s.start) - s.start,
        to: Math.min(mention.end, s.end) - s.start,
        mention,
      });
      cuts.set(s.node, list);
    }
    linkedUpTo = mention.end;
  }
  if (cuts.size > 0) replaceTexts(paragraph, cuts, href);
}

function replaceTexts(
  paragraph: Element,
  cuts: ReadonlyMap<Text, readonly { from: number; to: number; mention: Mention }[]>,
  href: (entity: string) => string,
): void {
  visitTree(paragraph, 'text', (node, index, parent) => {
    const list = cuts.get(node);
    if (!list || !parent || index === undefined) return CONTINUE;
    const out: ElementContent[] = [];
    let at = 0;
    for (const { from, to, mention } of list) {
      if (from > at) out.push({ type: 'text', value: node.value.slice(at, from) });
      out.push(h('a', { href: href(mention.entity), className: ['mention'] }, node.value.slice(from, to)));
      at = to;
    }
    if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
    parent.children.splice(index, 1, ...out);
    // Go on after the inserted nodes: the new links' text is already done.
    return index + out.length;
  });
}
