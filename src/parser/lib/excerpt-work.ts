/** The quoted work of an excerpt node, read from its heading and bibliography lines. */
import type { Excerpt } from '../types.ts';
import { type QuotedWork, describeQuotedWork } from './source.ts';
import { toString } from './to-string.ts';

export function excerptWork(excerpt: Excerpt): QuotedWork & { heading: string; bibliography: string[] } {
  const headingNode = excerpt.children.find((child) => child.type === 'excerptHeading');
  const heading = headingNode ? toString(headingNode) : '';
  const bibliography = excerpt.children.filter((child) => child.type === 'bibliography').map((child) => toString(child));
  return { ...describeQuotedWork(heading, bibliography), heading, bibliography };
}
