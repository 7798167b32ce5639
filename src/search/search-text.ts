/**
 * Text as the search index reads it, shared by the indexer (build) and the search field and the
 * highlighter (browser), so that a query and the indexed text are always read the same way. Keep
 * this file free of imports: the browser loads it.
 *
 * Pagefind (1.6) splits the text at whitespace only and gives every piece a word position, even a
 * piece with no letter in it (` - `, ` … `); a phrase across such a piece then finds nothing. It
 * keeps `government—not` as one word, and it folds accents by Unicode decomposition only, so
 * `Wroclaw` does not find `Wrocław`. `searchText` rewrites text before Pagefind sees it:
 * - punctuation standing between two words (`government—not`, `did--as`, `well-known`, `and/or`,
 *   `1921–1928`) becomes a space, except one apostrophe or one full stop (`party’s`, `U.S.A.`);
 * - a piece of text without a letter or digit (`-`, `…`, `,` after a page break) is dropped;
 * - letters that do not decompose (`ł`, `ø`, `ß`, `æ`, ...) are written as the letters they fold
 *   to followed by invisible COMBINING GRAPHEME JOINERs, which Pagefind drops from the word: the
 *   index holds `wroclaw`, its excerpts `Wrocl͏aw`, which `showSearchText` turns back into `Wrocław`.
 * Only what Pagefind reads changes: the page's own text, copying and `#:~:text=` links stay as written.
 */

/** COMBINING GRAPHEME JOINER: a mark that shows nothing and that Pagefind leaves out of words. */
const JOINER = '\u034f';

/** Letters that Unicode decomposition leaves whole, and what a reader types for them. */
const FOLDS: Record<string, string> = {
  ł: 'l', Ł: 'L', ŀ: 'l', Ŀ: 'L', ø: 'o', Ø: 'O', ǿ: 'o', Ǿ: 'O', ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', ǽ: 'ae', Ǽ: 'AE',
  œ: 'oe', Œ: 'OE', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH', ħ: 'h', Ħ: 'H', ı: 'i', ŧ: 't', Ŧ: 'T',
  ŋ: 'n', Ŋ: 'N', ĸ: 'k', ƒ: 'f', ſ: 's', ĳ: 'ij', Ĳ: 'IJ', ŉ: 'n', ɨ: 'i', ʉ: 'u', ƀ: 'b', ɇ: 'e', Ɇ: 'E', ȼ: 'c',
  ƶ: 'z', Ƶ: 'Z', ǥ: 'g', Ǥ: 'G', ɍ: 'r', Ɍ: 'R', ɏ: 'y', Ɏ: 'Y', ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st',
};

/** Each letter's stand-in: its fold and as many joiners as tell it from other letters of that fold. */
const STAND_INS = new Map<string, string>();
const BY_STAND_IN = new Map<string, string>();
for (const [letter, fold] of Object.entries(FOLDS)) {
  let standIn = fold + JOINER;
  while (BY_STAND_IN.has(standIn)) standIn += JOINER;
  STAND_INS.set(letter, standIn);
  BY_STAND_IN.set(standIn, letter);
}
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');
// Longest first, so that `d͏͏` is not read as `d͏` and a joiner.
const STAND_IN = new RegExp([...BY_STAND_IN.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu');

/** What words are made of: letters, digits, the marks on them, and emoji (which Pagefind indexes). */
const WORD_CHAR = String.raw`[\p{L}\p{N}\p{M}\p{Emoji_Presentation}]`;
const NOT_WORD = String.raw`[^\s\p{L}\p{N}\p{M}\p{Emoji_Presentation}]`;
/** Punctuation between two word characters. */
const BETWEEN_WORDS = new RegExp(`(?<=${WORD_CHAR})${NOT_WORD}+(?=${WORD_CHAR})`, 'gu');
/** What may stand inside a word: one apostrophe (`party’s`, `l'alphabet`) or one full stop (`U.S.A.`). */
const INSIDE_WORD = /^(?:['’‘`´]|\.)$/u;
/** A piece of text between spaces without a letter, digit or emoji: punctuation, or a stray mark. */
const LONE = /(^|\s)[^\s\p{L}\p{N}\p{Emoji_Presentation}]+(?=\s|$)/gu;

/** A text as the index reads it; applied to the indexed text and to the query alike. */
export function searchText(text: string): string {
  return text
    .replace(FOLDABLE, (letter) => STAND_INS.get(letter)!)
    .replace(BETWEEN_WORDS, (run) => (INSIDE_WORD.test(run) ? run : ' '))
    .replace(LONE, '$1');
}

/** Indexed text (an excerpt, a title) back as written: `Wrocl͏aw` -> `Wrocław`. */
export function showSearchText(text: string): string {
  return text.includes(JOINER) ? text.replace(STAND_IN, (standIn) => BY_STAND_IN.get(standIn)!) : text;
}

/** A word as the index matches it: lower case, accents and inner punctuation left out (`Łódź's` -> `lodzs`). */
export function foldWord(word: string): string {
  return word
    .replace(FOLDABLE, (letter) => FOLDS[letter]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The words of a text as the index has them, with where each stands in the text: runs of word
 * characters, joined by one apostrophe or one full stop. For marking a quote on the page.
 */
export function searchWords(text: string): Array<{ start: number; end: number; word: string }> {
  const words: Array<{ start: number; end: number; word: string }> = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldWord(match[0]);
    if (word) words.push({ start: match.index, end: match.index + match[0].length, word });
  }
  return words;
}

const WORD = new RegExp(`${WORD_CHAR}+(?:(?:['’‘\`´]|\\.)${WORD_CHAR}+)*`, 'gu');
