/**
 * Known-item search: windows of 5-8 words sampled from the source text of a collection, each with
 * the page citations where it stands, for checking that a search for it lands there first.
 *
 * The citations are read from the parser's tree, not from the built site: a word stands under the
 * last page break before it in its section, or, before the first, under the excerpt's heading
 * (`<excerpt id>-title`) or the preamble. Only the source's words are sampled: the editor's notes,
 * glosses and markers are left out (a space in their place), as a reader quoting the book would.
 * Windows are sampled from paragraphs; the same words in a heading or a bibliography line count too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PhrasingContent, Root } from 'mdast';
import { VFile } from 'vfile';
import { parseDocument } from '../../src/parser/index.ts';
import { foldWord } from '../../src/search/search-text.ts';

export interface Window {
  stem: string;
  /** The words as they read on the page, punctuation included, quotation marks left out. */
  query: string;
  /** The page citations where these words stand, here and in any other document: `/<stem>/#<id>`. */
  targets: Set<string>;
}

interface Token {
  text: string;
  citations: Set<string>;
}

interface Paragraph {
  stem: string;
  tokens: Token[];
  /** Headings and bibliography lines are not sampled, but a sampled quote may also stand there. */
  sampled: boolean;
}

/** Every paragraph of source text in the collection, as tokens with their citations. */
export function sourceParagraphs(contentDir: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const name of readdirSync(contentDir).filter((entry) => entry.endsWith('.txt')).sort()) {
    const stem = name.slice(0, -'.txt'.length);
    const tree = parseDocument(new VFile({ path: name, value: readFileSync(path.join(contentDir, name)) }));
    for (const section of (tree as Root).children) {
      if (section.type !== 'preamble' && section.type !== 'excerpt') continue;
      let citation = section.type === 'preamble' ? section.id : `${section.id}-title`;
      for (const block of section.children) {
        if (block.type !== 'paragraph' && block.type !== 'excerptHeading' && block.type !== 'bibliography') continue;
        const pieces: Array<{ text: string; citation: string }> = [];
        const walk = (nodes: PhrasingContent[]) => {
          for (const node of nodes) {
            if (node.type === 'pageBreak') citation = node.id;
            else if (node.type === 'text' || node.type === 'xref') pieces.push({ text: node.value, citation });
            else if (node.type === 'link') walk(node.children);
            else if (node.type === 'editorNote' || node.type === 'gloss' || node.type === 'marker') pieces.push({ text: ' ', citation });
          }
        };
        walk(block.children);
        paragraphs.push({ stem, tokens: tokenize(pieces), sampled: block.type === 'paragraph' });
      }
    }
  }
  return paragraphs;
}

function tokenize(pieces: Array<{ text: string; citation: string }>): Token[] {
  const tokens: Token[] = [];
  let current: Token | undefined;
  for (const { text, citation } of pieces) {
    for (const char of text.replace(/["“”„]/g, '')) {
      if (/\s/.test(char)) {
        current = undefined;
        continue;
      }
      if (!current) tokens.push((current = { text: '', citations: new Set() }));
      current.text += char;
      current.citations.add(citation);
    }
  }
  return tokens;
}

const isWord = (token: Token) => /[\p{L}\p{N}]/u.test(token.text);
const key = (tokens: Token[]) => tokens.filter(isWord).map((token) => foldWord(token.text)).join(' ');

/** `count` windows of 5-8 words, the same for the same `seed`, spread over the paragraphs by their length. */
export function sampleWindows(contentDir: string, count: number, seed = 1): Window[] {
  const all = sourceParagraphs(contentDir);
  const paragraphs = all.filter((paragraph) => paragraph.sampled && paragraph.tokens.filter(isWord).length >= 8);
  const random = mulberry32(seed);
  const weights = paragraphs.map((paragraph) => paragraph.tokens.length);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const windows: Window[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; windows.length < count && attempt < count * 20; attempt++) {
    let pick = random() * total;
    const paragraph = paragraphs.find((_, at) => (pick -= weights[at]!) < 0) ?? paragraphs.at(-1)!;
    const words = paragraph.tokens.flatMap((token, at) => (isWord(token) ? [at] : []));
    const length = 5 + Math.floor(random() * 4);
    const first = Math.floor(random() * Math.max(1, words.length - length + 1));
    const span = paragraph.tokens.slice(words[first]!, words[Math.min(first + length, words.length) - 1]! + 1);
    const query = span.map((token) => token.text).join(' ');
    if (seen.has(query)) continue;
    seen.add(query);
    windows.push({ stem: paragraph.stem, query, targets: targetsOf(all, key(span)) });
  }
  return windows;
}

/** The citations of every place in the collection where these words stand. */
function targetsOf(paragraphs: Paragraph[], words: string): Set<string> {
  const found = new Set<string>();
  const length = words.split(' ').length;
  for (const paragraph of paragraphs) {
    const indices = paragraph.tokens.flatMap((token, at) => (isWord(token) ? [at] : []));
    for (let first = 0; first + length <= indices.length; first++) {
      const span = paragraph.tokens.slice(indices[first]!, indices[first + length - 1]! + 1);
      if (key(span) === words) for (const token of span) for (const citation of token.citations) found.add(`/${paragraph.stem}/#${citation}`);
    }
  }
  return found;
}

/** A small seeded random number generator (mulberry32): the same windows for the same seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
