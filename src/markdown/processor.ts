/**
 * The reader's unified pipeline: editor's text -> mdast -> hast -> HTML.
 *
 *   remarkReaderParse -> remarkDocumentSections -> remarkSearchAttributes -> remarkPageAnchors -> remarkMarginNotes
 *   -> remarkEditorMarks -> remarkXrefs -> remark-rehype -> rehypeBlockBreaks -> rehype-stringify
 */
import type { Root } from 'mdast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { editorNotes } from '../search/editor-notes.ts';
import { type SearchRecord, searchRecord } from '../search/search-record.ts';
import { type DocumentData, documentData } from './document-data.ts';
import rehypeBlockBreaks from './rehype-block-breaks.ts';
import remarkDocumentSections from './remark-document-sections.ts';
import remarkEditorMarks from './remark-editor-marks.ts';
import remarkMarginNotes from './remark-margin-notes.ts';
import remarkPageAnchors from './remark-page-anchors.ts';
import remarkReaderParse from './remark-reader-parse.ts';
import remarkSearchAttributes from './remark-search-attributes.ts';
import type { ParseOptions } from '../parser/index.ts';
import remarkXrefs from './remark-xrefs.ts';

export interface RenderOptions extends ParseOptions {
  /** The site's base path, e.g. `/reader/`. */
  base?: string;
  /** Used in messages: `content/beria.txt`. */
  path?: string;
  /** The document's title, which cites the pages before the first excerpt (default: as on the page). */
  title?: string;
}

export interface RenderedDocument {
  html: string;
  data: DocumentData;
  /** The document as the search index takes it. */
  search: SearchRecord;
  file: VFile;
}

/** The HTML half of the pipeline, from the reader's mdast on. */
export function createHtmlProcessor(options: RenderOptions = {}) {
  return unified()
    .use(remarkDocumentSections)
    .use(remarkSearchAttributes, { title: options.title })
    .use(remarkPageAnchors, { title: options.title })
    .use(remarkMarginNotes)
    .use(remarkEditorMarks)
    .use(remarkXrefs, { base: options.base })
    .use(remarkRehype)
    .use(rehypeBlockBreaks)
    .use(rehypeStringify);
}

/** A document's text or bytes (decoded as parseDocument does) -> its page, data, search record and problems. */
export function renderDocument(value: string | Uint8Array, stem: string, options: RenderOptions = {}): RenderedDocument {
  const file = new VFile({ path: options.path ?? `${stem}.txt`, value });
  return renderTree(unified().use(remarkReaderParse, options).parse(file), file, stem, options);
}

/** The rendering of a parsed document (`file` holds its problems so far); the tree becomes HTML in place. */
export function renderTree(tree: Root, file: VFile, stem: string, options: RenderOptions = {}): RenderedDocument {
  const data = documentData(tree, stem);
  const title = options.title ?? data.title;
  const notes = editorNotes(tree, { document: data.title, citation: title });
  const processor = createHtmlProcessor({ ...options, title });
  // The plugins turn the tree into HTML in place: its data is read first, and it is not kept (a
  // copy of every tree cost a tenth of the pipeline's time; `parseDocument` gives the tree when needed).
  const hast = processor.runSync(tree, file);
  // data-pagefind-body: only the document is indexed for search, not the site around it.
  const article = h('article', { className: ['document'], dataDocument: stem, dataPagefindBody: true, dataPagefindFilter: 'text:source text' }, hast.children);
  const html = processor.stringify({ type: 'root', children: [article] }, file);
  // After the page's HTML: the search record rewrites the tree.
  const search = searchRecord(hast, data.title, notes);
  return { html, data, search, file };
}
