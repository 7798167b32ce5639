/**
 * Ids and note numbers, once the structure stands: each excerpt is named by its quoted work
 * (`deutscher-1953`), each page break by its section and page (`deutscher-1953-p31`), and the
 * editor's notes are numbered through the document. Ids are unique in the document.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { eachNode } from './each-node.ts';

export function assignIds(root: Root): void {
  const slugger = new GithubSlugger();
  // Taken by the page itself.
  slugger.slug('contents');
  slugger.slug('preamble');
  let noteNumber = 0;
  for (const node of root.children) {
    let sectionId = 'preamble';
    if (node.type === 'excerpt') {
      node.id = slugger.slug(node.data.work.key || `excerpt ${node.number}`);
      sectionId = node.id;
    } else if (node.type === 'docHeader') {
      sectionId = 'header';
    } else if (node.type === 'preamble' && node.id !== 'preamble') {
      node.id = slugger.slug(node.id);
      sectionId = node.id;
    }
    eachNode(node, (child) => {
      if (child.type === 'pageBreak') child.id = slugger.slug(`${sectionId}-p${child.value}`);
      else if (child.type === 'editorNote' || child.type === 'blockEditorNote') child.number = ++noteNumber;
    });
  }
}
