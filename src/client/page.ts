/** What the reader's scripts look up in a document page (see the markup contract in README). */

/** A page break's anchor (src/markdown/remark-page-anchors.ts): the browser code's one selector for it. */
export const PAGE_BREAK = '[role="doc-pagebreak"]';

export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function excerptOf(node: Node): HTMLElement | null {
  return (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('section.excerpt') ?? null;
}

/** The address of an anchor on this page, as the reader sees it in the address bar. */
export const pageUrl = (id: string) => `${location.origin}${location.pathname}#${id}`;

/** `p. 523`: the label its page link shows. */
export const labelOf = (anchor: Element) => (anchor.nextElementSibling as HTMLElement).dataset.label!;
