/**
 * The editor's notes and glosses as the search index takes them (./search-record.ts), read from
 * the reader's tree before the HTML plugins run: each with the id it has on the page and the
 * citation it stands under, named as the page names them (src/markdown/).
 */
import type { Root, RootContent } from 'mdast';
import { citationTitle } from '../citation/page-label.ts';
import { excerptHeadingId } from '../markdown/remark-document-sections.ts';
import { noteId } from '../markdown/remark-margin-notes.ts';
import { glossId } from '../markdown/remark-search-attributes.ts';
import { editorHeading } from './filters.ts';
import { searchText } from './search-text.ts';

export interface EditorNote {
  /** The id on the document page it links to: its own, or the citation it stands under ('' for the top). */
  target: string;
  /** "Editor’s note 5 on Deutscher, …, p. 30": the title of its search result. */
  heading: string;
  /** The editor's words, as the index reads them. */
  text: string;
  /** The quoted work it comments on, if any (its excerpt's work). */
  source?: string;
}

export interface NoteTitles {
  /** The document's title, for notes above its first citation. */
  document: string;
  /** The title the page cites its introduction by (src/markdown/remark-page-anchors.ts). */
  citation: string;
}

/** Where the reader is while reading the document: the citation above and the quoted work. */
interface Place {
  id: string;
  title: string;
  source?: string;
}

type Node = Root | RootContent;

/** The editor's notes and glosses, in the page's order, each under the citation before it. */
export function editorNotes(tree: Root, titles: NoteTitles): EditorNote[] {
  // Numbered in the order remark-search-attributes numbers them (the tree's order), glosses
  // inside notes included: wordsOf counts those.
  const glosses = { count: 0 };
  const notes: EditorNote[] = [];
  let place: Place = { id: '', title: titles.document };
  /** The excerpt being read, if any. */
  let excerpt: { id: string; work: string } | undefined;
  const walk = (node: Node) => {
    switch (node.type) {
      case 'preamble':
        place = { id: node.id, title: citationTitle.introduction(titles.citation) };
        break;
      case 'excerpt':
        excerpt = { id: node.id, work: node.data.work.label };
        place = { id: node.id, title: excerpt.work, source: excerpt.work };
        break;
      case 'excerptHeading':
        // The heading starts a citation of its own when its excerpt's work has a name.
        if (excerpt?.work.trim()) place = { ...place, id: excerptHeadingId(excerpt.id), title: excerpt.work };
        break;
      case 'pageBreak':
        place = { ...place, id: node.id, title: citationTitle.page(excerpt?.work ?? titles.citation, node.value) };
        return;
      case 'editorNote':
      case 'blockEditorNote':
        notes.push({ target: noteId(node.number), heading: editorHeading.note(String(node.number), place.title), text: wordsOf(node.children, glosses), source: place.source });
        return;
      case 'gloss': {
        const target = glossId(++glosses.count);
        notes.push({ target, heading: editorHeading.gloss(place.title), text: wordsOf(node.children, glosses), source: place.source });
        return;
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
    if (node.type === 'excerpt') excerpt = undefined;
  };
  walk(tree);
  return notes.filter((note) => note.text !== '');
}

/**
 * The editor's words in a note or gloss as the index reads them: as its HTML shows them, without
 * the page's labels; a gloss inside them keeps its brackets, and paragraphs end in a space.
 */
function wordsOf(nodes: readonly Node[], glosses: { count: number }): string {
  const pieces: string[] = [];
  const collect = (node: Node) => {
    switch (node.type) {
      case 'text':
      case 'marker':
      case 'xref':
        pieces.push(node.value);
        return;
      case 'pageBreak':
        return;
    }
    if (node.type === 'gloss') glosses.count++;
    const [open, close] = node.type === 'gloss' ? ['[', ']'] : node.type === 'editorNote' ? [' ', ' '] : ['', ''];
    pieces.push(open);
    if ('children' in node) for (const child of node.children) collect(child);
    pieces.push(close);
    if (node.type === 'paragraph') pieces.push(' ');
  };
  nodes.forEach(collect);
  return searchText(pieces.join('')).replace(/\s+/g, ' ').trim();
}
