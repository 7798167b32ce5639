/**
 * Tells remark-rehype which HTML element an mdast node becomes, through the `data.hName`,
 * `data.hProperties` and `data.hChildren` fields that mdast-util-to-hast honours.
 */
import type { ElementContent, Properties } from 'hast';

export interface ElementData {
  hName?: string;
  hProperties?: Properties;
  hChildren?: ElementContent[];
}

export function asElement<T extends { data?: object }>(node: T, hName: string, hProperties: Properties = {}, hChildren?: ElementContent[]): T {
  const data = (node.data ?? {}) as ElementData;
  data.hName = hName;
  data.hProperties = { ...data.hProperties, ...hProperties };
  if (hChildren) data.hChildren = hChildren;
  node.data = data;
  return node;
}

/** A node of no mdast type that only stands for an element, e.g. a note's back link. */
export function elementNode(hName: string, hProperties: Properties, children: unknown[] = [], hChildren?: ElementContent[]): { type: 'readerElement'; children: unknown[]; data: ElementData } {
  return { type: 'readerElement', children, data: { hName, hProperties, ...(hChildren ? { hChildren } : {}) } };
}

/** Text hidden on screen but read by screen readers and kept in copied text. */
export function visuallyHidden(value: string): ElementContent {
  return { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value }] };
}
