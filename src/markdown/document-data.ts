/**
 * What the site needs to know about a document besides its HTML: title, editor, dates, the
 * excerpts with their quoted works and pages. Read from the tree, never from the HTML.
 */
import type { Root } from 'mdast';
import type { Work } from '../citation/work.ts';
import { toString } from '../parser/index.ts';

export interface ExcerptSummary {
  id: string;
  number: string;
  /** The heading's source text, without its number: `Isaac Deutscher, Russia After Stalin ...`. */
  heading: string;
  /** The quoted work, as the parser read it (`excerpt.data.work`). */
  work: Work;
  /** Page labels in order, with their anchor ids. */
  pages: Array<{ label: string; id: string }>;
}

export interface DocumentData {
  title: string;
  editor?: string;
  dates?: string;
  original?: string;
  description: string;
  excerpts: ExcerptSummary[];
  /** Pages marked before the first excerpt (in the preamble), which quote several books. */
  introductionPages: ExcerptSummary['pages'];
  /** Cross-references to other documents, by stem. */
  links: string[];
  notes: number;
  words: number;
}

export function documentData(tree: Root, stem: string): DocumentData {
  const frontmatter = tree.data?.frontmatter ?? {};
  const header = tree.children.find((node) => node.type === 'docHeader');
  const line = (role: string) => {
    const found = header?.children.find((child) => child.role === role);
    return found ? toString(found).trim() : undefined;
  };
  const titleLine = line('title');
  const editor = frontmatter.editor ?? line('editor')?.replace(/^-\s*/, '');
  const excerpts: ExcerptSummary[] = [];
  const introductionPages: ExcerptSummary['pages'] = [];
  const links = new Set<string>();
  let notes = 0;
  let words = 0;
  const walk = (node: { type: string; children?: unknown[]; value?: unknown; id?: unknown }, pages?: ExcerptSummary['pages']) => {
    if (node.type === 'pageBreak' && pages) pages.push({ label: String(node.value), id: String(node.id) });
    if (node.type === 'xref') links.add(String(node.value).replace(/\.html?$/i, ''));
    if (node.type === 'editorNote' || node.type === 'blockEditorNote') notes++;
    if (node.type === 'text') words += String(node.value).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    for (const child of (node.children ?? []) as Array<{ type: string }>) walk(child, pages);
  };
  for (const node of tree.children) {
    if (node.type === 'excerpt') {
      const heading = node.children.find((child) => child.type === 'excerptHeading');
      const summary: ExcerptSummary = {
        id: node.id,
        number: node.number,
        heading: heading ? toString(heading).trim() : '',
        work: node.data.work,
        pages: [],
      };
      excerpts.push(summary);
      walk(node, summary.pages);
    } else walk(node, introductionPages);
  }
  const preamble = tree.children.find((node) => node.type === 'preamble');
  const firstWords = preamble ? toString(preamble.children.find((node) => node.type === 'paragraph') ?? { type: 'text', value: '' }) : '';
  return {
    title: frontmatter.title ?? titleLine ?? titleFromStem(stem),
    editor,
    dates: frontmatter.dates ?? line('dates'),
    original: frontmatter.original,
    description: frontmatter.description ?? clip(firstWords || excerpts.map((excerpt) => excerpt.work.label).join('; '), 200),
    excerpts,
    introductionPages,
    links: [...links],
    notes,
    words,
  };
}

function titleFromStem(stem: string): string {
  return stem.replace(/[-_]+/g, ' ').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

function clip(value: string, length: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  return `${flat.slice(0, flat.lastIndexOf(' ', length - 1))}…`;
}
