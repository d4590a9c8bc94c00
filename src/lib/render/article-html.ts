import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import type { Paragraph } from '../capture/index.ts';

/**
 * The article body as a hast tree: one element per paragraph with `id="p-N"`, list items grouped
 * in a list, photo captions marked. Text goes in as text nodes, so nothing in a capture is ever
 * interpreted as HTML or markdown.
 */
export function articleTree(paragraphs: Paragraph[]): Root {
  const children: ElementContent[] = [];
  let list: Element | undefined;
  for (const paragraph of paragraphs) {
    const props = { id: `p-${paragraph.n}`, dataParagraph: String(paragraph.n) };
    if (paragraph.kind === 'list-item') {
      if (!list) {
        list = h('ul', []);
        children.push(list);
      }
      list.children.push(h('li', props, paragraph.text));
      continue;
    }
    list = undefined;
    children.push(h('p', paragraph.kind === 'caption' ? { ...props, className: ['caption'] } : props, paragraph.text));
  }
  return { type: 'root', children };
}

/** Renders paragraphs to HTML through unified, with the given rehype plugins (anchors, mention links). */
export async function renderArticleHtml(paragraphs: Paragraph[], plugins: PluggableList): Promise<string> {
  const processor = unified().use(plugins).use(rehypeStringify);
  const tree = await processor.run(articleTree(paragraphs));
  return processor.stringify(tree as Root);
}
