/**
 * The document's header: its leading lines that name the title, the editor, the dates, the
 * convention (`My comments are shown {thus}.`) and the like. A line no rule recognises, between
 * header lines, stays in the header as written; the header ends at the first other line.
 */
import type { DocHeader, HeaderLine, HeaderRole } from '../types.ts';
import type { RawBlock } from './blocks.ts';
import { excerptHeading } from './excerpt-heading.ts';
import { blockContent } from './inline.ts';
import { HEADER_LINES, TITLE_WITH_BYLINE } from './patterns.ts';
import type { SourceText } from './source-text.ts';

const MAX_HEADER_LINES = 8;

/** The header made of the first blocks, and how many blocks it takes. */
export function readHeader(source: SourceText, blocks: RawBlock[]): { node: DocHeader; count: number } | undefined {
  const lines: HeaderLine[] = [];
  for (const [index, block] of blocks.slice(0, MAX_HEADER_LINES).entries()) {
    if (block.note) break;
    const raw = source.text.slice(block.start, block.end);
    const next = blocks[index + 1];
    let role: HeaderRole | undefined = HEADER_LINES.find(([, pattern]) => pattern.test(raw))?.[0];
    if (!role && TITLE_WITH_BYLINE.test(raw)) role = 'title';
    // A short first line followed by a header line: `Author, Work`.
    if (!role && lines.length === 0 && next && isShortLine(raw) && !/[.!?]$/.test(raw) && recognised(source, next)) role = 'title';
    // A line we do not know, between header lines, is still the editor's header: keep it there.
    if (!role && isShortLine(raw) && next && index + 1 < MAX_HEADER_LINES && recognised(source, next)) role = 'other';
    if (!role || excerptHeading(raw)) break;
    const content = blockContent(source, block);
    if (content.type !== 'paragraph') break;
    lines.push({ type: 'headerLine', role, children: content.children, position: content.position });
  }
  if (lines.length === 0) return undefined;
  return {
    node: { type: 'docHeader', children: lines, position: { start: lines[0]!.position!.start, end: lines.at(-1)!.position!.end } },
    count: lines.length,
  };
}

/** A block one of the header patterns recognises. */
function recognised(source: SourceText, block: RawBlock): boolean {
  const raw = source.text.slice(block.start, block.end);
  if (block.note || excerptHeading(raw)) return false;
  return HEADER_LINES.some(([, pattern]) => pattern.test(raw)) || TITLE_WITH_BYLINE.test(raw);
}

/** One line of at most 150 characters without the editor's braces, as header lines are. */
function isShortLine(raw: string): boolean {
  return !raw.includes('\n') && raw.length <= 150 && !/[{}]/.test(raw);
}
