/**
 * The Pagefind pages of a document's search record (./search-record.ts): the document itself, and
 * its editor's notes and glosses as one more page, filed under "editor’s notes", in which each note
 * or gloss is a sub-result linked to its place on the document page.
 *
 * One notes page per document rather than a record per note: Pagefind writes a file for every page,
 * and on 500 documents 4,000 records made a full build's index twice as slow to write.
 * The notes page has no title or other metadata, which Pagefind would search: a note's heading
 * ("Editor’s note 5 on Deutscher, ..., p. 30") is its sub-result's title, which is not searched.
 * Otherwise a quote from a book's title would find every note on it before the text.
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { DOCUMENT_FILTER, EDITOR_NOTES, EDITOR_PAGE, PAGE_FILTER, SOURCE_FILTER, SOURCE_TEXT, TEXT_FILTER } from './filters.ts';
import type { SearchRecord } from './search-record.ts';
import { searchText } from './search-text.ts';

export interface PagefindPage {
  url: string;
  html: string;
}

/**
 * The document's page for the index (`url`: the document page's address). `page`: carry the
 * `page` filter, which only the main bundle's pages do (./index-site.ts).
 */
export function documentPage(record: SearchRecord, url: string, language: string, page: boolean): PagefindPage {
  return {
    url,
    html: pagefindHtml(language, [
      [DOCUMENT_FILTER, record.title],
      ...(page ? [[PAGE_FILTER, url]] : []),
    ], [h('div', { dataPagefindMeta: `title:${searchText(record.title)}` }), h('main', { dataPagefindBody: '', dataPagefindFilter: `${TEXT_FILTER}:${SOURCE_TEXT}` }, [{ type: 'raw', value: record.body }])]),
  };
}

/**
 * The page of a document's notes and glosses, or undefined when it has none. Its address is the
 * document page's with EDITOR_PAGE added, as Pagefind keeps one page per address.
 */
export function editorNotesPage(record: SearchRecord, url: string, language: string, page: boolean): PagefindPage | undefined {
  const { notes } = record;
  if (notes.length === 0) return undefined;
  const sources = [...new Set(notes.flatMap((note) => (note.source ? [note.source] : [])))];
  const filters = [[TEXT_FILTER, EDITOR_NOTES], [DOCUMENT_FILTER, record.title], ...sources.map((source) => [SOURCE_FILTER, source]), ...(page ? [[PAGE_FILTER, url]] : [])];
  // A note without an id of its own and no citation before it links to the top of the page: it
  // comes first, outside any sub-result.
  const sections = [...notes].sort((a, b) => Number(a.target !== '') - Number(b.target !== '')).map((note) => h('section', note.target ? { id: note.target, dataPagefindTitle: note.heading } : {}, note.text));
  return { url: `${url}${EDITOR_PAGE}`, html: pagefindHtml(language, filters, [h('main', { dataPagefindBody: '' }, sections)]) };
}

/** A page for Pagefind: the filters as empty elements outside the body, so that their values are not searched as text. */
function pagefindHtml(language: string, filters: string[][], body: ElementContent[]): string {
  const tree = h('html', { lang: language }, [
    h('head', [h('meta', { charset: 'utf-8' })]),
    h('body', [...filters.map(([name, value]) => h('div', { dataPagefindFilter: `${name}:${value}` })), ...body]),
  ]);
  return toHtml({ type: 'root', children: [{ type: 'doctype' }, tree] }, { allowDangerousHtml: true });
}
