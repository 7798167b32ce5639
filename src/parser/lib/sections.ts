/**
 * The sections of the outline (./outline.ts) as nodes, the second half of the structure: an
 * excerpt's heading and the short lines after it that are its bibliography, from which its quoted
 * work is read once (`excerpt.data.work`); then, in the preamble and the excerpts alike, paragraphs
 * and notes, a page marker standing alone opening the paragraph after it, and a paragraph that
 * opens with a page marker going on with the one the page break interrupted (./page-joins.ts).
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { Bibliography, Excerpt, SectionContent } from '../types.ts';
import { excerptWork } from './excerpt-work.ts';
import type { ExcerptPart, Part, SectionBlock } from './outline.ts';
import { continueAcrossPage } from './page-joins.ts';
import { INTRODUCES_QUOTATION, MAX_HEADING_LENGTH } from './patterns.ts';

const MAX_BIBLIOGRAPHY_LINES = 6;

export function sections(parts: Part[]): RootContent[] {
  let preambles = 0;
  return parts.map((part): RootContent => {
    if (part.type === 'header' || part.type === 'contents') return part.node;
    if (part.type === 'excerpt') return excerpt(part);
    preambles++;
    return { type: 'preamble', id: preambles === 1 ? 'preamble' : `preamble-${preambles}`, children: sectionContent(part.blocks), position: part.position };
  });
}

function excerpt(part: ExcerptPart): Excerpt {
  const bibliography: Bibliography[] = [];
  for (const { node, raw } of part.introducesQuotation ? [] : part.blocks) {
    if (node.type !== 'paragraph' || !isBibliographyLine(raw) || bibliography.length === MAX_BIBLIOGRAPHY_LINES) break;
    bibliography.push({ type: 'bibliography', children: node.children, position: node.position });
    // `(Little, Brown and Company, New York 1994):` is the last line: the quotation follows.
    if (INTRODUCES_QUOTATION.test(raw)) break;
  }
  const children: Excerpt['children'] = [part.heading, ...bibliography];
  return {
    type: 'excerpt',
    number: part.number,
    id: '',
    children: [...children, ...sectionContent(part.blocks.slice(bibliography.length))],
    position: part.position,
    data: { work: excerptWork(children) },
  };
}

function isBibliographyLine(raw: string): boolean {
  return raw.length <= MAX_HEADING_LENGTH && !raw.startsWith('{') && !raw.includes('\n');
}

/** Paragraphs and notes of a section, page markers standing alone and page breaks mid-sentence joined. */
function sectionContent(blocks: SectionBlock[]): SectionContent[] {
  const children: SectionContent[] = [];
  let pendingPages: PhrasingContent[] = [];
  const flushPages = () => {
    if (pendingPages.length > 0) children.push({ type: 'paragraph', children: pendingPages });
    pendingPages = [];
  };
  for (const { node } of blocks) {
    if (node.type === 'blockEditorNote') {
      flushPages();
      children.push(node);
      continue;
    }
    if (node.children.every((child) => child.type === 'pageBreak' || (child.type === 'text' && !child.value.trim()))) {
      pendingPages.push(...node.children.filter((child) => child.type === 'pageBreak'));
      continue;
    }
    if (pendingPages.length > 0) {
      node.children.unshift(...pendingPages);
      pendingPages = [];
    }
    const previous = children.at(-1);
    if (previous?.type === 'paragraph' && continueAcrossPage(previous, node)) continue;
    children.push(node);
  }
  flushPages();
  return children;
}
