/** What the reader typed, read the way Pagefind reads it. */
export interface Query {
  /** The query for Pagefind: typographic quotes straightened, spaces collapsed. */
  text: string;
  /** The whole query in double quotes: Pagefind then matches the words in this order. */
  phrase: boolean;
  /** The words, normalised as by `normalizeWord`. */
  words: string[];
}

export function parseQuery(raw: string): Query {
  const straight = raw.replace(/[“”„‟″]/g, '"').replace(/\s+/g, ' ').trim();
  // An opening quotation mark makes a phrase, closed or not yet (the reader may still be typing).
  const phrase = straight.startsWith('"');
  const inner = phrase ? straight.replace(/"/g, '').trim() : straight;
  return { text: phrase && inner ? `"${inner}"` : inner, phrase, words: words(inner).map(normalizeWord).filter(Boolean) };
}

/** Words as Pagefind splits them: letters and digits, with inner apostrophes and hyphens. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Lower case, without accents or inner punctuation: "Zhemchuzhina's" -> "zhemchuzhinas". */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
