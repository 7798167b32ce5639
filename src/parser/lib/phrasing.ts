/**
 * The source's running text as phrasing: text nodes, with web addresses made into links and
 * cross-references to the editor's other pages (`sudoplat.html`) into `xref` nodes.
 */
import type { PhrasingContent, Text } from 'mdast';
import type { BraceGroup } from './braces.ts';
import { trimSpan } from './blocks.ts';
import { URL, XREF } from './patterns.ts';
import type { SourceText } from './source-text.ts';

export function phrasing(source: SourceText, start: number, end: number): PhrasingContent[] {
  const value = source.text.slice(start, end);
  const nodes: PhrasingContent[] = [];
  const found: Array<{ index: number; length: number; node: PhrasingContent }> = [];
  // The patterns look behind at every position: skip them where their literal part is missing.
  for (const match of value.includes('http') ? value.matchAll(URL) : []) {
    const url = match[0].replace(/[.,;:!?)'"]+$/, '');
    const at = start + match.index;
    found.push({
      index: match.index,
      length: url.length,
      node: { type: 'link', url, children: [textNode(source, url, at, at + url.length)], position: source.position(at, at + url.length) },
    });
  }
  for (const match of value.includes('.htm') ? value.matchAll(XREF) : []) {
    if (found.some((hit) => match.index >= hit.index && match.index < hit.index + hit.length)) continue;
    const at = start + match.index;
    found.push({ index: match.index, length: match[1]!.length, node: { type: 'xref', value: match[1]!, position: source.position(at, at + match[1]!.length) } });
  }
  found.sort((a, b) => a.index - b.index);
  let cursor = 0;
  for (const hit of found) {
    if (hit.index > cursor) nodes.push(textNode(source, value.slice(cursor, hit.index), start + cursor, start + hit.index));
    nodes.push(hit.node);
    cursor = hit.index + hit.length;
  }
  if (cursor < value.length) nodes.push(textNode(source, value.slice(cursor), start + cursor, end));
  return nodes;
}

/** The words inside a brace group, trimmed, as phrasing. */
export function groupPhrasing(source: SourceText, group: BraceGroup): PhrasingContent[] {
  const inner = trimSpan(source.text, { start: group.start + 1, end: group.end - 1 });
  return inner.end > inner.start ? phrasing(source, inner.start, inner.end) : [];
}

/** A line break keeps no spaces around it: the text reads as one paragraph. */
function textNode(source: SourceText, value: string, start: number, end: number): Text {
  return { type: 'text', value: value.includes('\n') ? value.replace(/[ \t]*\n[ \t]*/g, '\n') : value, position: source.position(start, end) };
}
