/** Names shared by the search field, the search and the highlighter. */
export const FIELD_ID = 'site-search-input';
/** The query parameter that carries a search from its result to the page it opens. */
export const HIGHLIGHT_PARAM = 'highlight';
