import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { eachNode, eachOfType, fromText } from '../../src/parser/index.ts';

const types = (tree: Root) => {
  const seen: string[] = [];
  eachNode(tree, (node) => seen.push(node.type));
  return seen;
};

describe('eachNode', () => {
  it('passes every node in document order, each before its children', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a' }, { type: 'emphasis', children: [{ type: 'text', value: 'b' }] }] }, { type: 'thematicBreak' }] };
    expect(types(tree)).toEqual(['root', 'paragraph', 'text', 'emphasis', 'text', 'thematicBreak']);
  });

  it('walks the children a visitor gave a node, not the ones it had', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'old' }] }] };
    const values: string[] = [];
    eachNode(tree, (node) => {
      if (node.type === 'paragraph') node.children = [{ type: 'strong', children: [{ type: 'text', value: 'new' }] }];
      if (node.type === 'text') values.push(node.value);
    });
    expect(values).toEqual(['new']);
  });

  it('finds the page markers of a document by type, in order', () => {
    const tree = fromText('(1) A. Author, A Book, London 1950:\n\n{p. 3} One {p. 4} two, {an editor’s note} three {p. 5}.\n');
    const pages: string[] = [];
    eachOfType(tree, 'pageBreak', (node) => pages.push(node.value));
    expect(pages).toEqual(['3', '4', '5']);
  });
});
