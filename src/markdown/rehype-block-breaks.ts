/**
 * rehype plugin: a line break between sibling block elements (`</p>\n<p>`), as remark-rehype writes
 * for Markdown's own blocks but not for ours. Without it the text of two paragraphs runs together
 * for anything that reads the page's text without layout (textContent, indexers, copy tools).
 */
import type { Element, ElementContent, Root } from 'hast';
import { eachNode } from '../parser/index.ts';

const BLOCKS = new Set(['article', 'aside', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'nav', 'ol', 'p', 'section', 'ul']);

const isBlock = (node: ElementContent | undefined): node is Element => node?.type === 'element' && BLOCKS.has(node.tagName);

export default function rehypeBlockBreaks() {
  return (tree: Root) => {
    eachNode(tree, (node) => {
      if (node.type !== 'root' && node.type !== 'element') return;
      const children: Array<Root['children'][number]> = [];
      node.children.forEach((child, index) => {
        const previous = node.children[index - 1] as ElementContent | undefined;
        if (isBlock(child as ElementContent) && isBlock(previous)) children.push({ type: 'text', value: '\n' });
        children.push(child);
      });
      node.children = children as typeof node.children;
    });
  };
}
