/**
 * The search filters, shared by the indexer (build time) and the search UI (browser): keep this
 * file free of imports so that it costs the browser nothing.
 */
/** Source text or editor's notes. The document carries `data-pagefind-filter="text:source text"`. */
export const TEXT_FILTER = 'text';
export const SOURCE_TEXT = 'source text';
export const EDITOR_NOTES = 'editor’s notes';
/** The document's title (its `h1`). */
export const DOCUMENT_FILTER = 'document';
/** The quoted work, as cited (`data-work` of an excerpt). */
export const SOURCE_FILTER = 'source';
/**
 * An editor's record's heading ("Editor’s note 5 on Deutscher, ..., p. 30"). Pagefind searches every
 * metadata field but never a filter, so the heading rides here rather than in `meta.title`.
 */
export const CITATION_FILTER = 'citation';
