/**
 * The quoted work of an excerpt, read from the source text of its heading and bibliography lines
 * (src/citation/work.ts): once by the parser, which keeps it on the excerpt (`excerpt.data.work`),
 * and again only when the Markdown form is read back (src/markdown/directives.ts).
 */
import type { Work } from '../../citation/work.ts';
import { readWork } from '../../citation/work.ts';
import type { Excerpt } from '../types.ts';
import { toString } from './to-string.ts';

export function excerptWork(children: Excerpt['children']): Work {
  const heading = children.find((child) => child.type === 'excerptHeading');
  const bibliography = children.filter((child) => child.type === 'bibliography').map((child) => toString(child));
  return readWork(heading ? toString(heading) : '', bibliography);
}
