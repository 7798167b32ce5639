/**
 * fromText: an editor's plain-text compilation -> the reader's mdast (see ../types.ts).
 *
 * The work happens in four passes over the text:
 *   1. front matter and paragraphs (runs of non-blank lines);
 *   2. brace groups (./braces.ts), each classified as page break, marker, note or gloss;
 *   3. paragraphs -> blocks: header lines, contents, excerpt headings, bibliography, prose, notes;
 *      a paragraph opening with a page marker after one that stops mid-sentence continues it;
 *   4. ids (readable, from the quoted work: `deutscher-1953-p31`) and note numbers.
 * Nothing is dropped: text the rules do not understand stays text and is reported on `file`.
 */
import GithubSlugger from 'github-slugger';
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import { VFile } from 'vfile';
import type {
  BlockEditorNote,
  ContentsItem,
  DocHeader,
  Excerpt,
  HeaderLine,
  HeaderRole,
  PageBreak,
  Preamble,
  SectionContent,
} from '../types.ts';
import { type BraceGroup, type Span, scanBraces } from './braces.ts';
import {
  EXCERPT_HEADING,
  HEADER_LINES,
  KNOWN_MARKER,
  MARKER_LIKE,
  MAX_GLOSS_WORDS,
  MAX_HEADING_LENGTH,
  PAGE_NAME,
  PAGE_NUMBER,
  SENTENCE_END,
  TITLE_WITH_BYLINE,
  URL,
  XREF,
} from './patterns.ts';
import { describeQuotedWork } from './source.ts';
import { countWords, createLocator, normalizeNewlines } from './text.ts';
import { toString } from './to-string.ts';

export interface FromTextOptions {
  /** Receives the problems found, as messages with positions. */
  file?: VFile;
}

const SOURCE = 'reader-parse';
const MAX_BIBLIOGRAPHY_LINES = 6;
const MAX_HEADER_LINES = 8;
/** A heading or bibliography line ending in a colon introduces the quotation itself. */
const INTRODUCES_QUOTATION = /:\s*$/;

type Piece = { kind: 'text'; start: number; end: number } | { kind: 'group'; group: BraceGroup };

interface RawBlock {
  /** Where the block's text starts and ends in the document. */
  start: number;
  end: number;
  pieces: Piece[];
  /** Set when the whole block is one brace group spanning several paragraphs. */
  note?: { group: BraceGroup; paragraphs: Span[] };
}

export function fromText(value: string, options: FromTextOptions = {}): Root {
  const file = options.file ?? new VFile();
  const text = normalizeNewlines(value);
  const parser = new Parser(text, file);
  return parser.parse();
}

class Parser {
  readonly text: string;
  readonly file: VFile;
  readonly locate: (offset: number) => Point;

  constructor(text: string, file: VFile) {
    this.text = text;
    this.file = file;
    this.locate = createLocator(text);
  }

  position(start: number, end: number): Position {
    return { start: this.locate(start), end: this.locate(end) };
  }

  warn(reason: string, start: number, end: number, ruleId: string): void {
    this.file.message(reason, { place: this.position(start, end), ruleId, source: SOURCE });
  }

  parse(): Root {
    const { frontmatter, bodyStart } = this.frontmatter();
    const paragraphs = this.paragraphs(bodyStart);
    const isHeading = (index: number) => this.isHeadingSpan(paragraphs[index]!);
    const { groups, problems } = scanBraces(this.text, paragraphs, isHeading);
    for (const problem of problems) {
      const at = problem.offset;
      if (problem.kind === 'unclosed') {
        this.warn('Unexpected unclosed `{`, expected a `}` in the same paragraph; kept as text', at, at + 1, 'unclosed-brace');
      } else if (problem.kind === 'stray') {
        this.warn('Unexpected `}` with no `{` before it, expected braces in pairs; kept as text', at, at + 1, 'stray-brace');
      } else {
        this.warn('Unexpected `{` inside an editor\'s comment, expected braces not to nest; kept as text of the comment', at, at + 1, 'nested-brace');
      }
    }
    const blocks = this.rawBlocks(paragraphs, groups);
    const root: Root = { type: 'root', children: this.structure(blocks), position: this.position(0, this.text.length) };
    if (frontmatter) root.data = { frontmatter };
    this.assignIds(root);
    if (!root.children.some((node) => node.type === 'excerpt')) {
      this.warn('Unexpected document without excerpts, expected at least one heading such as `(1) Author, Title`', bodyStart, bodyStart, 'no-excerpts');
    }
    return root;
  }

