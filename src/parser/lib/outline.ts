/**
 * The document's outline, the first half of its structure: after the header, each block opens an
 * excerpt (`(5) Title`), is the editor's contents, or belongs to the section it stands in, the
 * preamble or the excerpt (./sections.ts builds the sections). Blocks become nodes here, in reading
 * order, so that problems are reported in the order of the text.
 */
import type { Paragraph } from 'mdast';
import type { Position } from 'unist';
import type { BlockEditorNote, Contents, DocHeader, ExcerptHeading } from '../types.ts';
import { type RawBlock, clipPieces } from './blocks.ts';
import { isContents, readContents } from './contents.ts';
import { type HeadingLine, excerptHeading } from './excerpt-heading.ts';
import { readHeader } from './header.ts';
import { blockContent } from './inline.ts';
import { INTRODUCES_QUOTATION } from './patterns.ts';
import type { SourceText } from './source-text.ts';

export interface SectionBlock {
  node: Paragraph | BlockEditorNote;
  /** The block's text as written, for the rules that read it (bibliography lines). */
  raw: string;
}

export interface PreamblePart {
  type: 'preamble';
  blocks: SectionBlock[];
  position: Position;
}

export interface ExcerptPart {
  type: 'excerpt';
  number: string;
  heading: ExcerptHeading;
  /** A heading ending in a colon is a full citation introducing the quotation: no bibliography follows. */
  introducesQuotation: boolean;
  blocks: SectionBlock[];
  position: Position;
}

export type Part = { type: 'header'; node: DocHeader } | { type: 'contents'; node: Contents } | PreamblePart | ExcerptPart;

export function outline(source: SourceText, blocks: RawBlock[]): Part[] {
  const parts: Part[] = [];
  const header = readHeader(source, blocks);
  if (header) parts.push({ type: 'header', node: header.node });
  let section: PreamblePart | ExcerptPart | undefined;
  let expectedNumber = 1;
  /** The number of the last numbered point of the quoted text in this excerpt, if any. */
  let lastPoint = Number.NaN;

  for (const block of blocks.slice(header?.count ?? 0)) {
    const raw = source.text.slice(block.start, block.end);
    const heading = block.note ? undefined : excerptHeading(raw);
    if (heading) {
      const number = Number(heading.number);
      const numberEnd = block.start + heading.number.length + 2;
      if (section?.type === 'excerpt' && isNumberedPoint(heading, expectedNumber, lastPoint)) {
        lastPoint = number;
        source.warn(`Unexpected (${number}) inside excerpt (${section.number}), expected (${expectedNumber}) for a new excerpt; read as a numbered point of its text`, block.start, numberEnd, 'heading-sequence');
      } else {
        lastPoint = Number.NaN;
        if (number !== expectedNumber) source.warn(`Unexpected excerpt number (${number}), expected (${expectedNumber})`, block.start, numberEnd, 'heading-sequence');
        expectedNumber = number + 1;
        section = openExcerpt(source, block, raw, heading);
        parts.push(section);
        continue;
      }
    }
    if (section?.type !== 'excerpt' && !block.note && isContents(raw)) {
      // Contents after some preamble: the text after them opens another preamble, in reading order.
      parts.push({ type: 'contents', node: readContents(source, block) });
      section = undefined;
      continue;
    }
    const node = blockContent(source, block);
    if (!section) {
      section = { type: 'preamble', blocks: [], position: source.position(block.start, block.end) };
      parts.push(section);
    }
    section.position.end = source.point(block.end);
    section.blocks.push({ node, raw });
  }
  return parts;
}

/**
 * Inside an excerpt, `(1)` when the next excerpt is (2) or later starts a numbered list of the
 * quoted text, and points in lower case go on with it: `(1) shorter hours`, `(2) better pay`.
 * Other numbers out of sequence are the editor's misnumbered headings.
 */
function isNumberedPoint(heading: HeadingLine, expectedNumber: number, lastPoint: number): boolean {
  const number = Number(heading.number);
  const lowerCase = /^\p{Ll}/u.test(heading.title);
  return (number === 1 && expectedNumber > 1) || (lowerCase && (number < expectedNumber || number === lastPoint + 1));
}

function openExcerpt(source: SourceText, block: RawBlock, raw: string, heading: HeadingLine): ExcerptPart {
  const titleStart = block.start + raw.indexOf(heading.title, heading.number.length + 2);
  const title = blockContent(source, { start: titleStart, end: block.end, pieces: clipPieces(block.pieces, titleStart) }, true);
  return {
    type: 'excerpt',
    number: heading.number,
    heading: { type: 'excerptHeading', children: title.type === 'paragraph' ? title.children : [], position: source.position(block.start, block.end) },
    introducesQuotation: INTRODUCES_QUOTATION.test(raw),
    blocks: [],
    position: source.position(block.start, block.end),
  };
}
