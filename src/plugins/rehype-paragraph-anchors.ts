import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

export interface ParagraphAnchorOptions {
  /** Accessible name of the anchor link for paragraph `n`. */
  label: (n: number) => string;
}

/**
 * Gives every paragraph element (`data-paragraph="N"`, `id="p-N"`) a visible anchor link to itself, so a
 * reader can copy the address of exactly that paragraph. The link sits in `span.paragraph-tools`, one
 * unbreakable box at the end of the paragraph's last line that keeps room for the ❝ button the cite script
 * adds: the button can never wrap onto a line of its own below the paragraph.
 */
export default function rehypeParagraphAnchors(options: ParagraphAnchorOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const n = node.properties?.dataParagraph;
      if (n === undefined || typeof node.properties.id !== 'string') return;
      node.children.push(
        h('span', { className: ['paragraph-tools'], dataPagefindIgnore: '' }, [
          h(
            'a',
            { className: ['paragraph-anchor'], href: `#${node.properties.id}`, ariaLabel: options.label(Number(n)) },
            '¶',
          ),
        ]),
      );
    });
  };
}
