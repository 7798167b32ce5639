/**
 * The editor's words as search records of their own. On the page they carry `data-pagefind-ignore`,
 * so that a quote matches the source's sentence around them; here the notes and glosses of a
 * document page become one more Pagefind page, filed under "editor’s notes", in which each note or
 * gloss is a sub-result linked to its place on the document page. Reads the built HTML through the
 * markup contract only.
 *
 * One page per document rather than a record per note: Pagefind writes a file for every page, and
 * on 500 documents 4,000 records made a full build's index twice as slow to write.
 * The page has no title or other metadata, which Pagefind would search: a note's heading
 * ("Editor’s note 5 on Deutscher, ..., p. 30") is its sub-result's title, which is not searched.
 * Otherwise a quote from a book's title would find every note on it before the text.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { DomUtils, parseDocument } from 'htmlparser2';
import { DOCUMENT_FILTER, EDITOR_NOTES, EDITOR_PAGE, editorHeading, PAGE_FILTER, SOURCE_FILTER, TEXT_FILTER } from './filters.ts';

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<DomNode, { attribs: Record<string, string> }>;
const isElement = (node: DomNode): node is Element => 'attribs' in node;

interface Citation {
  /** Fragment the record links to. */
  id: string;
  title: string;
}

export interface EditorNote {
  /** The id on the document page it links to: its own, or the citation it stands under ('' for the top). */
  target: string;
  heading: string;
  text: string;
  /** The quoted work it comments on, if any. */
  source?: string;
}

/** The document's title and its editor's notes and glosses, in order, read from its built page. */
export function editorNotes(html: string): { document: string; notes: EditorNote[] } | undefined {
  // htmlparser2 rather than parse5: the pages are the site's own well-formed HTML, and on a large
  // site it is five times faster.
  const tree = parseDocument(html).children;
  const article = DomUtils.findOne((element) => element.name === 'article' && element.attribs['data-document'] !== undefined, tree);
  if (!article) return undefined;
  const heading = DomUtils.findOne((element) => element.name === 'h1', tree);
  const document = heading ? textOf(heading) : article.attribs['data-document']!;
  const notes: EditorNote[] = [];
  let citation: Citation = { id: '', title: document };
  let source: string | undefined;

  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      const { attribs } = child;
      const id = attribs.id;
      if (child.name === 'section') {
        source = attribs['data-work'];
        citation = { id: id ?? '', title: titleOf(child) ?? source ?? document };
      } else if (attribs.role === 'doc-pagebreak' && id) {
        citation = { id, title: titleOf(child) ?? citation.title };
      } else if (titleOf(child) && id) {
        citation = { id, title: titleOf(child)! };
      }
      const kind = attribs['data-editor'];
      if (kind === 'note' && id) {
        const number = id.replace(/^\D+/, '');
        notes.push({ target: id, heading: editorHeading.note(number, citation.title), text: textOf(child, true), source });
        continue;
      }
      if (kind === 'gloss') {
        const target = id || citation.id;
        notes.push({ target, heading: editorHeading.gloss(citation.title), text: textOf(child, true), source });
        continue;
      }
      walk(child);
    }
  };
  walk(article);
  return { document, notes: notes.filter((note) => note.text !== '') };
}

/**
 * The Pagefind page of a document page's notes and glosses (`url`: the document page's address),
 * or undefined when it has none. `page`: carry the `page` filter (src/search/index-site.ts).
 * Its address is the document page's with EDITOR_PAGE added, as Pagefind keeps one page per address.
 */
export function editorNotesPage(html: string, url: string, language: string, page: boolean): { url: string; html: string; notes: number } | undefined {
  const found = editorNotes(html);
  if (!found || found.notes.length === 0) return undefined;
  const { document, notes } = found;
  const sources = [...new Set(notes.flatMap((note) => (note.source ? [note.source] : [])))];
  // Filters as empty elements outside the body, so that their values are not searched as text.
  const filters = [[TEXT_FILTER, EDITOR_NOTES], [DOCUMENT_FILTER, document], ...sources.map((source) => [SOURCE_FILTER, source]), ...(page ? [[PAGE_FILTER, url]] : [])];
  const tree = h('html', { lang: language }, [
    h('head', [h('meta', { charset: 'utf-8' })]),
    h('body', [
      ...filters.map(([name, value]) => h('div', { dataPagefindFilter: `${name}:${value}` })),
      // A note without an id of its own and no citation before it links to the top of the page: it
      // comes first, outside any sub-result.
      h(
        'main',
        { dataPagefindBody: '' },
        [...notes].sort((a, b) => Number(a.target !== '') - Number(b.target !== '')).map((note) => h('section', note.target ? { id: note.target, dataPagefindTitle: note.heading } : {}, note.text)),
      ),
    ]),
  ]);
  return { url: `${url}${EDITOR_PAGE}`, html: toHtml({ type: 'root', children: [{ type: 'doctype' }, tree] }), notes: notes.length };
}

function titleOf(element: Element): string | undefined {
  const title = element.attribs['data-pagefind-title'];
  return title?.trim() ? title : undefined;
}

/** Labels for screen readers, note labels and back links are the page's, not the editor's words. */
function isApparatus(element: Element): boolean {
  const names = (element.attribs.class ?? '').split(/\s+/);
  return names.some((name) => name === 'visually-hidden' || name === 'note-label' || name === 'note-label-line' || name === 'note-back' || name === 'note-ref');
}

/** The element's words; `bare` also drops a gloss's square brackets. */
function textOf(node: Element, bare = false): string {
  const text = pieces(node).join('');
  const clean = text.replace(/\s+/g, ' ').trim();
  return bare ? clean.replace(/^\[(.*)\]$/s, '$1').trim() : clean;
}

function pieces(node: DomNode): string[] {
  if (node.type === 'text' && 'data' in node) return [node.data];
  if (!isElement(node) || isApparatus(node)) return [];
  const inner = node.children.flatMap(pieces);
  return node.name === 'p' || node.name === 'br' ? [...inner, ' '] : inner;
}
