/**
 * remark plugin: the editor's notes become numbered margin notes.
 *
 * A note inside a paragraph: a reference link with the number as text, then the note itself as a
 * span (Tufte's sidenote) with an "Editor's note" label and a link back. A note that is a paragraph
 * (or several) of its own becomes an <aside> after the paragraph it comments on, which gets the
 * reference; with no such paragraph the aside stands alone and is always shown.
 * The stylesheet floats notes into the right margin on wide screens and shows them in the text on
 * narrow ones when their reference is followed (`:target`).
 */
import type { ElementContent } from 'hast';
import type { Paragraph, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { BlockEditorNote, InlineEditorNote } from '../parser/types.ts';
import { asElement, elementNode } from './lib/as-element.ts';

export const noteId = (number: number) => `note-${number}`;
export const noteRefId = (number: number) => `note-ref-${number}`;

export default function remarkMarginNotes() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'editorNote') {
        inlineNote(node);
        return 'skip';
      }
      if (node.type === 'blockEditorNote' && parent && index !== undefined) {
        blockNote(node, parent, index);
        return 'skip';
      }
      return undefined;
    });
  };
}

function reference(number: number) {
  return elementNode('a', {
    className: ['note-ref'],
    href: `#${noteId(number)}`,
    id: noteRefId(number),
    role: 'doc-noteref',
    ariaDescribedBy: [noteId(number)],
    dataPagefindIgnore: '',
  }, [], [{ type: 'text', value: String(number) }]);
}

function label(number: number): ElementContent {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['note-label'] },
    children: [{ type: 'text', value: `Editor’s note ${number}` }],
  };
}

function backLink(number: number) {
  return elementNode('a', { className: ['note-back'], href: `#${noteRefId(number)}`, role: 'doc-backlink', ariaLabel: `Back to the text of note ${number}` }, [], [{ type: 'text', value: '↩' }]);
}

function inlineNote(node: InlineEditorNote): void {
  const number = node.number;
  const body = elementNode('span', { className: ['note'], id: noteId(number), dataEditor: 'note', dataPagefindIgnore: '' }, [
    elementNode('span', {}, [], [label(number)]),
    { type: 'text', value: ' ' },
    ...node.children,
    { type: 'text', value: ' ' },
    backLink(number),
  ]);
  node.children = [reference(number), body] as never;
  asElement(node, 'span', { className: ['note-group'] });
}

function blockNote(node: BlockEditorNote, parent: Parent, index: number): void {
  const number = node.number;
  let anchor: Paragraph | undefined;
  for (let before = index - 1; before >= 0; before--) {
    const sibling = parent.children[before]!;
    if (sibling.type === 'paragraph') {
      anchor = sibling;
      break;
    }
    if (sibling.type !== 'blockEditorNote') break;
  }
  if (anchor) anchor.children.push({ type: 'text', value: ' ' }, reference(number) as never);
  const last = node.children.at(-1);
  // A note with no paragraph before it has no reference in the text to go back to.
  if (last && anchor) last.children.push({ type: 'text', value: ' ' }, backLink(number) as never);
  node.children.unshift(elementNode('p', { className: ['note-label-line'] }, [], [label(number)]) as never);
  asElement(node, 'aside', {
    className: anchor ? ['note', 'note-block'] : ['note', 'note-block', 'note-standalone'],
    id: noteId(number),
    dataEditor: 'note',
    ariaLabel: `Editor’s note ${number}`,
    dataPagefindIgnore: '',
  });
}
