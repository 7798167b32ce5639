/** Small text utilities shared by the parser: normalising input and mapping offsets to points. */
import type { Point } from 'unist';

/**
 * Input hygiene: drop a byte-order mark and turn CRLF and lone CR into LF, so that every later rule
 * sees one kind of line ending. Line and column numbers are unchanged by this.
 */
export function normalizeNewlines(value: string): string {
  const withoutBom = value.charCodeAt(0) === 0xfeff ? value.slice(1) : value;
  return withoutBom.replace(/\r\n?/g, '\n');
}

/** Maps offsets in a text to unist points (1-based line and column). */
export function createLocator(value: string): (offset: number) => Point {
  const lineStarts = [0];
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1, offset };
  };
}

/** Words as a reader counts them: runs of letters and digits. */
export function countWords(value: string): number {
  return value.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
