/**
 * The source's own words in a node: text, links and cross-references, without the editor's
 * notes, glosses, markers and page labels (unlike mdast-util-to-string, which keeps every value).
 */
const EDITORIAL = new Set(['editorNote', 'blockEditorNote', 'gloss', 'marker', 'pageBreak']);

interface AnyNode {
  type: string;
  value?: unknown;
  children?: AnyNode[];
}

export function toString(node: AnyNode): string {
  if (EDITORIAL.has(node.type)) return '';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(toString).join('');
}
