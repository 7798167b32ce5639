/**
 * The reader's tree <-> Markdown with generic directives (remark-directive syntax).
 *
 *   docHeader        :::header           headerLine   ::line[...]{role="editor"}
 *   contents         :::contents         contentsItem ::item[...]{n="1"}
 *   preamble         :::preamble{#preamble}
 *   excerpt          :::excerpt{#deutscher-1953 n="5"}   excerptHeading  ## (5) ...   bibliography ::source[...]
 *   blockEditorNote  :::note{n="3"}      editorNote   :note[...]{n="4"}
 *   pageBreak        :page{#deutscher-1953-p31 n="31"}   (+ split="de-|viation", raw="{p.31}" when not `{p. 31}`)
 *   gloss            :gloss[...]         marker       :marker[start]       xref   :xref[sudoplat.html]
 *
 * Everything else is ordinary Markdown (paragraphs, text, links); mdast-util-to-markdown escapes the
 * source's text so that it never turns into markup.
 */
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Heading, Root, RootContent } from 'mdast';
import { excerptWork } from '../parser/index.ts';
import type { Excerpt, PageBreak } from '../parser/types.ts';

type Directive = ContainerDirective | LeafDirective | TextDirective;
type AnyNode = { type: string; children?: AnyNode[]; [key: string]: unknown };

/** Reader tree -> a tree of directives that mdast-util-to-markdown can write. */
export function toDirectives(tree: Root): Root {
  return { type: 'root', children: tree.children.map((node) => block(node as unknown as AnyNode)) as RootContent[] };
}

function block(node: AnyNode): AnyNode {
  const kids = () => (node.children ?? []).map(block);
  const phrasing = () => (node.children ?? []).map(inline);
  switch (node.type) {
    case 'docHeader':
      return container('header', {}, kids());
    case 'headerLine':
      return leaf('line', { role: node.role as string }, phrasing());
    case 'contents':
      return container('contents', {}, kids());
    case 'contentsItem':
      return leaf('item', { n: node.number as string }, phrasing());
    case 'preamble':
      return container('preamble', { id: node.id as string }, kids());
    case 'excerpt':
      return container('excerpt', { id: node.id as string, n: node.number as string }, kids());
    case 'excerptHeading':
      return { type: 'heading', depth: 2, children: phrasing() };
    case 'bibliography':
      return leaf('source', {}, phrasing());
    case 'blockEditorNote':
      return container('note', { n: String(node.number) }, kids());
    case 'paragraph':
      return { type: 'paragraph', children: phrasing() };
    default:
      return node;
  }
}

function inline(node: AnyNode): AnyNode {
  const phrasing = () => (node.children ?? []).map(inline);
  switch (node.type) {
    case 'pageBreak': {
      const page = node as unknown as PageBreak;
      const attributes: Record<string, string> = { id: page.id, n: page.value };
      if (page.split) attributes.split = page.split;
      if (page.raw !== `{p. ${page.value}}`) attributes.raw = page.raw;
      return text('page', attributes, []);
    }
    case 'editorNote':
      return text('note', { n: String(node.number) }, phrasing());
    case 'gloss': {
      // An empty label must still be written as `[]`, or a directive right after it joins the name.
      const children = phrasing();
      return text('gloss', {}, children.length > 0 ? children : [{ type: 'text', value: '' }]);
    }
    case 'marker':
      return text('marker', {}, [{ type: 'text', value: node.value as string }]);
    case 'xref':
      return text('xref', {}, [{ type: 'text', value: node.value as string }]);
    case 'link':
      return { type: 'link', url: node.url, children: phrasing() };
    case 'text':
      return { type: 'text', value: node.value };
    default:
      return node;
  }
}

const container = (name: string, attributes: Record<string, string>, children: AnyNode[]): AnyNode => ({ type: 'containerDirective', name, attributes, children });
const leaf = (name: string, attributes: Record<string, string>, children: AnyNode[]): AnyNode => ({ type: 'leafDirective', name, attributes, children });
const text = (name: string, attributes: Record<string, string>, children: AnyNode[]): AnyNode => ({ type: 'textDirective', name, attributes, children });

/** A tree of directives read back from Markdown -> the reader tree. */
export function fromDirectives(tree: Root): Root {
  return { type: 'root', children: tree.children.map((node) => readBlock(node as unknown as AnyNode)) as RootContent[] };
}

function readBlock(node: AnyNode): AnyNode {
  const kids = () => (node.children ?? []).map(readBlock);
  const phrasing = () => (node.children ?? []).map(readInline);
  if (node.type === 'paragraph') return { type: 'paragraph', children: phrasing() };
  if (node.type === 'heading') return { type: 'excerptHeading', children: (node as unknown as Heading).children.map((child) => readInline(child as unknown as AnyNode)) };
  if (node.type !== 'containerDirective' && node.type !== 'leafDirective') return node;
  const directive = node as unknown as Directive;
  const attributes = directive.attributes ?? {};
  switch (directive.name) {
    case 'header':
      return { type: 'docHeader', children: kids() };
    case 'line':
      return { type: 'headerLine', role: attributes.role, children: phrasing() };
    case 'contents':
      return { type: 'contents', children: kids() };
    case 'item':
      return { type: 'contentsItem', number: attributes.n, children: phrasing() };
    case 'preamble':
      return { type: 'preamble', id: attributes.id, children: kids() };
    case 'excerpt': {
      const children = kids() as unknown as Excerpt['children'];
      // The quoted work is not written out: it is read again from the heading and bibliography, as the parser read it.
      const excerpt: Excerpt = { type: 'excerpt', number: attributes.n ?? '', id: attributes.id ?? '', children, data: { work: excerptWork(children) } };
      return excerpt as unknown as AnyNode;
    }
    case 'source':
      return { type: 'bibliography', children: phrasing() };
    case 'note':
      return { type: 'blockEditorNote', number: Number(attributes.n), children: kids() };
    default:
      return node;
  }
}

function readInline(node: AnyNode): AnyNode {
  const phrasing = () => (node.children ?? []).map(readInline);
  if (node.type === 'link') return { type: 'link', url: node.url, children: phrasing() };
  if (node.type === 'text') return { type: 'text', value: node.value };
  if (node.type !== 'textDirective') return node;
  const directive = node as unknown as TextDirective;
  const attributes = directive.attributes ?? {};
  const label = directive.children.map((child) => ('value' in child ? child.value : '')).join('');
  switch (directive.name) {
    case 'page': {
      const value = attributes.n ?? '';
      const page: AnyNode = { type: 'pageBreak', value, raw: attributes.raw ?? `{p. ${value}}`, id: attributes.id ?? '' };
      if (attributes.split) page.split = attributes.split;
      return page;
    }
    case 'note':
      return { type: 'editorNote', number: Number(attributes.n), children: phrasing() };
    case 'gloss':
      return { type: 'gloss', children: phrasing() };
    case 'marker':
      return { type: 'marker', value: label };
    case 'xref':
      return { type: 'xref', value: label };
    default:
      return node;
  }
}

