/**
 * The page anchors of a rendered document, grouped by the part they belong to (the introduction, or
 * an excerpt), for the page list. Read from the HTML, since pages before the first excerpt are in
 * no excerpt's data.
 */
import type { Element } from 'hast';
import { rehype } from 'rehype';
import { visitParents } from 'unist-util-visit-parents';

export interface PageGroup {
  /** The excerpt's id, or undefined for pages outside the excerpts. */
  excerpt?: string;
  pages: Array<{ id: string; page: string }>;
}

export function pageGroups(html: string): PageGroup[] {
  const tree = rehype().data('settings', { fragment: true }).parse(html);
  const groups: PageGroup[] = [];
  visitParents(tree, 'element', (node: Element, ancestors) => {
    if (node.properties.role !== 'doc-pagebreak') return;
    const section = ancestors.findLast(
      (ancestor): ancestor is Element => ancestor.type === 'element' && ancestor.tagName === 'section' && 'dataExcerpt' in ancestor.properties,
    );
    const excerpt = section ? String(section.properties.id) : undefined;
    let group = groups.at(-1);
    if (!group || group.excerpt !== excerpt) groups.push((group = { excerpt, pages: [] }));
    group.pages.push({ id: String(node.properties.id), page: String(node.properties.dataPage) });
  });
  return groups;
}