  /**
   * An optional `---` block of `key: value` lines (and `#` comments) on top of the document. A `---`
   * block with any other line, or a key given twice, is not front matter: it stays text, with a warning.
   */
  frontmatter(): { frontmatter?: Record<string, string>; bodyStart: number } {
    const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(this.text);
    if (!match) return { bodyStart: 0 };
    const frontmatter: Record<string, string> = {};
    let offset = match[0].indexOf('\n') + 1;
    for (const line of match[1]!.split('\n')) {
      const entry = /^([A-Za-z][\w-]*):[ \t]*(.*?)[ \t]*$/.exec(line);
      if (entry && !Object.hasOwn(frontmatter, entry[1]!)) frontmatter[entry[1]!] = unquote(entry[2]!);
      else if (entry || (line.trim() && !line.trim().startsWith('#'))) {
        const what = entry ? `repeated front matter key \`${entry[1]}\`` : `front matter line \`${line.trim()}\``;
        this.warn(`Unexpected ${what}, expected \`key: value\` lines with distinct keys; the \`---\` block is kept as text`, offset, offset + line.length, 'frontmatter-line');
        return { bodyStart: 0 };
      }
      offset += line.length + 1;
    }
    if (Object.keys(frontmatter).length === 0) return { bodyStart: 0 };
    return { frontmatter, bodyStart: match[0].length };
  }

  /** Runs of non-blank lines, trimmed. */
  paragraphs(from: number): Span[] {
    const spans: Span[] = [];
    const blank = /\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/g;
    blank.lastIndex = from;
    let start = from;
    const push = (end: number) => {
      const slice = this.text.slice(start, end);
      const lead = slice.length - slice.trimStart().length;
      const trimmed = slice.trim();
      if (trimmed) spans.push({ start: start + lead, end: start + lead + trimmed.length });
    };
    for (let match = blank.exec(this.text); match; match = blank.exec(this.text)) {
      push(match.index);
      start = match.index + match[0].length;
    }
    push(this.text.length);
    return spans;
  }

