/**
 * remark plugin: cross-references to other pages of the editor's site (`sudoplat.html`) become
 * links: to the document in this collection when there is one of that name, otherwise to the
 * editor's original site.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { asElement } from './lib/as-element.ts';

export interface XrefOptions {
  /** Stems of the documents in `content/`. */
  documents?: ReadonlySet<string>;
  /** Where the editor's original pages live; default `http://mailstar.net/`. */
  originalBase?: string;
  /** The site's base path, e.g. `/reader/`. */
  base?: string;
}

export const DEFAULT_ORIGINAL_BASE = 'http://mailstar.net/';

export default function remarkXrefs(options: XrefOptions = {}) {
  const documents = options.documents ?? new Set<string>();
  const originalBase = options.originalBase ?? DEFAULT_ORIGINAL_BASE;
  const base = withTrailingSlash(options.base ?? '/');
  return (tree: Root) => {
    visit(tree, 'xref', (node) => {
      const stem = node.value.replace(/\.html?$/i, '');
      const local = documents.has(stem);
      const href = local ? `${base}${stem}/` : new URL(node.value, withTrailingSlash(originalBase)).href;
      asElement(node, 'a', { href, dataXref: stem, className: local ? ['xref', 'xref-local'] : ['xref'] }, [{ type: 'text', value: node.value }]);
    });
  };
}

function withTrailingSlash(value: string): string {
  return value.endsWith('/') ? value : `${value}/`;
}
