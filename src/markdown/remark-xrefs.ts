/**
 * remark plugin: cross-references to other pages of the editor's site (`sudoplat.html`) become
 * links, where the parser found they lead (src/parser/lib/xrefs.ts): to the document in this
 * collection, or to the editor's original site. One that leads nowhere stays text.
 */
import type { Root } from 'mdast';
import { eachOfType } from '../parser/index.ts';
import { asElement } from './lib/as-element.ts';

export interface XrefLinkOptions {
  /** The site's base path, e.g. `/reader/`. */
  base?: string;
}

export default function remarkXrefs(options: XrefLinkOptions = {}) {
  const base = options.base?.endsWith('/') ? options.base : `${options.base ?? ''}/`;
  return (tree: Root) => {
    eachOfType(tree, 'xref', (node) => {
      const target = node.data?.target;
      if (!target) return;
      const text = [{ type: 'text' as const, value: node.value }];
      if ('document' in target) asElement(node, 'a', { href: `${base}${target.document}/`, dataXref: target.document, className: ['xref', 'xref-local'] }, text);
      else asElement(node, 'a', { href: target.url, dataXref: target.stem, className: ['xref'] }, text);
    });
  };
}
