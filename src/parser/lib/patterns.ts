/**
 * The editor's convention as regular expressions, in one place so the rules can be read together.
 * Each pattern is tested against the words inside a brace group or against a whole paragraph.
 */

/** `p. 31`, `pp. 12-13`, `p.31`, `p 31`, `p. xiii`, `p. 5 (Preface)`; the label is group 1. */
export const PAGE_NUMBER = /^pp?\s*\.?\s*((?:[0-9]+|[ivxlcdm]+)(?:\s*[-–]\s*(?:[0-9]+|[ivxlcdm]+))?(?:\s*\([^(){}]{1,40}\))?)$/i;

/**
 * Words that look like a page marker but are none (`{p.}`, `{page 41}`, `{pg. 7}`, `{p. 31a}`): a
 * number left out or mistyped. They are kept as the editor's words, with a warning.
 */
export const PAGE_LIKE = /^(?:pp?|pg|pages?)(?:\.?|(?:\.\s*|\s+)[0-9ivxlcdm][^\s{}]{0,15})$/i;

/** Unnumbered pages the editor marks by name, e.g. `{frontispiece}`, `{plate 4}`. */
export const PAGE_NAME = /^(frontispiece|title[- ]page|half[- ]title|front cover|back cover|cover|(?:plates?|map|illustration|figure|fig\.)\s*[0-9ivxlcdm]+(?:\s*[-–]\s*[0-9ivxlcdm]+)?)$/i;

/** Markers that open or close a quotation: `{start}`, `{end of text}`, `{endquote}`, `{end of quotes}`. */
export const KNOWN_MARKER = /^(start|begin|start of (?:text|quotes?|quote|extract)|end|endquote|end ?quotes?|end of (?:text|quotes?|quote|extract|excerpt|chapter)|quote|unquote)$/i;

/** Short words in braces that look like a marker but are not one we know, e.g. `{end part}`. */
export const MARKER_LIKE = /^(start|begin|end)\b[\w\s.'-]{0,24}$/i;

/** An excerpt heading: `(5) Isaac Deutscher, Russia After Stalin ...`. */
export const EXCERPT_HEADING = /^\((\d{1,3})\)[ \t]+(\S.*)$/;

/** Longest paragraph still read as a heading or a bibliography line. */
export const MAX_HEADING_LENGTH = 250;

/** A heading or bibliography line ending in a colon introduces the quotation itself. */
export const INTRODUCES_QUOTATION = /:\s*$/;

/** Text before a brace group that ends a sentence: a group after it is a note, not a gloss. */
export const SENTENCE_END = /[.!?:;)\]"'”’…]\s*$/;

/** More words than this inside a sentence make a note rather than a gloss. */
export const MAX_GLOSS_WORDS = 20;

/**
 * A cross-reference to another page of the editor's site: `sudoplat.html`. Not part of a longer
 * word on either side, in any script (`kaganovich.htmlété` is no cross-reference).
 */
export const XREF = /(?<![\p{L}\p{N}\p{M}_/.:@%~-])([A-Za-z0-9][\w-]*\.html?)(?![\p{L}\p{N}\p{M}_/#?=-])/gu;

/** A web address in the text, not starting inside a word (`éhttp://...`). */
export const URL = /(?<![\p{L}\p{N}\p{M}_])https?:\/\/[^\s<>"{}|\\^`[\]]+/gu;

/** Header lines the editor uses; the role is the key. */
export const HEADER_LINES: Array<[role: 'editor' | 'dates' | 'convention' | 'selections' | 'original' | 'corrections', pattern: RegExp]> = [
  ['editor', /^-[ \t]+\S[^\n]{0,80}$/],
  ['dates', /^(?:Date|Dated|Written|Updated?|Revised|Posted)\b[^\n]{0,200}$/i],
  ['convention', /^(?:My|The editor's) comments\b[^\n]*\{[^\n]*$/i],
  ['selections', /^Selections\b[^\n]*$/i],
  ['original', /^You are at\b[^\n]*$/i],
  ['corrections', /^(?:Minor )?corrections\b[^\n]{0,200}$/i],
];

/** A title line with byline and dates: `Title - Editor. Date ...; update ...`. */
export const TITLE_WITH_BYLINE = /^[^\n]{2,150}\s[-–]\s[^\n]{2,80}\.\s*(?:Date|Written|Updated?)\b[^\n]*$/i;
