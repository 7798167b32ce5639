/**
 * remark plugin: the editor's glosses inside a quoted sentence, shown in square brackets, and the
 * editor's markers (`{start}`, `{end of quotes}`), shown small and set apart. Both carry
 * `data-editor` and a label for screen readers, and stay out of the search index's source text.
 */
import type { Root } from 'mdast';
import { eachNode } from '../parser/index.ts';
import { asElement, visuallyHidden } from './lib/as-element.ts';

export default function remarkEditorMarks() {
  return (tree: Root) => {
    eachNode(tree, (node) => {
      if (node.type === 'gloss') {
        node.children = [
          { type: 'readerElement', data: { hChildren: [visuallyHidden('editor’s insertion: ')] , hName: 'span' }, children: [] } as never,
          { type: 'text', value: '[' },
          ...node.children,
          { type: 'text', value: ']' },
        ];
        asElement(node, 'span', { className: ['gloss'], dataEditor: 'gloss', dataPagefindIgnore: '' });
      } else if (node.type === 'marker') {
        asElement(node, 'span', { className: ['marker'], dataEditor: 'marker', dataPagefindIgnore: '' }, [
          visuallyHidden('editor’s marker: '),
          { type: 'text', value: node.value },
        ]);
      }
    });
  };
}
