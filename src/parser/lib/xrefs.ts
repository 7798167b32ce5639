/**
 * Where each cross-reference (`sudoplat.html`) leads: to the document of that name in the
 * collection, or else to the editor's original site. Decided once, on the tree (`xref.data.target`),
 * for the HTML (src/markdown/remark-xrefs.ts) and the problem report alike.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { eachOfType } from './each-node.ts';

export interface XrefOptions {
  /** Stems of the documents in the collection. */
  documents?: ReadonlySet<string>;
  /** Where the editor's original pages live, e.g. `http://mailstar.net/`; '' for nowhere. */
  originalBase?: string;
}

export const DEFAULT_ORIGINAL_BASE = 'http://mailstar.net/';
const SOURCE = 'reader-xrefs';

export function resolveXrefs(tree: Root, file: VFile, options: XrefOptions = {}): void {
  const documents = options.documents ?? new Set<string>();
  const originalBase = options.originalBase ?? DEFAULT_ORIGINAL_BASE;
  const byLowerCase = new Map([...documents].map((stem) => [stem.toLowerCase(), stem]));
  eachOfType(tree, 'xref', (node) => {
    const stem = node.value.replace(/\.html?$/i, '');
    const place = node.position;
    if (documents.has(stem)) {
      node.data = { ...node.data, target: { document: stem } };
      return;
    }
    const url = originalUrl(node.value, originalBase);
    if (!url) {
      file.message(`Unexpected cross-reference \`${node.value}\` with no original site to link to, expected a document \`${stem}\` here or an http(s) \`originalBase\` option of reader() in astro.config.mjs; kept as text`, { place, ruleId: 'xref-unlinked', source: SOURCE });
      return;
    }
    node.data = { ...node.data, target: { url, stem } };
    const nearly = byLowerCase.get(stem.toLowerCase());
    if (nearly) {
      file.message(`Unexpected cross-reference \`${node.value}\`, expected \`${nearly}.html\` to link to the document \`${nearly}\` here (letter case differs); linked to the original site`, { place, ruleId: 'xref-case', source: SOURCE });
    } else {
      // Not a problem: the editor's other pages live on the original site. The build is offline, so it cannot look.
      file.info(`Cross-reference \`${node.value}\` is no document here: linked to the original site, ${url} (not checked)`, { place, ruleId: 'xref-original', source: SOURCE });
    }
  });
}

/** The page on the editor's original site; only http(s) addresses become links. */
function originalUrl(value: string, originalBase: string): string | undefined {
  if (!originalBase) return undefined;
  try {
    const url = new URL(value, originalBase.endsWith('/') ? originalBase : `${originalBase}/`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
