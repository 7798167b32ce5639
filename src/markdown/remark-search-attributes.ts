/**
 * remark plugin: the Pagefind attributes that make every stretch of the source text findable under
 * a citation. Page breaks already carry their citation (remark-page-anchors); this titles the text
 * before a section's first page break (an excerpt's heading and bibliography, the preamble), so
 * that it lands on the excerpt or the preamble rather than on the top of the page, and tags each
 * excerpt with its source for the "source" filter, and gives each gloss an id, the address of its
 * sub-result among the editor's notes (src/search/search-record.ts). Runs after remark-document-sections.
 */
import type { Root } from 'mdast';
import { citationTitle } from '../citation/page-label.ts';
import { eachOfType } from '../parser/index.ts';
import type { ElementData } from './lib/as-element.ts';

export interface SearchAttributeOptions {
  /** The document's title, used for the preamble's citation. */
  title?: string;
}

export default function remarkSearchAttributes(options: SearchAttributeOptions = {}) {
  return (tree: Root) => {
    const title = options.title ?? tree.data?.frontmatter?.title ?? 'Introduction';
    for (const node of tree.children) {
      if (node.type === 'preamble') {
        addProperties(node, { dataPagefindTitle: citationTitle.introduction(title) });
      } else if (node.type === 'excerpt') {
        addProperties(node, { dataPagefindFilter: 'source[data-work]' });
        const heading = node.children.find((child) => child.type === 'excerptHeading');
        // The heading has an id, so Pagefind starts a sub-result there: title it as a citation.
        if (heading) addProperties(heading, { dataPagefindTitle: node.data.work.label });
      }
    }
    let glosses = 0;
    eachOfType(tree, 'gloss', (node) => {
      glosses += 1;
      addProperties(node, { id: glossId(glosses) });
    });
  };
}

export const glossId = (number: number) => `gloss-${number}`;

function addProperties(node: { data?: object }, properties: NonNullable<ElementData['hProperties']>): void {
  const data = (node.data ?? {}) as ElementData;
  data.hProperties = { ...data.hProperties, ...properties };
  node.data = data;
}
