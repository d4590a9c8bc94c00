import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

export interface ParagraphAnchorOptions {
  /** Accessible name of the anchor link for paragraph `n`. */
  label: (n: number) => string;
}

/**
 * Gives every paragraph element (`data-paragraph="N"`, `id="p-N"`) a visible anchor link to itself,
 * so a reader can copy the address of exactly that paragraph.
 */
export default function rehypeParagraphAnchors(options: ParagraphAnchorOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const n = node.properties?.dataParagraph;
      if (n === undefined || typeof node.properties.id !== 'string') return;
      node.children.push(
        h(
          'a',
          {
            className: ['paragraph-anchor'],
            href: `#${node.properties.id}`,
            ariaLabel: options.label(Number(n)),
            dataPagefindIgnore: '',
          },
          '¶',
        ),
      );
    });
  };
}
