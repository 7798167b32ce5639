/**
 * Known-item search: windows of 5-8 words sampled from the source text of a collection, each with
 * the page citations where it stands, for checking that a search for it lands there first.
 *
 * Read from the parser's tree (`fromText`), not from the built site, so that the measure does not
 * share the site's mistakes. A word stands under the last page break before it in its section or,
 * before the first, under the excerpt's heading (`<excerpt id>-title`) or the preamble. Only the
 * source's words count: the editor's notes, glosses and markers are left out, as the page reads in
 * Source only (`mill.{note}, and` reads `mill., and`). Words are compared as a reader would
 * recognise them: without case, accents (strokes and ligatures too) and punctuation; the fold is
 * this file's own, not the site's (src/search/search-text.ts), for the same reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PhrasingContent } from 'mdast';
import { fromText } from '../../src/parser/index.ts';

export interface Window {
  stem: string;
  /** The tokens as they read on the page, punctuation and quotation marks included, one space apart. */
  query: string;
  /** Ids of the page citations in `stem` that its words touch. */
  citations: Set<string>;
  /** Every page citation where the same words stand, in any document: `/<stem>/#<id>`. */
  targets: Set<string>;
}

interface Token {
  text: string;
  citations: Set<string>;
}

export interface SourceParagraph {
  stem: string;
  tokens: Token[];
}

const EDITOR = new Set(['editorNote', 'blockEditorNote', 'gloss', 'marker']);

/** Every paragraph of source text in the documents of `contentDir`, as tokens with their citations. */
export function sourceParagraphs(contentDir: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  for (const name of readdirSync(contentDir).filter((entry) => entry.endsWith('.txt')).sort()) {
    const stem = name.slice(0, -'.txt'.length);
    const tree = fromText(readFileSync(path.join(contentDir, name), 'utf8'));
    for (const section of tree.children) {
      if (section.type !== 'preamble' && section.type !== 'excerpt') continue;
      const state = { citation: section.type === 'preamble' ? section.id : `${section.id}-title` };
      for (const block of section.children) {
        if (block.type === 'paragraph') paragraphs.push({ stem, tokens: tokenize(block.children, state) });
      }
    }
  }
  return paragraphs;
}

/** Whitespace-separated tokens; a page break with no space before it counts for the token it ends. */
function tokenize(nodes: PhrasingContent[], state: { citation: string }): Token[] {
  const tokens: Token[] = [];
  let current: Token | undefined;
  const walk = (children: PhrasingContent[]) => {
    for (const node of children) {
      if (EDITOR.has(node.type)) continue;
      if (node.type === 'pageBreak') {
        state.citation = node.id;
        current?.citations.add(node.id);
      } else if (node.type === 'text' || node.type === 'xref') {
        for (const char of node.value) {
          if (/\s/u.test(char)) current = undefined;
          else {
            if (!current) tokens.push((current = { text: '', citations: new Set() }));
            current.text += char;
            current.citations.add(state.citation);
          }
        }
      } else if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(nodes);
  return tokens;
}

/** The runs of letters and digits of a paragraph's words, each with its token, folded or `exact`. */
function runsOf(paragraph: SourceParagraph, exact: boolean): Array<{ run: string; token: number }> {
  const cache = exact ? EXACT_RUNS : FOLDED_RUNS;
  let runs = cache.get(paragraph);
  if (!runs) {
    runs = paragraph.tokens.flatMap((token, at) => words(exact ? exactForm(token.text) : fold(token.text)).map((run) => ({ run, token: at })));
    cache.set(paragraph, runs);
  }
  return runs;
}
const FOLDED_RUNS = new WeakMap<SourceParagraph, Array<{ run: string; token: number }>>();
const EXACT_RUNS = new WeakMap<SourceParagraph, Array<{ run: string; token: number }>>();

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** Letters that Unicode does not decompose, as a reader types them (after lower-casing). */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ħ: 'h', ı: 'i', ŧ: 't', ŋ: 'n' };

/** Lower case, without accents, strokes or ligatures: `Łódź` -> `lodz`, `Straße` -> `strasse`. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[łøßæœđðþħıŧŋ]/gu, (letter) => UNDECOMPOSED[letter]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** Lower case, accents kept. */
const exactForm = (text: string) => text.toLowerCase().normalize('NFC');

const isWord = (token: Token) => /[\p{L}\p{N}]/u.test(token.text);
/** The indices of a paragraph's tokens that are words (have a letter or digit). */
const wordTokens = (paragraph: SourceParagraph) => paragraph.tokens.flatMap((token, at) => (isWord(token) ? [at] : []));

/**
 * Every page citation (`/<stem>/#<id>`) where `phrase` stands, its words compared without case,
 * punctuation and (unless `exact`) accents.
 */
export function placesOf(paragraphs: SourceParagraph[], phrase: string, exact = false): Set<string> {
  const wanted = words(exact ? exactForm(phrase) : fold(phrase));
  const found = new Set<string>();
  if (wanted.length === 0) return found;
  for (const paragraph of paragraphs) {
    const runs = runsOf(paragraph, exact);
    for (let first = 0; first + wanted.length <= runs.length; first++) {
      if (!wanted.every((word, offset) => runs[first + offset]!.run === word)) continue;
      for (let token = runs[first]!.token; token <= runs[first + wanted.length - 1]!.token; token++) {
        for (const citation of paragraph.tokens[token]!.citations) found.add(`/${paragraph.stem}/#${citation}`);
      }
    }
  }
  return found;
}

/**
 * `count` windows of 5-8 words within one paragraph, the same for the same `seed`: the documents
 * take turns (so that a long document does not crowd out the others), and within a document a
 * paragraph is drawn by its number of words.
 */
export function sampleWindows(contentDir: string, count: number, seed = 1): Window[] {
  const paragraphs = sourceParagraphs(contentDir);
  const documents = [...new Set(paragraphs.map((paragraph) => paragraph.stem))]
    .map((stem) => paragraphs.filter((paragraph) => paragraph.stem === stem && paragraph.tokens.filter(isWord).length >= 5))
    .filter((list) => list.length > 0);
  const random = mulberry32(seed);
  const windows: Window[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; windows.length < count && attempt < count * 20 && documents.length > 0; attempt++) {
    const candidates = documents[attempt % documents.length]!;
    const total = candidates.reduce((sum, paragraph) => sum + wordTokens(paragraph).length, 0);
    let pick = random() * total;
    const paragraph = candidates.find((candidate) => (pick -= wordTokens(candidate).length) < 0) ?? candidates.at(-1)!;
    const indices = wordTokens(paragraph);
    const length = Math.min(5 + Math.floor(random() * 4), indices.length);
    const first = Math.floor(random() * (indices.length - length + 1));
    const span = paragraph.tokens.slice(indices[first]!, indices[first + length - 1]! + 1);
    const query = span.map((token) => token.text).join(' ');
    const key = words(fold(query)).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const citations = new Set(span.flatMap((token) => [...token.citations]));
    const targets = placesOf(paragraphs, query);
    for (const citation of citations) targets.add(`/${paragraph.stem}/#${citation}`);
    windows.push({ stem: paragraph.stem, query, citations, targets });
  }
  return windows;
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