  isHeadingSpan(span: Span): boolean {
    const value = this.text.slice(span.start, span.end);
    return value.length <= MAX_HEADING_LENGTH && !value.includes('\n') && EXCERPT_HEADING.test(value) && !/\{\s*pp?\b/.test(value);
  }

  /** Paragraphs cut into text and brace groups; a group spanning paragraphs becomes one block. */
  rawBlocks(paragraphs: Span[], groups: BraceGroup[]): RawBlock[] {
    const blocks: RawBlock[] = [];
    let next = 0;
    for (let index = 0; index < paragraphs.length; index++) {
      let start = paragraphs[index]!.start;
      const end = paragraphs[index]!.end;
      const pieces: Piece[] = [];
      while (next < groups.length && groups[next]!.firstParagraph === index) {
        const group = groups[next++]!;
        if (group.lastParagraph !== index) {
          const inner: Span[] = [];
          for (let covered = index; covered <= group.lastParagraph; covered++) {
            const span = paragraphs[covered]!;
            inner.push({ start: Math.max(span.start, group.start + 1), end: Math.min(span.end, group.end - 1) });
          }
          blocks.push({ start: group.start, end: group.end, pieces: [{ kind: 'group', group }], note: { group, paragraphs: inner } });
          index = group.lastParagraph;
          start = skipSpace(this.text, group.end);
          continue;
        }
        if (group.start > start) pieces.push({ kind: 'text', start, end: group.start });
        pieces.push({ kind: 'group', group });
        start = group.end;
      }
      const paragraphEnd = paragraphs[index]!.end;
      if (start < paragraphEnd) pieces.push({ kind: 'text', start, end: paragraphEnd });
      if (pieces.length > 0) {
        const first = pieces[0]!;
        blocks.push({ start: first.kind === 'text' ? first.start : first.group.start, end: Math.max(end, paragraphEnd), pieces });
      }
    }
    return blocks;
  }

  // ---- phrasing ---------------------------------------------------------------------------------

  /** Source text with cross-references and web addresses made into nodes. */
  phrasing(start: number, end: number): PhrasingContent[] {
    const value = this.text.slice(start, end);
    const nodes: PhrasingContent[] = [];
    const found: Array<{ index: number; length: number; node: PhrasingContent }> = [];
    // The patterns look behind at every position: skip them where their literal part is missing.
    for (const match of value.includes('http') ? value.matchAll(URL) : []) {
      const url = match[0].replace(/[.,;:!?)'"]+$/, '');
      const at = start + match.index;
      found.push({
        index: match.index,
        length: url.length,
        node: { type: 'link', url, children: [this.textNode(url, at, at + url.length)], position: this.position(at, at + url.length) },
      });
    }
    for (const match of value.includes('.htm') ? value.matchAll(XREF) : []) {
      if (found.some((hit) => match.index >= hit.index && match.index < hit.index + hit.length)) continue;
      const at = start + match.index;
      found.push({ index: match.index, length: match[1]!.length, node: { type: 'xref', value: match[1]!, position: this.position(at, at + match[1]!.length) } });
    }
    found.sort((a, b) => a.index - b.index);
    let cursor = 0;
    for (const hit of found) {
      if (hit.index > cursor) nodes.push(this.textNode(value.slice(cursor, hit.index), start + cursor, start + hit.index));
      nodes.push(hit.node);
      cursor = hit.index + hit.length;
    }
    if (cursor < value.length) nodes.push(this.textNode(value.slice(cursor), start + cursor, end));
    return nodes;
  }

  textNode(value: string, start: number, end: number): Text {
    return { type: 'text', value: value.includes('\n') ? value.replace(/[ \t]*\n[ \t]*/g, '\n') : value, position: this.position(start, end) };
  }

  /** The words inside a group, trimmed, as phrasing. */
  groupPhrasing(group: BraceGroup): PhrasingContent[] {
    const inner = this.text.slice(group.start + 1, group.end - 1);
    const lead = inner.length - inner.trimStart().length;
    const trimmed = inner.trim();
    return trimmed ? this.phrasing(group.start + 1 + lead, group.start + 1 + lead + trimmed.length) : [];
  }

  /** A brace group in running text: page break, marker, gloss or note, by its words and place. */
  inlineGroup(group: BraceGroup, before: string, afterGroup: boolean): PhrasingContent {
    const raw = this.text.slice(group.start, group.end);
    const words = raw.slice(1, -1).trim();
    const position = this.position(group.start, group.end);
    const page = PAGE_NUMBER.exec(words)?.[1] ?? (PAGE_NAME.test(words) ? words : undefined);
    if (page !== undefined) return { type: 'pageBreak', value: page.replace(/\s+/g, ' '), raw, id: '', position };
    if (KNOWN_MARKER.test(words)) return { type: 'marker', value: words, position };
    if (MARKER_LIKE.test(words) && countWords(words) <= 4) {
      this.warn(`Unexpected marker \`${raw}\`, expected one of \`{start}\`, \`{end of text}\`, \`{endquote}\`, \`{end of quotes}\`; shown as the editor's marker`, group.start, group.end, 'unknown-marker');
      return { type: 'marker', value: words, position };
    }
    if (!words) {
      this.warn('Unexpected empty `{}`, expected the editor\'s words inside the braces', group.start, group.end, 'empty-braces');
      return { type: 'gloss', children: [], position };
    }
    const insideSentence = before.trim() !== '' && !SENTENCE_END.test(before) && !afterGroup;
    if (insideSentence && countWords(words) <= MAX_GLOSS_WORDS) {
      return { type: 'gloss', children: this.groupPhrasing(group), position };
    }
    return { type: 'editorNote', number: 0, children: this.groupPhrasing(group), position };
  }

  /** A block's pieces as phrasing; a lone note group is returned as a block note instead. */
  /** `line`: a heading or contents line, whose phrasing stays phrasing even when it is all a note. */
  blockContent(block: RawBlock, line = false): Paragraph | BlockEditorNote {
    const position = this.position(block.start, block.end);
    if (block.note) {
      const children = block.note.paragraphs
        .map((span) => trimSpan(this.text, span))
        .filter((span) => span.end > span.start)
        .map((span): Paragraph => ({ type: 'paragraph', children: this.phrasing(span.start, span.end), position: this.position(span.start, span.end) }));
      return { type: 'blockEditorNote', number: 0, children, position };
    }
    const children: PhrasingContent[] = [];
    let before = '';
    let afterGroup = false;
    for (const piece of block.pieces) {
      if (piece.kind === 'text') {
        children.push(...this.phrasing(piece.start, piece.end));
        before = this.text.slice(piece.start, piece.end);
        afterGroup = false;
      } else {
        const node = this.inlineGroup(piece.group, before, afterGroup && before.trim() === '');
        children.push(node);
        if (node.type !== 'pageBreak') {
          before = '';
          afterGroup = node.type === 'editorNote' || node.type === 'marker';
        }
      }
    }
    joinHyphenatedWithin(children);
    if (!line && children.length === 1 && children[0]!.type === 'editorNote') {
      const note = children[0];
      const paragraph: Paragraph = { type: 'paragraph', children: note.children, position: this.position(block.start + 1, block.end - 1) };
      return { type: 'blockEditorNote', number: 0, children: [paragraph], position };
    }
    return { type: 'paragraph', children, position };
  }

  // ---- structure --------------------------------------------------------------------------------

  structure(blocks: RawBlock[]): RootContent[] {
    const out: RootContent[] = [];
    let index = 0;

    const header = this.header(blocks);
    if (header) {
      out.push(header.node);
      index = header.count;
    }

    let section: Preamble | Excerpt | undefined;
    let expectedNumber = 1;
    let pendingPages: PhrasingContent[] = [];
    let inBibliography = false;
    let lastPoint = Number.NaN;

    const flushPages = () => {
      if (pendingPages.length === 0 || !section) return;
      section.children.push({ type: 'paragraph', children: pendingPages });
      pendingPages = [];
    };

    for (; index < blocks.length; index++) {
      const block = blocks[index]!;
      const raw = this.text.slice(block.start, block.end);

      const headingMatch = !block.note && this.isHeadingSpan(block) ? EXCERPT_HEADING.exec(raw) : null;
      // Inside an excerpt, `(1)` when the next excerpt is (2) or later starts a numbered list of the
      // quoted text, and points in lower case go on with it: `(1) shorter hours`, `(2) better pay`.
      // Other numbers out of sequence are the editor's misnumbered headings (warned below).
      const number = headingMatch ? Number(headingMatch[1]) : Number.NaN;
      const lowerCase = headingMatch ? /^\p{Ll}/u.test(headingMatch[2]!) : false;
      const point =
        section?.type === 'excerpt' &&
        ((number === 1 && expectedNumber > 1) || (lowerCase && (number < expectedNumber || number === lastPoint + 1)));
      if (headingMatch && point) {
        lastPoint = number;
        this.warn(`Unexpected (${number}) inside excerpt (${(section as Excerpt).number}), expected (${expectedNumber}) for a new excerpt; read as a numbered point of its text`, block.start, block.start + headingMatch[1]!.length + 2, 'heading-sequence');
      } else if (headingMatch) {
        lastPoint = Number.NaN;
        flushPages();
        const match = headingMatch;
        if (number !== expectedNumber) {
          this.warn(`Unexpected excerpt number (${number}), expected (${expectedNumber})`, block.start, block.start + match[1]!.length + 2, 'heading-sequence');
        }
        expectedNumber = number + 1;
        const titleStart = block.start + raw.indexOf(match[2]!, match[1]!.length + 2);
        const headingBlock = this.blockContent({ start: titleStart, end: block.end, pieces: this.clipPieces(block.pieces, titleStart) }, true);
        section = {
          type: 'excerpt',
          number: match[1]!,
          id: '',
          children: [{ type: 'excerptHeading', children: headingBlock.type === 'paragraph' ? headingBlock.children : [], position: this.position(block.start, block.end) }],
          position: this.position(block.start, block.end),
        };
        out.push(section);
        // A heading ending in a colon is a full citation introducing the quotation: no bibliography follows.
        inBibliography = !INTRODUCES_QUOTATION.test(raw);
        continue;
      }

      if (section?.type !== 'excerpt' && !block.note && this.isContents(raw)) {
        // Contents after some preamble: the text after them opens another preamble, in reading order.
        flushPages();
        out.push(this.contents(block));
        section = undefined;
        continue;
      }

      const content = this.blockContent(block);
      if (!section) {
        const preambles = out.filter((node) => node.type === 'preamble').length;
        const id = preambles === 0 ? 'preamble' : `preamble-${preambles + 1}`;
        section = { type: 'preamble', id, children: [], position: this.position(block.start, block.end) };
        out.push(section);
      }
      section.position!.end = this.locate(block.end);

      if (inBibliography && section.type === 'excerpt') {
        const bibliographyCount = section.children.filter((node) => node.type === 'bibliography').length;
        if (content.type === 'paragraph' && isBibliographyLine(raw) && bibliographyCount < MAX_BIBLIOGRAPHY_LINES) {
          section.children.push({ type: 'bibliography', children: content.children, position: content.position });
          // `(Little, Brown and Company, New York 1994):` is the last line: the quotation follows.
          if (INTRODUCES_QUOTATION.test(raw)) inBibliography = false;
          continue;
        }
        inBibliography = false;
      }

      if (content.type === 'blockEditorNote') {
        flushPages();
        section.children.push(content);
        continue;
      }

      if (content.children.every((node) => node.type === 'pageBreak' || (node.type === 'text' && !node.value.trim()))) {
        pendingPages.push(...content.children.filter((node) => node.type === 'pageBreak'));
        continue;
      }
      if (pendingPages.length > 0) {
        content.children.unshift(...pendingPages);
        pendingPages = [];
      }
      const previous = section.children.at(-1);
      if (previous?.type === 'paragraph' && continueAcrossPage(previous, content)) continue;
      section.children.push(content);
    }
    flushPages();
    return out;
  }

  /** Pieces from `from` on, cutting a text piece that straddles it. */
  clipPieces(pieces: Piece[], from: number): Piece[] {
    return pieces.flatMap((piece): Piece[] => {
      if (piece.kind === 'group') return piece.group.start >= from ? [piece] : [];
      if (piece.end <= from) return [];
      return [{ kind: 'text', start: Math.max(piece.start, from), end: piece.end }];
    });
  }

  /** Leading lines that name the title, editor, dates and convention. */
  header(blocks: RawBlock[]): { node: DocHeader; count: number } | undefined {
    const lines: HeaderLine[] = [];
    for (const [index, block] of blocks.slice(0, MAX_HEADER_LINES).entries()) {
      if (block.note) break;
      const raw = this.text.slice(block.start, block.end);
      const next = blocks[index + 1];
      let role: HeaderRole | undefined = HEADER_LINES.find(([, pattern]) => pattern.test(raw))?.[0];
      if (!role && TITLE_WITH_BYLINE.test(raw)) role = 'title';
      if (!role && lines.length === 0 && this.looksLikeTitle(raw, next)) role = 'title';
      // A line we do not know, between header lines, is still the editor's header: keep it there.
      if (!role && isShortLine(raw) && next && index + 1 < MAX_HEADER_LINES && this.isHeaderLine(next)) role = 'other';
      if (!role || this.isHeadingSpan(block)) break;
      const content = this.blockContent(block);
      if (content.type !== 'paragraph') break;
      lines.push({ type: 'headerLine', role, children: content.children, position: content.position });
    }
    if (lines.length === 0) return undefined;
    return {
      node: { type: 'docHeader', children: lines, position: { start: lines[0]!.position!.start, end: lines.at(-1)!.position!.end } },
      count: lines.length,
    };
  }

  /** A short first line followed by a header line: `Author, Work`. */
  looksLikeTitle(raw: string, next: RawBlock | undefined): boolean {
    return next !== undefined && isShortLine(raw) && !/[.!?]$/.test(raw) && this.isHeaderLine(next);
  }

  /** A block one of the header patterns recognises. */
  isHeaderLine(block: RawBlock): boolean {
    if (block.note || this.isHeadingSpan(block)) return false;
    const raw = this.text.slice(block.start, block.end);
    return HEADER_LINES.some(([, pattern]) => pattern.test(raw)) || TITLE_WITH_BYLINE.test(raw);
  }

  isContents(raw: string): boolean {
    const lines = raw.split('\n');
    return lines.length >= 2 && lines.every((line) => /^\s*\(\d{1,3}\)[ \t]+\S/.test(line));
  }

  contents(block: RawBlock): RootContent {
    const items: ContentsItem[] = [];
    let offset = block.start;
    for (const line of this.text.slice(block.start, block.end).split('\n')) {
      const match = /^(\s*\((\d{1,3})\)[ \t]+)(.*?)\s*$/.exec(line)!;
      const start = offset + match[1]!.length;
      const end = start + match[3]!.length;
      const content = this.blockContent({ start, end, pieces: this.clipPieces(this.clipTo(block.pieces, end), start) }, true);
      items.push({
        type: 'contentsItem',
        number: match[2]!,
        children: content.type === 'paragraph' ? content.children : [],
        position: this.position(offset, offset + line.length),
      });
      offset += line.length + 1;
    }
    return { type: 'contents', children: items, position: this.position(block.start, block.end) };
  }

  clipTo(pieces: Piece[], to: number): Piece[] {
    return pieces.flatMap((piece): Piece[] => {
      if (piece.kind === 'group') return piece.group.end <= to ? [piece] : [];
      if (piece.start >= to) return [];
      return [{ kind: 'text', start: piece.start, end: Math.min(piece.end, to) }];
    });
  }

  // ---- ids and numbers --------------------------------------------------------------------------

  assignIds(root: Root): void {
    const slugger = new GithubSlugger();
    slugger.slug('contents');
    slugger.slug('preamble');
    let noteNumber = 0;
    for (const node of root.children) {
      let sectionId = 'preamble';
      if (node.type === 'excerpt') {
        const heading = node.children.find((child) => child.type === 'excerptHeading');
        const bibliography = node.children.filter((child) => child.type === 'bibliography').map((child) => toString(child));
        const work = describeQuotedWork(heading ? toString(heading) : '', bibliography);
        node.id = slugger.slug(work.key || `excerpt ${node.number}`);
        sectionId = node.id;
      } else if (node.type === 'docHeader') {
        sectionId = 'header';
      } else if (node.type === 'preamble' && node.id !== 'preamble') {
        node.id = slugger.slug(node.id);
        sectionId = node.id;
      }
      walk(node, (child) => {
        if (child.type === 'pageBreak') {
          (child as PageBreak).id = slugger.slug(`${sectionId}-p${(child as PageBreak).value}`);
        } else if (child.type === 'editorNote' || child.type === 'blockEditorNote') {
          (child as unknown as { number: number }).number = ++noteNumber;
        }
      });
    }
  }
}

function walk(node: { type: string; children?: unknown[] }, visit: (node: { type: string; children?: unknown[] }) => void): void {
  visit(node);
  for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) walk(child, visit);
}

/**
 * Joins `next` onto `previous` when the page break interrupts a sentence: the previous paragraph
 * stops without closing punctuation and the next one opens with a page marker. A word hyphenated
 * across the break (`de-` / `viation`) becomes one word with the page break after it.
 */
function continueAcrossPage(previous: Paragraph, next: Paragraph): boolean {
  const [first, second] = next.children;
  if (first?.type !== 'pageBreak') return false;
  const last = previous.children.at(-1);
  if (last?.type !== 'text') return false;
  const rest = second?.type === 'text' ? second : undefined;
  const restValue = rest?.value.trimStart() ?? '';
  const startsLower = /^\p{Ll}/u.test(restValue);

  if (rest && joinHyphenated(last, first, rest)) {
    const children = rest.value ? next.children : next.children.filter((node) => node !== rest);
    previous.children.push(...children);
    extend(previous, next);
    return true;
  }

  if (SENTENCE_END.test(last.value) || /[-–—]$/.test(last.value)) return false;
  const lastWord = /([\p{L}\p{N}]+)[,]?$/u.exec(last.value)?.[1] ?? '';
  const endsLower = /^\p{Ll}/u.test(lastWord) || /,$/.test(last.value);
  if (!startsLower && !endsLower) return false;
  last.value += ' ';
  if (rest) rest.value = restValue;
  // A page marker followed by nothing but space leaves no empty text node behind.
  previous.children.push(...next.children.filter((node) => node !== rest || restValue !== ''));
  extend(previous, next);
  return true;
}

/**
 * A word hyphenated across a page (`de-` `{p. 523}` `viation`) becomes one word before the page
 * break (`deviation`), which keeps the halves as written in `split`. The hyphen stays when the
 * second half opens with a capital (`Anglo-` / `Scottish`). Returns whether it joined.
 */
function joinHyphenated(last: Text, page: PageBreak, rest: Text): boolean {
  const before = last.value.trimEnd();
  const restValue = rest.value.trimStart();
  const hyphenated = /(\p{L}+)-$/u.exec(before);
  if (!hyphenated || !/^\p{L}/u.test(restValue)) return false;
  const tail = /^[\p{L}\p{M}\p{N}'’]+/u.exec(restValue)![0];
  const keepHyphen = !/^\p{Ll}/u.test(restValue);
  page.split = `${hyphenated[1]}-|${tail}`;
  last.value = (keepHyphen ? before : before.slice(0, -1)) + tail;
  rest.value = restValue.slice(tail.length);
  return true;
}

/** Joins the words hyphenated across a page marker inside one paragraph (`de-` / `{p. 523} viation`). */
function joinHyphenatedWithin(children: PhrasingContent[]): void {
  for (let index = 1; index < children.length - 1; index++) {
    const [last, page, rest] = [children[index - 1]!, children[index]!, children[index + 1]!];
    if (last.type !== 'text' || page.type !== 'pageBreak' || rest.type !== 'text') continue;
    if (joinHyphenated(last, page, rest) && rest.value === '') children.splice(index + 1, 1);
  }
}

function extend(previous: Paragraph, next: Paragraph): void {
  if (previous.position && next.position) previous.position.end = next.position.end;
}

/** One line of at most 150 characters without the editor's braces, as header lines are. */
function isShortLine(raw: string): boolean {
  return !raw.includes('\n') && raw.length <= 150 && !/[{}]/.test(raw);
}

function isBibliographyLine(raw: string): boolean {
  return raw.length <= MAX_HEADING_LENGTH && !raw.startsWith('{') && !raw.includes('\n');
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index]!)) index++;
  return index;
}

function trimSpan(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  const lead = slice.length - slice.trimStart().length;
  return { start: span.start + lead, end: span.start + lead + slice.trim().length };
}

function unquote(value: string): string {
  if (/^".*"$/.test(value)) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return value;
    }
  }
  if (/^'.*'$/.test(value)) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}
