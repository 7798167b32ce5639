/**
 * The first real document, content/beria.txt: what a reader of the convention expects of it.
 */
import { readFileSync } from 'node:fs';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromText } from '../../src/parser/index.ts';
import type { BlockEditorNote, Excerpt, PageBreak } from '../../src/parser/types.ts';
import { seedPath } from './util.ts';

interface AnyNode {
  type: string;
  value?: unknown;
  children?: AnyNode[];
  [key: string]: unknown;
}

/** Every node of a tree with its parent, in document order. */
function nodes(tree: AnyNode): Array<{ node: AnyNode; parent?: AnyNode }> {
  const out: Array<{ node: AnyNode; parent?: AnyNode }> = [];
  const walk = (node: AnyNode, parent?: AnyNode) => {
    out.push({ node, parent });
    for (const child of node.children ?? []) walk(child, node);
  };
  walk(tree);
  return out;
}

/** Text of a node, editor's words included (unlike the parser's toString). */
function allText(node: AnyNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(allText).join('');
}

const source = readFileSync(seedPath, 'utf8');
let file: VFile;
let tree: Root;
let all: Array<{ node: AnyNode; parent?: AnyNode }>;

const ofType = <T>(type: string): T[] => all.filter(({ node }) => node.type === type).map(({ node }) => node as unknown as T);

/** The node of `type` whose text (editor's words included) starts with `start`. */
function find(type: string, start: string): { node: AnyNode; parent?: AnyNode } | undefined {
  return all.find(({ node }) => node.type === type && allText(node).trim().startsWith(start));
}

beforeAll(() => {
  file = new VFile({ path: seedPath, value: source });
  tree = fromText(source, { file });
  all = nodes(tree as unknown as AnyNode);
});

