/**
 * The editor's contents: a paragraph whose lines are all `(1) ...`, `(2) ...`, one line per excerpt.
 * Each line's words are phrasing, as a heading's are; linking them to the excerpts is the HTML's job.
 */
import type { Contents, ContentsItem } from '../types.ts';
import { type RawBlock, clipPieces } from './blocks.ts';
import { blockContent } from './inline.ts';
import type { SourceText } from './source-text.ts';

const CONTENTS_LINE = /^(\s*\((\d{1,3})\)[ \t]+)(.*?)\s*$/;

export function isContents(raw: string): boolean {
  const lines = raw.split('\n');
  return lines.length >= 2 && lines.every((line) => /^\s*\(\d{1,3}\)[ \t]+\S/.test(line));
}

export function readContents(source: SourceText, block: RawBlock): Contents {
  const items: ContentsItem[] = [];
  let offset = block.start;
  for (const line of source.text.slice(block.start, block.end).split('\n')) {
    const match = CONTENTS_LINE.exec(line)!;
    const start = offset + match[1]!.length;
    const end = start + match[3]!.length;
    const content = blockContent(source, { start, end, pieces: clipPieces(block.pieces, start, end) }, true);
    items.push({
      type: 'contentsItem',
      number: match[2]!,
      children: content.type === 'paragraph' ? content.children : [],
      position: source.position(offset, offset + line.length),
    });
    offset += line.length + 1;
  }
  return { type: 'contents', children: items, position: source.position(block.start, block.end) };
}
