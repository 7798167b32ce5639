/**
 * remark plugin: the document's structure as HTML sections, carrying the markup contract
 * (README, "Markup contract"): header lines, contents, preamble and `data-excerpt` sections.
 */
import type { Root } from 'mdast';
import { eachNode } from '../parser/index.ts';
import type { Excerpt } from '../parser/types.ts';
import { asElement, elementNode } from './lib/as-element.ts';

export default function remarkDocumentSections() {
  return (tree: Root) => {
    const excerptIds = new Map<string, string>();
    for (const node of tree.children) if (node.type === 'excerpt') excerptIds.set(node.number, node.id);

    eachNode(tree, (node) => {
      switch (node.type) {
        case 'docHeader':
          asElement(node, 'div', { className: ['doc-header'] });
          break;
        case 'headerLine':
          asElement(node, 'p', { className: ['header-line'], dataRole: node.role });
          break;
        case 'contents':
          asElement(node, 'nav', { className: ['contents'], ariaLabel: 'Contents as given by the editor' });
          // nav > ol > li: the list element stands between the nav and its items.
          node.children = [elementNode('ol', {}, node.children) as never];
          break;
        case 'contentsItem': {
          const target = excerptIds.get(node.number);
          const number = { type: 'element' as const, tagName: 'span', properties: { className: ['excerpt-number'] }, children: [{ type: 'text' as const, value: `(${node.number}) ` }] };
          node.children.unshift(elementNode('span', {}, [], [number]) as never);
          if (target) {
            node.children = [{ type: 'link', url: `#${target}`, children: node.children }];
          }
          asElement(node, 'li', { className: ['contents-item'] });
          break;
        }
        case 'preamble':
          asElement(node, 'section', { className: ['preamble'], id: node.id, ariaLabel: 'Introduction' });
          break;
        case 'excerpt':
          excerptSection(node);
          break;
        case 'bibliography':
          asElement(node, 'p', { className: ['bibliography'] });
          break;
        case 'paragraph':
          if (node.children.length > 0 && node.children.every((child) => child.type === 'marker' || (child.type === 'text' && !child.value.trim()))) {
            asElement(node, 'p', { className: ['marker-line'] });
          }
          break;
      }
    });
  };
}

export const excerptHeadingId = (excerptId: string) => `${excerptId}-title`;

function excerptSection(node: Excerpt): void {
  const headingId = excerptHeadingId(node.id);
  asElement(node, 'section', {
    className: ['excerpt'],
    id: node.id,
    dataExcerpt: node.number,
    dataWork: node.data.work.label,
    ariaLabelledBy: [headingId],
  });
  const heading = node.children.find((child) => child.type === 'excerptHeading');
  if (heading) {
    const number = elementNode('span', { className: ['excerpt-number'] }, [], [{ type: 'text', value: `(${node.number})` }]);
    heading.children.unshift(number as never, { type: 'text', value: ' ' });
    asElement(heading, 'h2', { id: headingId, className: ['excerpt-heading'] });
  }
}
