/** What the reader typed, read the way the index reads text (../search-text.ts). */
import { searchText, searchWords } from '../search-text.ts';

export interface Query {
  /** The query as typed, typographic quotes straightened, for saying what was searched. */
  shown: string;
  /** The words for Pagefind, written as the index reads text, without quotation marks or punctuation around them. */
  terms: string;
  /** The whole query in double quotes: Pagefind then matches the words in this order. */
  phrase: boolean;
  /** The words, folded as the index matches them (`foldWord`). */
  words: string[];
  /** The words as typed, lower case, for ranking the exact spelling first (`Kraków` before `Krakow`). */
  typed: string[];
}

export function parseQuery(raw: string): Query {
  const straight = raw.replace(/[“”„‟″]/g, '"').replace(/\s+/g, ' ').trim();
  // An opening quotation mark makes a phrase, closed or not yet (the reader may still be typing).
  const phrase = straight.startsWith('"');
  const inner = phrase ? straight.replace(/"/g, '').trim() : straight;
  const found = searchWords(inner);
  // Punctuation around a word matters to no index; Pagefind's phrase search misses some words typed with it (`backticks`).
  const terms = searchText(inner)
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu, ''))
    .filter(Boolean)
    .join(' ');
  return {
    shown: phrase && inner ? `"${inner}"` : inner,
    terms,
    phrase,
    words: found.map(({ word }) => word),
    typed: found.map(({ start, end }) => exactForm(inner.slice(start, end))),
  };
}

/** A word's spelling, accents kept: lower case, in one Unicode form, without inner punctuation. */
export function exactForm(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}\p{M}]/gu, '');
}
