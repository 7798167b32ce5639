/**
 * On a page opened from a search result (`?highlight=<query>#<page break>`): marks the words found
 * after the page break the link points to, keeps the page break in view, and drops the query from
 * the address so that the citation link stays clean. A quoted phrase is marked where it stands,
 * across page breaks and around the editor's glosses, as the index reads it.
 */
import { PAGE_BREAK } from '../../client/page.ts';
import { searchWords } from '../search-text.ts';
import { parseQuery } from './query.ts';
import { HIGHLIGHT_PARAM } from './shared.ts';

interface Token {
  node: Text;
  start: number;
  end: number;
  word: string;
}

/** Left out of the index's source text: the editor's words and the page's apparatus. */
const IGNORED = '[data-pagefind-ignore]';
/** Labels around the editor's words, not the words themselves. */
const LABELS = '.visually-hidden, .note-label, .note-back';

type Stream = Array<Token | 'break' | 'target'>;

function highlight(): void {
  const params = new URLSearchParams(location.search);
  const query = parseQuery(params.get(HIGHLIGHT_PARAM) ?? '');
  const article = document.querySelector<HTMLElement>('[data-document]');
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  history.replaceState(history.state, '', location.pathname + location.hash);
  if (!article || query.words.length === 0) return;

  // A note or a gloss is searched as itself; a page break or a heading, in the source text.
  const editor = target?.closest<HTMLElement>('[data-editor]') ?? undefined;
  const stream = editor ? collect(editor, LABELS, undefined) : collect(article, IGNORED, target ?? undefined);
  if (!stream.includes('target')) stream.unshift('target');
  // A quote typed without quotation marks is looked for as a phrase too, as the search did.
  const found = query.phrase || query.words.length >= 3 ? phrase(stream, query.words) : [];
  const marks = found.length > 0 ? mark(joined(found)) : mark(loose(stream, query.words));
  const first = marks[0];
  if (first) reveal(first, target);
}

/** Brings the marked words into view as far as the page break (already scrolled to) stays in view. */
function reveal(mark: HTMLElement, target: HTMLElement | null): void {
  const words = mark.getBoundingClientRect();
  const margin = 48;
  if (!target) {
    if (words.top < 0 || words.bottom > innerHeight) mark.scrollIntoView({ block: 'center' });
    return;
  }
  const anchor = (target.parentElement ?? target).getBoundingClientRect();
  const below = words.bottom + margin - innerHeight;
  const above = words.top - margin;
  if (below > 0) scrollBy(0, Math.max(0, Math.min(below, anchor.top - margin)));
  else if (above < 0) scrollBy(0, Math.min(0, Math.max(above, anchor.bottom + margin - innerHeight)));
}

/** The words of `scope` in document order, with the page breaks and the target among them. */
function collect(scope: HTMLElement, skip: string, target: Element | undefined): Stream {
  const stream: Stream = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node instanceof Element && node !== target && node.matches(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node === target) stream.push('target');
      else if (node.matches(PAGE_BREAK)) stream.push('break');
      continue;
    }
    const text = node as Text;
    for (const { start, end, word } of searchWords(text.data)) stream.push({ node: text, start, end, word });
  }
  return stream;
}

/** As Pagefind matches a word: whole, or as the beginning of a longer one. */
function matches(token: string, word: string): boolean {
  return token === word || (word.length >= 3 && token.startsWith(word));
}

/**
 * The phrase on the target's page: the first place, page breaks between its words allowed, that
 * ends after the target and starts before the next page break (a quote that runs over a page break
 * is found from either page).
 */
function phrase(stream: Stream, words: string[]): Token[] {
  const targetAt = stream.indexOf('target');
  const nextBreak = stream.indexOf('break', targetAt);
  const pageEnd = nextBreak === -1 ? stream.length : nextBreak;
  const tokens: Array<{ token: Token; at: number }> = [];
  stream.forEach((token, at) => {
    if (typeof token !== 'string') tokens.push({ token, at });
  });
  for (let index = 0; index + words.length <= tokens.length; index++) {
    if (tokens[index]!.at > pageEnd) break;
    if (tokens[index + words.length - 1]!.at < targetAt) continue;
    if (words.every((word, offset) => matches(tokens[index + offset]!.token.word, word))) {
      return tokens.slice(index, index + words.length).map(({ token }) => token);
    }
  }
  return [];
}

/** A phrase's words as few ranges as the markup allows: one per text node. */
function joined(tokens: Token[]): Token[] {
  const ranges: Token[] = [];
  for (const token of tokens) {
    const last = ranges.at(-1);
    if (last && last.node === token.node) last.end = token.end;
    else ranges.push({ ...token });
  }
  return ranges;
}

/** Every query word from the target to the next page break. */
function loose(stream: Stream, words: string[]): Token[] {
  const found: Token[] = [];
  for (const token of stream.slice(stream.indexOf('target') + 1)) {
    if (token === 'break') break;
    if (token !== 'target' && words.some((word) => matches(token.word, word))) found.push(token);
  }
  return found;
}

function mark(tokens: Token[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  // Last first, so that splitting a text node leaves the offsets of earlier words valid.
  for (const token of [...tokens].reverse()) {
    const range = document.createRange();
    range.setStart(token.node, token.start);
    range.setEnd(token.node, token.end);
    const element = document.createElement('mark');
    element.className = 'search-highlight';
    range.surroundContents(element);
    marks.unshift(element);
  }
  return marks;
}

highlight();
