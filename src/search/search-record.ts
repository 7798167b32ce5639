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
 *   matches the source's sentence around them. They are read from the reader's tree
 *   (./editor-notes.ts).
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { EditorNote } from './editor-notes.ts';
import { searchText } from './search-text.ts';

export interface SearchRecord {
  /** The document's title. */
  title: string;
  body: string;
  notes: EditorNote[];
}

/**
 * The search record of a rendered document, with its notes (./editor-notes.ts). `tree` is the
 * document's HTML tree, which this changes: call it after the page's HTML is written.
 */
export function searchRecord(tree: Root, title: string, notes: EditorNote[]): SearchRecord {
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
