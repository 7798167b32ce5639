/**
 * The reader's syntax tree: mdast plus the node types of the editor's convention.
 *
 * Block level:  root > docHeader? contents? preamble? excerpt*
 * A `docHeader` holds `headerLine`s (byline, dates, convention, ...); `contents` holds `contentsItem`s;
 * `preamble` and `excerpt` hold paragraphs and block `editorNote`s. An excerpt starts with an
 * `excerptHeading` and its `bibliography` lines, and carries the quoted work they name (`data.work`).
 * Phrasing level: text, link, `pageBreak`, `editorNote` (inline), `gloss`, `marker`, `xref`.
 */
import type { Data, Literal, Parent, PhrasingContent, Paragraph } from 'mdast';
import type { Work } from '../citation/work.ts';

export type HeaderRole =
  | 'title'
  | 'editor'
  | 'dates'
  | 'convention'
  | 'selections'
  | 'original'
  | 'corrections'
  /** A line between header lines that no rule recognises: kept in the header as written. */
  | 'other';

export interface HeaderLine extends Parent {
  type: 'headerLine';
  role: HeaderRole;
  children: PhrasingContent[];
}

export interface DocHeader extends Parent {
  type: 'docHeader';
  children: HeaderLine[];
}

export interface ContentsItem extends Parent {
  type: 'contentsItem';
  /** The excerpt number as written, e.g. "5". */
  number: string;
  children: PhrasingContent[];
}

export interface Contents extends Parent {
  type: 'contents';
  children: ContentsItem[];
}

export type SectionContent = Paragraph | BlockEditorNote;

export interface Preamble extends Parent {
  type: 'preamble';
  id: string;
  children: SectionContent[];
}

export interface ExcerptHeading extends Parent {
  type: 'excerptHeading';
  children: PhrasingContent[];
}

export interface Bibliography extends Parent {
  type: 'bibliography';
  children: PhrasingContent[];
}

export interface Excerpt extends Parent {
  type: 'excerpt';
  /** The number in `(N)` as written. */
  number: string;
  /** Readable, stable id: author and year of the quoted work when known (`deutscher-1953`). */
  id: string;
  children: Array<ExcerptHeading | Bibliography | SectionContent>;
  data: ExcerptData;
}

export interface ExcerptData extends Data {
  /** The quoted work, read once from the heading and bibliography lines (src/citation/work.ts). */
  work: Work;
}

export interface PageBreak extends Literal {
  type: 'pageBreak';
  /** The page label as written: `31`, `xiii`, `12-13`, `5 (Preface)`, `frontispiece`. */
  value: string;
  /** The marker as written, e.g. `{pp. 12-13}`. */
  raw: string;
  id: string;
  /** For a word split across the break: the two halves as written, e.g. `de-|viation`. */
  split?: string;
}

export interface InlineEditorNote extends Parent {
  type: 'editorNote';
  number: number;
  children: PhrasingContent[];
}

export interface BlockEditorNote extends Parent {
  type: 'blockEditorNote';
  number: number;
  children: Paragraph[];
}

export interface Gloss extends Parent {
  type: 'gloss';
  children: PhrasingContent[];
}

export interface Marker extends Literal {
  type: 'marker';
  /** The marker's words, e.g. `start`, `end of quotes`. */
  value: string;
}

export interface Xref extends Literal {
  type: 'xref';
  /** The file name as written, e.g. `sudoplat.html`. */
  value: string;
  data?: XrefData;
}

export interface XrefData extends Data {
  /** Where it leads (src/parser/lib/xrefs.ts): a document of the collection, or the original site; none when it stays text. */
  target?: { document: string } | { url: string; stem: string };
}

declare module 'mdast' {
  interface RootContentMap {
    docHeader: DocHeader;
    headerLine: HeaderLine;
    contents: Contents;
    contentsItem: ContentsItem;
    preamble: Preamble;
    excerpt: Excerpt;
    excerptHeading: ExcerptHeading;
    bibliography: Bibliography;
    blockEditorNote: BlockEditorNote;
    // Phrasing nodes are root content too, as mdast's own are (so a Parent may hold them).
    pageBreak: PageBreak;
    editorNote: InlineEditorNote;
    gloss: Gloss;
    marker: Marker;
    xref: Xref;
  }
  interface PhrasingContentMap {
    pageBreak: PageBreak;
    editorNote: InlineEditorNote;
    gloss: Gloss;
    marker: Marker;
    xref: Xref;
  }
  interface RootData {
    frontmatter?: Record<string, string>;
  }
}

