/**
 * remark plugin: cross-references to other pages of the editor's site (`sudoplat.html`) become
 * links: to the document in this collection when there is one of that name, otherwise to the
 * editor's original site.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
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
  const byLowerCase = new Map([...documents].map((stem) => [stem.toLowerCase(), stem]));
  return (tree: Root, file: VFile) => {
    visit(tree, 'xref', (node) => {
      const stem = node.value.replace(/\.html?$/i, '');
      const local = documents.has(stem);
      const href = local ? `${base}${stem}/` : originalUrl(node.value, originalBase);
      const place = node.position;
      if (!href) {
        file.message(`Unexpected cross-reference \`${node.value}\` with no original site to link to, expected a document \`${stem}\` here or an http(s) \`originalBase\` in src/config.ts; kept as text`, { place, ruleId: 'xref-unlinked', source: 'reader-xrefs' });
        return;
      }
      asElement(node, 'a', { href, dataXref: stem, className: local ? ['xref', 'xref-local'] : ['xref'] }, [{ type: 'text', value: node.value }]);
      if (local) return;
      const nearly = byLowerCase.get(stem.toLowerCase());
      if (nearly) {
        file.message(`Unexpected cross-reference \`${node.value}\`, expected \`${nearly}.html\` to link to the document \`${nearly}\` here (letter case differs); linked to the original site`, { place, ruleId: 'xref-case', source: 'reader-xrefs' });
      } else {
        // Not a problem: the editor's other pages live on the original site. The build is offline, so it cannot look.
        file.info(`Cross-reference \`${node.value}\` is no document here: linked to the original site, ${href} (not checked)`, { place, ruleId: 'xref-original', source: 'reader-xrefs' });
      }
    });
  };
}

/** The page on the editor's original site; only http(s) addresses become links. */
function originalUrl(value: string, originalBase: string): string | undefined {
  if (!originalBase) return undefined;
  try {
    const url = new URL(value, withTrailingSlash(originalBase));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function withTrailingSlash(value: string): string {
  return value.endsWith('/') ? value : `${value}/`;
}
