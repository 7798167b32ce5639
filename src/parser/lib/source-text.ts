/**
 * The document's text as every pass of fromText reads it: offsets into the text, turned into unist
 * positions, and problems reported on the file at their place.
 */
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { createLocator } from './text.ts';

export interface SourceText {
  readonly text: string;
  point(offset: number): Point;
  position(start: number, end: number): Position;
  /** Reports a problem of the text between `start` and `end` on the file. */
  warn(reason: string, start: number, end: number, ruleId: string): void;
}

/** Where fromText's messages come from, as the problem report names them. */
const SOURCE = 'reader-parse';

export function sourceText(text: string, file: VFile): SourceText {
  const point = createLocator(text);
  const position = (start: number, end: number): Position => ({ start: point(start), end: point(end) });
  return {
    text,
    point,
    position,
    warn: (reason, start, end, ruleId) => void file.message(reason, { place: position(start, end), ruleId, source: SOURCE }),
  };
}
