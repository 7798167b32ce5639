/**
 * Measures how faithfully a built page carries its source document: the source's words in order
 * outside the editor's content, the editor's words inside it, and page anchors for page markers.
 * Reads the HTML as a browser would (hast-util-from-html), not with regular expressions.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const WORD = /[\p{L}\p{N}]+/gu;
const PAGE_MARKER = /^\{\s*(?:pp?\s*\.?\s*([^{}]+?)|(frontispiece))\s*\}$/i;

export interface PageText {
  /** Text outside every `[data-editor]` element and outside note references: the source's text. */
  source: string;
  /** Text inside `[data-editor]` elements. */
  editor: string;
  anchors: Array<{ id: string; page: string }>;
}

export function readPage(html: string): PageText {
  const tree = fromHtml(html);
  const article = find(tree, (element) => element.properties.dataDocument !== undefined);
  if (!article) throw new Error('No element with data-document on the page');
  const source: string[] = [];
  const editor: string[] = [];
  const anchors: PageText['anchors'] = [];
  const walk = (node: Nodes, inEditor: boolean) => {
    if (node.type === 'text') (inEditor ? editor : source).push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (node.properties.role === 'doc-pagebreak') anchors.push({ id: String(node.properties.id), page: String(node.properties.dataPage) });
      if (node.tagName === 'script' || node.tagName === 'style') return;
      const classes = (node.properties.className as string[] | undefined) ?? [];
      if (classes.includes('note-ref')) return;
      if (node.properties.dataEditor !== undefined) inEditor = true;
    }
    for (const child of node.children) walk(child, inEditor);
  };
  walk(article, false);
  return { source: source.join(''), editor: editor.join(' '), anchors };
}

export interface SourceParts {
  /** The source's own text: the document without front matter and brace groups, split words joined. */
  text: string;
  /** Page markers' labels, in order. */
  pages: string[];
  /** The words inside the editor's braces that are not page markers. */
  comments: string[];
}

export function readSource(document: string): SourceParts {
  const body = document.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '');
  const pages: string[] = [];
  const comments: string[] = [];
  const text = body
    // A word hyphenated across a page break reads as one word.
    .replace(/(\p{L})-[ \t]*\n\s*(\{\s*pp?\b[^{}]*\})\s*(?=\p{Ll})/gu, '$1$2')
    .replace(/\{[^{}]*\}/g, (group) => {
      const page = PAGE_MARKER.exec(group);
      if (!page) {
        comments.push(group.slice(1, -1));
        return ' ';
      }
      pages.push((page[1] ?? page[2]!).replace(/\s+/g, ' '));
      return '';
    });
  return { text, pages, comments };
}

export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.toLowerCase());
}

/**
 * The index of the first word of `expected` that `actual` lacks in order (a subsequence), or
 * undefined when none is missing. `joined`: two expected words may stand as one actual word, as a
 * word hyphenated across a page marker (`de-` `{p. 523}` `viation`) is shown joined on the page.
 */
export function firstMissing(expected: readonly string[], actual: readonly string[], { joined = false } = {}): number | undefined {
  let cursor = 0;
  for (let index = 0; index < expected.length; index++) {
    const pair = joined && index + 1 < expected.length ? expected[index]! + expected[index + 1]! : undefined;
    let found = false;
    for (; cursor < actual.length && !found; cursor++) {
      if (actual[cursor] === expected[index]) found = true;
      else if (actual[cursor] === pair) {
        found = true;
        index++;
      }
    }
    if (!found) return index;
  }
  return undefined;
}

/** The share of `expected` words found in order in `actual` (greedy, with a bounded look-ahead). */
export function inOrderRatio(expected: string[], actual: string[], lookAhead = 200): number {
  if (expected.length === 0) return 1;
  let found = 0;
  let cursor = 0;
  for (const word of expected) {
    const limit = Math.min(actual.length, cursor + lookAhead);
    for (let index = cursor; index < limit; index++) {
      if (actual[index] === word) {
        found++;
        cursor = index + 1;
        break;
      }
    }
  }
  return found / expected.length;
}

function find(node: Nodes, test: (element: Element) => boolean): Element | undefined {
  if (node.type === 'element' && test(node)) return node;
  if (node.type !== 'element' && node.type !== 'root') return undefined;
  for (const child of node.children) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}
