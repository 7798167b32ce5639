/**
 * The page anchors of a rendered document, grouped by the part they belong to (the introduction, or
 * an excerpt), for the page list. Read from the HTML, since pages before the first excerpt are in
 * no excerpt's data.
 */
import { Parser } from 'htmlparser2';

export interface PageGroup {
  /** The excerpt's id, or undefined for pages outside the excerpts. */
  excerpt?: string;
  pages: Array<{ id: string; page: string }>;
}

/** Read with a streaming tokenizer, not a tree: every document page runs this on its whole text. */
export function pageGroups(html: string): PageGroup[] {
  const groups: PageGroup[] = [];
  // The excerpt each open element is in: a `section[data-excerpt]` starts one.
  const excerpts: Array<string | undefined> = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const inside = excerpts.at(-1);
        excerpts.push(name === 'section' && 'data-excerpt' in attributes ? attributes.id : inside);
        if (attributes.role !== 'doc-pagebreak') return;
        let group = groups.at(-1);
        if (!group || group.excerpt !== inside) groups.push((group = { excerpt: inside, pages: [] }));
        group.pages.push({ id: attributes.id ?? '', page: attributes['data-page'] ?? '' });
      },
      onclosetag() {
        excerpts.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return groups;
}
