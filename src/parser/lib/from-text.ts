/**
 * fromText: an editor's plain-text compilation -> the reader's mdast (see ../types.ts), in passes
 * over plain data, each in its own file:
 *   1. front matter (./front-matter.ts), then paragraphs, runs of non-blank lines (./blocks.ts);
 *   2. brace groups (./braces.ts), which cut the paragraphs into blocks of text and groups;
 *   3. the outline (./outline.ts): header lines, contents, excerpt headings; each block's text and
 *      groups become phrasing, a group a page break, marker, gloss or note (./inline.ts);
 *   4. the sections (./sections.ts): bibliography lines and the quoted work they name, paragraphs,
 *      notes, and text joined across page breaks (./page-joins.ts);
 *   5. ids (readable, from the quoted work: `deutscher-1953-p31`) and note numbers (./ids.ts).
 * Nothing is dropped: text the rules do not understand stays text and is reported on `file`.
 */
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { paragraphs, rawBlocks } from './blocks.ts';
import { reportBraceProblems, scanBraces } from './braces.ts';
import { excerptHeading } from './excerpt-heading.ts';
import { readFrontMatter } from './front-matter.ts';
import { assignIds } from './ids.ts';
import { outline } from './outline.ts';
import { sections } from './sections.ts';
import { sourceText } from './source-text.ts';
import { normalizeNewlines } from './text.ts';

export interface FromTextOptions {
  /** Receives the problems found, as messages with positions. */
  file?: VFile;
}

export function fromText(value: string, options: FromTextOptions = {}): Root {
  const source = sourceText(normalizeNewlines(value), options.file ?? new VFile());
  const { text } = source;
  const { frontmatter, bodyStart } = readFrontMatter(source);
  const spans = paragraphs(text, bodyStart);
  // A note of several paragraphs never runs on over an excerpt heading.
  const { groups, problems } = scanBraces(text, spans, (index) => excerptHeading(text.slice(spans[index]!.start, spans[index]!.end)) !== undefined);
  reportBraceProblems(problems, source.warn);
  const root: Root = { type: 'root', children: sections(outline(source, rawBlocks(text, spans, groups))), position: source.position(0, text.length) };
  if (frontmatter) root.data = { frontmatter };
  assignIds(root);
  if (!root.children.some((node) => node.type === 'excerpt')) {
    source.warn('Unexpected document without excerpts, expected at least one heading such as `(1) Author, Title`', bodyStart, bodyStart, 'no-excerpts');
  }
  return root;
}
