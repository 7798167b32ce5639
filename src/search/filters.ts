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
/** The headings of an editor's note or gloss in the search results; what it is on follows the prefix. */
export const editorHeading = {
  note: (number: string, on: string) => `Editor’s note ${number} on ${on}`,
  gloss: (on: string) => `Editor’s insertion in ${on}`,
  prefix: /^Editor’s (?:note \S+ on|insertion in) /,
};
/**
 * Added to a document page's address to make the address of its editor's notes in the index
 * (src/search/pagefind-pages.ts): a folder under the page's, as Pagefind names pages by their files.
 */
export const EDITOR_PAGE = 'editor-notes/';
/** A result's link into the editor's notes, as the link to their place on the document page. */
export const onDocumentPage = (url: string) => url.replace(new RegExp(`${EDITOR_PAGE}(?=#|$)`), '');
/**
 * On the main bundle only: the address of the page a record belongs to, so that a revised bundle
 * can stand in for the page (index-site.ts) and the search leave the old one out.
 */
export const PAGE_FILTER = 'page';
/** Where, in the bundle, a rebuild puts the pages changed since the main bundle was written. */
export const REVISED_BUNDLE = 'revised';
/** Where, in the bundle, a large site's main bundle has its other parts (`parts/1/`, ...). */
export const PARTS_FOLDER = 'parts';
/** The file, in the bundle, that names the main bundle's other parts, the revised bundle and the pages it replaces. */
export const REVISIONS_FILE = 'revisions.json';
export interface Revisions {
  /** The revised bundle's folder, relative to the main one; null when there is none. */
  bundle: string | null;
  /** Addresses (`/beria/`) of the main bundle's pages that changed or are gone. */
  replaced: string[];
  /** The folders of the main bundle's other parts, relative to it (src/search/index-site.ts); none on most sites. */
  parts: string[];
}

/** A revisions file as read (`undefined` if there is none, as on a site built before it), with what it leaves out filled in. */
export function withDefaults(revisions: Partial<Revisions> | undefined): Revisions {
  return { bundle: null, replaced: [], parts: [], ...revisions };
}

/** The bundles the search merges with the main one: its other parts, then the revised bundle. */
export function mergedBundles(revisions: Revisions): string[] {
  return revisions.bundle ? [...revisions.parts, revisions.bundle] : revisions.parts;
}