describe('content/beria.txt', () => {
  it('parses without messages', () => {
    expect(file.messages.map(String)).toEqual([]);
  });

  it('keeps the front matter as data', () => {
    expect(tree.data?.frontmatter).toEqual({ title: 'Beria', original: 'http://mailstar.net/beria.html' });
  });

  it('reads the header: editor, dates (typo kept), convention', () => {
    const header = tree.children[0] as unknown as AnyNode;
    expect(header.type).toBe('docHeader');
    const lines = (header.children ?? []).map((line) => [line.role, allText(line)]);
    expect(lines).toEqual([
      ['editor', '- Peter Myers'],
      ['dates', 'Date anuary 8, 2003; update February 13, 2019.'],
      ['convention', 'My comments are shown thus.'],
    ]);
  });

  it('has a preamble, then 7 excerpts numbered 1 to 7 with readable ids', () => {
    expect(tree.children.map((node) => node.type)).toEqual(['docHeader', 'preamble', ...Array(7).fill('excerpt')]);
    const excerpts = ofType<Excerpt>('excerpt');
    expect(excerpts.map((excerpt) => excerpt.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(excerpts.map((excerpt) => excerpt.id)).toEqual([
      'sudoplatov-1994',
      'duranty-1944',
      'stalin-and-beria-as',
      'martens-1995',
      'deutscher-1953',
      'heller-nekrich-1985',
      'deriabin-gibney-1959',
    ]);
  });

  it('reads the quoted work of each excerpt once, onto the excerpt’s data', () => {
    expect(ofType<Excerpt>('excerpt').map((excerpt) => excerpt.data.work.label)).toEqual([
      'Sudoplatov (1994)',
      'Duranty, USSR (1944)',
      'Stalin and Beria as a Team',
      'Martens, Another view of Stalin (1995)',
      'Deutscher, Russia After Stalin With a Postscript on the Beria Affair (1953)',
      'Heller & Nekrich, Utopia in Power (1985)',
      'Deriabin & Gibney, The Secret World (1959)',
    ]);
  });

  it('reads the bibliography lines of an excerpt', () => {
    const [sudoplatov] = ofType<Excerpt>('excerpt');
    const bibliography = sudoplatov!.children.filter((child) => child.type === 'bibliography').map((child) => allText(child as unknown as AnyNode));
    expect(bibliography).toEqual([
      'Pavel Sudoplatov and Anatoli Sudoplatov',
      'with Jerrold L. and Leona P. Schecter',
      'Foreword by Robert Conquest',
      '(Little, Brown and Company, New York 1994, 1995):',
    ]);
  });

  it('has one page break per `{p. ...}` marker, in order, with the labels as written', () => {
    const markers = [...source.matchAll(/\{p\.\s*([^}]+)\}/g)].map((match) => match[1]);
    const pages = ofType<PageBreak>('pageBreak');
    expect(markers.length).toBe(37);
    expect(pages.map((page) => page.value)).toEqual(markers);
    expect(pages.map((page) => page.raw)).toEqual([...source.matchAll(/\{p\.\s*[^}]+\}/g)].map((match) => match[0]));
  });

  it('gives every page break a unique id under its section', () => {
    const pages = ofType<PageBreak>('pageBreak');
    const ids = pages.map((page) => page.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('preamble-p256');
    expect(ids).toContain('sudoplatov-1994-pxiii');
    expect(ids).toContain('deutscher-1953-p31');
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('keeps `(p. 307)` in the prose as source text', () => {
    expect(find('paragraph', '"In May 1953')?.node.children?.[0]).toMatchObject({ type: 'text' });
    expect(allText(find('paragraph', '"In May 1953')!.node)).toContain('(p. 307)');
  });

  it('joins the words hyphenated across a page, with the page break after the word', () => {
    const splits = ofType<PageBreak>('pageBreak').filter((page) => page.split);
    expect(splits.map((page) => page.split)).toEqual(['Russifi-|cation', 'de-|viation', 'pub-|licity', 'at-|tack']);
    for (const page of splits) {
      const { parent } = all.find(({ node }) => node === (page as unknown as AnyNode))!;
      const siblings = parent!.children!;
      const before = siblings[siblings.indexOf(page as unknown as AnyNode) - 1]!;
      const word = page.split!.replace('-|', '');
      expect(before.type).toBe('text');
      expect(String(before.value)).toMatch(new RegExp(`\\b${word}$`));
    }
    const text = allText(tree as unknown as AnyNode);
    for (const half of ['Russifi-', 'de-', 'pub-', 'at-']) expect(text).not.toMatch(new RegExp(`\\b${half}$`, 'm'));
  });

  it('continues a paragraph across a page that breaks a sentence', () => {
    const paragraph = all.find(({ node }) => node.type === 'paragraph' && allText(node).includes('Thus the statesmen of'));
    const children = paragraph!.node.children as unknown as PhrasingContent[];
    const index = children.findIndex((child) => child.type === 'pageBreak' && child.value === '32');
    expect(index).toBeGreaterThan(0);
    expect((children[index - 1] as { value: string }).value).toMatch(/Thus the statesmen of $/);
    expect((children[index + 1] as { value: string }).value).toMatch(/^the Western world understood/);
  });

  it('reads `{Jewish}`, `{by}` and `{all in the Jewish faction}` as glosses', () => {
    const glosses = ofType<AnyNode>('gloss').map(allText);
    expect(glosses).toEqual(expect.arrayContaining(['Jewish', 'by', 'all in the Jewish faction', 'thus']));
    const jewish = all.find(({ node }) => node.type === 'gloss' && allText(node) === 'Jewish')!;
    const siblings = jewish.parent!.children!;
    const index = siblings.indexOf(jewish.node);
    expect(String(siblings[index - 1]!.value)).toMatch(/reunited with his $/);
    expect(String(siblings[index + 1]!.value)).toMatch(/^ wife/);
  });

  it('reads `{Deutscher implies ...}` and `{end Introduction by ...}` as block notes', () => {
    for (const start of ['Deutscher implies that', 'end Introduction by Robert Conquest']) {
      const note = find('blockEditorNote', start);
      expect(note, start).toBeDefined();
      const paragraphs = (note!.node as unknown as BlockEditorNote).children;
      expect(paragraphs.map((paragraph: Paragraph) => paragraph.type)).toEqual(['paragraph']);
    }
  });

  it('reads the remark after a sentence and the numbered reference as notes', () => {
    expect(find('editorNote', 'Yet Beria had been in charge of them')).toBeDefined();
    expect(find('editorNote', '77. Thaddeus Wittlin')).toBeDefined();
  });

  it('numbers the notes 1, 2, 3 ... in document order', () => {
    const numbers = all.filter(({ node }) => node.type === 'editorNote' || node.type === 'blockEditorNote').map(({ node }) => node.number);
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });

  it('reads the markers', () => {
    expect(ofType<AnyNode>('marker').map((marker) => marker.value)).toEqual(['endquote', 'start', 'end of text', 'end of quotes']);
  });

  it('reads the cross-references to the editor\'s other pages', () => {
    const xrefs = ofType<AnyNode>('xref').map((xref) => xref.value);
    expect(xrefs).toEqual(expect.arrayContaining(['kaganovich.html', 'sudoplat.html', 'convergence.html']));
  });

  it('accounts for every brace group of the source', () => {
    const groups = source.match(/\{[^{}]*\}/g)!;
    const editorial = ofType<AnyNode>('pageBreak').length + ofType<AnyNode>('marker').length + ofType<AnyNode>('gloss').length
      + ofType<AnyNode>('editorNote').length + ofType<AnyNode>('blockEditorNote').length;
    expect(editorial).toBe(groups.length);
    expect(allText(tree as unknown as AnyNode)).not.toMatch(/[{}]/);
  });
});
