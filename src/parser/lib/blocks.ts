/**
 * The document cut into blocks: paragraphs (runs of non-blank lines), each cut into text and the
 * brace groups found in it (./braces.ts). A group that spans several paragraphs, a note of several
 * paragraphs, is one block of its own.
 */
import type { BraceGroup, Span } from './braces.ts';

export type Piece = { kind: 'text'; start: number; end: number } | { kind: 'group'; group: BraceGroup };

export interface RawBlock {
  /** Where the block's text starts and ends in the document. */
  start: number;
  end: number;
  pieces: Piece[];
  /** Set when the whole block is one brace group spanning several paragraphs. */
  note?: { group: BraceGroup; paragraphs: Span[] };
}

/** Runs of non-blank lines from `from` on, trimmed. */
export function paragraphs(text: string, from: number): Span[] {
  const spans: Span[] = [];
  const blank = /\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/g;
  blank.lastIndex = from;
  let start = from;
  const push = (end: number) => {
    const span = trimSpan(text, { start, end });
    if (span.end > span.start) spans.push(span);
  };
  for (let match = blank.exec(text); match; match = blank.exec(text)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return spans;
}

/** Paragraphs cut into text and brace groups; a group spanning paragraphs becomes one block. */
export function rawBlocks(text: string, paragraphs: Span[], groups: BraceGroup[]): RawBlock[] {
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
        // The rest of the paragraph the note closes in is a block of its own.
        index = group.lastParagraph;
        start = skipSpace(text, group.end);
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

/** The pieces between `from` and `to`, cutting a text piece that straddles either end. */
export function clipPieces(pieces: Piece[], from: number, to = Infinity): Piece[] {
  return pieces.flatMap((piece): Piece[] => {
    if (piece.kind === 'group') return piece.group.start >= from && piece.group.end <= to ? [piece] : [];
    if (piece.end <= from || piece.start >= to) return [];
    return [{ kind: 'text', start: Math.max(piece.start, from), end: Math.min(piece.end, to) }];
  });
}

export function trimSpan(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  const lead = slice.length - slice.trimStart().length;
  return { start: span.start + lead, end: span.start + lead + slice.trim().length };
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index]!)) index++;
  return index;
}
