/**
 * A document as the search index takes it, made from the same HTML tree as its page, at render
 * time: the index never reads built pages back.
 *
 * - `body`: the document's HTML as Pagefind should read it. The page's own search markup stays (the
 *   citations' `data-pagefind-title`, the `source` filters); what the page marks
 *   `data-pagefind-ignore` (the editor's words, page labels, note numbers) is left out, and the
 *   text is written as the index reads it (./search-text.ts), so that a phrase is found across
 *   punctuation and an accent-free query finds accented words.
 * - `notes`: the editor's notes and glosses, each with the citation it stands under, indexed as a
 *   page of their own (./index-site.ts): on the document page they are ignored, so that a quote
 *   matches the source's sentence around them.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { editorHeading } from './filters.ts';
import { searchText } from './search-text.ts';

export interface EditorNote {
  /** The id on the document page it links to: its own, or the citation it stands under ('' for the top). */
  target: string;
  /** "Editor’s note 5 on Deutscher, …, p. 30": the title of its search result. */
  heading: string;
  /** The editor's words, as the index reads them. */
  text: string;
  /** The quoted work it comments on, if any (`data-work` of its excerpt). */
  source?: string;
}

export interface SearchRecord {
  /** The document's title. */
  title: string;
  body: string;
  notes: EditorNote[];
}

/**
 * The search record of a rendered document. `tree` is the document's HTML tree, which this
 * changes: call it after the page's HTML is written.
 */
export function searchRecord(tree: Root, title: string): SearchRecord {
  const notes = editorNotes(tree, title);
  return { title, body: toHtml(searchBody(tree)), notes };
}

/** The tree without what the index ignores, its text as the index reads it. */
function searchBody(tree: Root): Root {
  const rewrite = <T extends RootContent | ElementContent>(nodes: T[]): T[] =>
    nodes.map((node) => {
      if (node.type === 'text') return { ...node, value: searchText(node.value) };
      if (node.type !== 'element') return node;
      // A space in its place: words on either side of a gloss written without spaces stay apart.
      if (node.properties.dataPagefindIgnore !== undefined) return { type: 'text', value: ' ' } as T;
      node.children = rewrite(node.children);
      return node;
    });
  tree.children = rewrite(tree.children);
  return tree;
}

/** Where the reader is while walking the page: the citation above and the quoted work. */
interface Place {
  id: string;
  title: string;
  source?: string;
}

/** The editor's notes and glosses, in the page's order, each under the citation before it. */
function editorNotes(tree: Root, documentTitle: string): EditorNote[] {
  const notes: EditorNote[] = [];
  let place: Place = { id: '', title: documentTitle };
  const walk = (nodes: ReadonlyArray<RootContent | ElementContent>) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const { id, role, dataWork, dataEditor } = node.properties;
      const title = citationTitle(node);
      if (node.tagName === 'section') {
        const source = typeof dataWork === 'string' ? dataWork : undefined;
        place = { id: String(id ?? ''), title: title ?? source ?? documentTitle, source };
      } else if (role === 'doc-pagebreak' && id) {
        place = { ...place, id: String(id), title: title ?? place.title };
      } else if (title && id) {
        place = { ...place, id: String(id), title };
      }
      if (dataEditor === 'note' && id) {
        const number = String(id).replace(/^\D+/, '');
        notes.push({ target: String(id), heading: editorHeading.note(number, place.title), text: wordsOf(node), source: place.source });
      } else if (dataEditor === 'gloss') {
        notes.push({ target: id ? String(id) : place.id, heading: editorHeading.gloss(place.title), text: wordsOf(node).replace(/^\[(.*)\]$/s, '$1').trim(), source: place.source });
      } else {
        walk(node.children);
      }
    }
  };
  walk(tree.children);
  return notes.filter((note) => note.text !== '');
}

function citationTitle(element: Element): string | undefined {
  const title = element.properties.dataPagefindTitle;
  return typeof title === 'string' && title.trim() ? title : undefined;
}

/** Labels for screen readers, note labels and numbers, back links: the page's, not the editor's words. */
const APPARATUS = new Set(['visually-hidden', 'note-label', 'note-label-line', 'note-back', 'note-ref']);

/** An element's words as the index reads them, without the page's apparatus; blocks end in a space. */
function wordsOf(element: Element): string {
  const pieces: string[] = [];
  const collect = (node: ElementContent) => {
    if (node.type === 'text') pieces.push(node.value);
    if (node.type !== 'element') return;
    const classes = node.properties.className;
    if (Array.isArray(classes) && classes.some((name) => APPARATUS.has(String(name)))) return;
    node.children.forEach(collect);
    if (node.tagName === 'p' || node.tagName === 'br') pieces.push(' ');
  };
  element.children.forEach(collect);
  return searchText(pieces.join('')).replace(/\s+/g, ' ').trim();
}
