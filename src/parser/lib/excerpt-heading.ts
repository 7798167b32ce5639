/**
 * What an excerpt heading looks like: one short line `(N) Title` with no page marker in it. The brace
 * scanner stops a note of several paragraphs at such a line, the header ends at one, and the
 * structure pass (./outline.ts) opens an excerpt with it, unless, inside an excerpt, it goes on with
 * a numbered list of the quoted text.
 */
import { EXCERPT_HEADING, MAX_HEADING_LENGTH } from './patterns.ts';

export interface HeadingLine {
  /** The number in `(N)` as written. */
  number: string;
  /** The words after it, as written. */
  title: string;
}

export function excerptHeading(value: string): HeadingLine | undefined {
  if (value.length > MAX_HEADING_LENGTH || value.includes('\n') || /\{\s*pp?\b/.test(value)) return undefined;
  const match = EXCERPT_HEADING.exec(value);
  return match ? { number: match[1]!, title: match[2]! } : undefined;
}
