/**
 * Text as the search index reads it (src/search/search-text.ts): the indexed text and the query go
 * through the same rewriting, so a quote is found whatever punctuation stands between its words and
 * an accent-free query finds accented words. Pagefind's own reading of a word is modelled on its
 * source (pagefind/src/fossick: split at whitespace, keep letters and digits, lower case, decompose
 * and drop the marks), so that the index's words can be compared with the highlighter's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, searchText, searchWords, showSearchText } from '../../src/search/search-text.ts';

/** The words Pagefind makes of a text, in order; a piece that folds to nothing still takes a place (''). */
function pagefindWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((piece) => [...piece].filter((char) => /[\p{L}\p{N}]/u.test(char)).join('').toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
}

const indexed = (text: string) => pagefindWords(searchText(text));

describe('searchText', () => {
  it('leaves out pieces of text without a letter, so that they take no word position', () => {
    expect(indexed('Central Asians - were put in charge')).toEqual(['central', 'asians', 'were', 'put', 'in', 'charge']);
    expect(indexed('stayed home ... and waited … for news -- then — left')).toEqual(['stayed', 'home', 'and', 'waited', 'for', 'news', 'then', 'left']);
    // A comma right after a page break or a gloss stands alone in its text node.
    expect(indexed(', as always')).toEqual(['as', 'always']);
  });

  it('makes two words of words joined by punctuation, but not by one apostrophe or full stop', () => {
    expect(indexed('the government—not the council--decided in 1921–1928 on well-known and/or')).toEqual([
      'the', 'government', 'not', 'the', 'council', 'decided', 'in', '1921', '1928', 'on', 'well', 'known', 'and', 'or',
    ]);
    expect(indexed('the party’s line, l\'alphabet, U.S.A.')).toEqual(['the', 'partys', 'line', 'lalphabet', 'usa']);
  });

  it('reads straight and curly quotes and apostrophes alike', () => {
    expect(indexed('“The party’s line”')).toEqual(indexed('"The party\'s line"'));
  });

  it('writes letters that do not decompose so that the index holds them without their stroke', () => {
    expect(indexed('Wrocław Łódź Straße Ærø Þórsmörk Đakovo œuvre')).toEqual(['wroclaw', 'lodz', 'strasse', 'aero', 'thorsmork', 'dakovo', 'oeuvre']);
    expect(indexed('Kraków Dvořák')).toEqual(['krakow', 'dvorak']);
  });

  it('gives back the letters as written when an excerpt is shown', () => {
    const text = 'Wrocław, Łódź, Straße, Ærø, Þór, Ðóra, đak, ŀl, ſ';
    expect(showSearchText(searchText(text))).toBe(text);
  });

  it('keeps Greek, Cyrillic and Hebrew words whole', () => {
    expect(indexed('Μῆνιν ἄειδε θεὰ')).toEqual(['μηνιν', 'αειδε', 'θεα']);
    expect(indexed('Москва — столица России')).toEqual(['москва', 'столица', 'россии']);
    expect(indexed('בראשית ברא אלהים')).toEqual(['בראשית', 'ברא', 'אלהים']);
  });

  it('is the same text when read twice: a query is read as the indexed text was', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => searchText(searchText(text)) === searchText(text)));
  });
});

describe('searchWords', () => {
  it('finds on the page the words the index holds, in the same order', () => {
    const alphabet = fc.constantFrom(...'ab łøßæó-—–…., ’\'"/()'.split(''), ' ', 'Kraków', 'e\u0301');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((pieces) => pieces.join('')), (text) => {
        // No piece of the indexed text folds to nothing: every position is a word.
        expect(indexed(text)).toEqual(searchWords(text).map(({ word }) => word));
      }),
    );
  });

  it('gives each word its place in the text, for marking it', () => {
    const text = 'the government—not, Łódź’s';
    expect(searchWords(text).map(({ start, end }) => text.slice(start, end))).toEqual(['the', 'government', 'not', 'Łódź’s']);
    expect(foldWord('Łódź’s')).toBe('lodzs');
  });
});
