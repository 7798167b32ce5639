/**
 * The HTML the pipeline writes for each rule of the convention, read back with CSS selectors
 * (hast-util-select), on small documents written in the editor's convention.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/markdown/processor.ts';

function render(text: string, documents: string[] = []) {
  const { html, file } = renderDocument(text, 'sample', { documents: new Set(documents) });
  return { tree: fromHtml(html, { fragment: true }), file };
}

const HEADING = '(1) Anna Korff, The River Years, Meridian Press, London 1961:\n\n';

describe('page breaks', () => {
  it('are empty, labelled anchors with a link to themselves', () => {
    const { tree } = render(`${HEADING}{p. 31} The first page.\n\n{p. 32} The second page.`);
    const anchors = selectAll('[role="doc-pagebreak"]', tree);
    expect(anchors.map((anchor) => anchor.properties.id)).toEqual(['korff-1961-p31', 'korff-1961-p32']);
    expect(anchors.map((anchor) => anchor.properties.title)).toEqual(['page 31', 'page 32']);
    expect(anchors.map((anchor) => anchor.properties.dataPage)).toEqual(['31', '32']);
    expect(anchors.every((anchor) => anchor.children.length === 0)).toBe(true);
    const link = select('a.page-link', tree)!;
    expect(link.properties.href).toBe('#korff-1961-p31');
    expect(link.properties.dataLabel).toBe('p. 31');
    expect(anchors[0]!.properties.dataPagefindTitle).toBe('Korff, The River Years (1961), p. 31');
  });

  it('cite the excerpt’s work as its section names it, whatever the heading is made of', () => {
    const { tree } = render(`${HEADING}{p. 31} The first page.\n\n(2) Boris Lenz on the Northern Line\n\n{p. 7} The trains stopped.`);
    for (const section of selectAll('section.excerpt', tree)) {
      const work = String(section.properties.dataWork);
      expect(select('h2', section)!.properties.dataPagefindTitle).toBe(work);
      for (const anchor of selectAll('[role="doc-pagebreak"]', section)) expect(anchor.properties.dataPagefindTitle).toBe(`${work}, p. ${anchor.properties.dataPage}`);
    }
    expect(selectAll('section.excerpt', tree).map((section) => section.properties.dataWork)).toEqual(['Korff, The River Years (1961)', 'Lenz']);
  });

  it('keep a word split across pages whole, with the anchor after it', () => {
    const { tree } = render(`${HEADING}{p. 522} He was accused of rightist de-\n\n{p. 523} viation and removed.`);
    const paragraphs = selectAll('section.excerpt p:not(.bibliography)', tree);
    expect(paragraphs).toHaveLength(1);
    expect(toText(paragraphs[0]!)).toContain('rightist deviation and removed');
    const anchor = select('[data-page="523"]', tree)!;
    expect(anchor.properties.dataSplit).toBe('de-|viation');
  });

  it('continue a paragraph that stops mid-sentence at the page', () => {
    const { tree } = render(`${HEADING}{p. 4} The statesmen of\n\n{p. 5} the West understood.`);
    const paragraphs = selectAll('section.excerpt p', tree);
    expect(paragraphs).toHaveLength(1);
    expect(toText(paragraphs[0]!)).toMatch(/statesmen of\s+the West understood/);
  });
});

describe('the editor\'s notes', () => {
  it('become a numbered reference and a margin note inside the paragraph', () => {
    const { tree } = render(`${HEADING}{p. 9} The decree was annulled. {He had signed it himself} The courts reopened.`);
    const reference = select('a.note-ref', tree)!;
    expect(toText(reference)).toBe('1');
    expect(reference.properties.role).toBe('doc-noteref');
    expect(reference.properties.href).toBe('#note-1');
    expect(reference.properties.ariaDescribedBy).toEqual(['note-1']);
    const note = select('#note-1', tree)!;
    expect(note.tagName).toBe('span');
    expect(note.properties.dataEditor).toBe('note');
    expect(toText(note)).toContain('Editor’s note 1');
    expect(toText(note)).toContain('He had signed it himself');
    expect(select('a.note-back', note)!.properties.href).toBe('#note-ref-1');
    expect(select('#note-ref-1', tree)).toBe(reference);
  });

  it('that are paragraphs of their own become asides, referenced from the paragraph before', () => {
    const { tree } = render(`${HEADING}{p. 9} The decree was annulled.\n\n{The editor doubts this.}\n\nThe courts reopened.`);
    const aside = select('aside#note-1', tree)!;
    expect(aside.properties.dataEditor).toBe('note');
    expect(toText(aside)).toContain('The editor doubts this.');
    const paragraphs = selectAll('section.excerpt > p', tree);
    expect(select('a.note-ref', paragraphs[0]!)).toBeDefined();
    expect(toText(paragraphs[1]!)).toBe('The courts reopened.');
  });

  it('spanning several paragraphs stay one note', () => {
    const { tree } = render(`${HEADING}{p. 9} The decree was annulled.\n\n{First thought.\n\nSecond thought.}\n\nThe courts reopened.`);
    const aside = select('aside.note', tree)!;
    expect(selectAll('p', aside).map((p) => toText(p))).toEqual(expect.arrayContaining([expect.stringContaining('First thought.'), expect.stringContaining('Second thought.')]));
  });
});

describe('glosses, markers and cross-references', () => {
  it('shows a gloss inline in square brackets as the editor\'s', () => {
    const { tree } = render(`${HEADING}{p. 2} Molotov was reunited with his {Jewish} wife.`);
    const gloss = select('[data-editor="gloss"]', tree)!;
    expect(toText(gloss)).toContain('[Jewish]');
    expect(gloss.properties.dataPagefindIgnore).toBe('');
  });

  it('shows markers as the editor\'s', () => {
    const { tree } = render(`${HEADING}{start} The text.\n\n{end of quotes}`);
    const markers = selectAll('[data-editor="marker"]', tree);
    expect(markers.map((marker) => toText(marker).replace('editor’s marker: ', ''))).toEqual(['start', 'end of quotes']);
  });

  it('links cross-references to a local document when there is one, else to the original site', () => {
    const { tree } = render(`${HEADING}See sudoplat.html and convergence.html.`, ['sudoplat']);
    const links = selectAll('a[data-xref]', tree) as Element[];
    expect(links.map((link) => [link.properties.dataXref, link.properties.href])).toEqual([
      ['sudoplat', '/sudoplat/'],
      ['convergence', 'http://mailstar.net/convergence.html'],
    ]);
  });
});

describe('source text is text', () => {
  it('keeps tags, entities and Markdown literal', () => {
    const input = `${HEADING}<script>alert(1)</script> &amp; *stars* [x](javascript:alert(1))\n\n# not a heading\n\n> not a quote`;
    const { html } = renderDocument(input, 'sample');
    const tree = fromHtml(html, { fragment: true });
    expect(selectAll('script, h1, blockquote, em', tree)).toHaveLength(0);
    expect(selectAll('a', tree).some((a) => String(a.properties.href).startsWith('javascript:'))).toBe(false);
    const text = toText(tree);
    expect(text).toContain('<script>alert(1)</script> &amp; *stars* [x](javascript:alert(1))');
    expect(text).toContain('# not a heading');
    expect(text).toContain('> not a quote');
  });
});

describe('sections', () => {
  it('gives each excerpt a section with its number, heading and bibliography', () => {
    const { tree } = render('(1) Anna Korff on the river\n\nThe River Years\n\nby Anna Korff\n\nMeridian Press, London 1961\n\n{p. 1} Text.');
    const section = select('section.excerpt', tree)!;
    expect(section.properties.id).toBe('korff-1961');
    expect(section.properties.dataExcerpt).toBe('1');
    expect(toText(select('h2', section)!)).toBe('(1) Anna Korff on the river');
    expect(selectAll('p.bibliography', section).map((p) => toText(p))).toEqual(['The River Years', 'by Anna Korff', 'Meridian Press, London 1961']);
  });

  it('links contents lines to their excerpts', () => {
    const { tree } = render('(1) First work\n(2) Second work\n\n(1) First work\n\n{p. 1} One.\n\n(2) Second work\n\n{p. 1} Two.');
    const links = selectAll('nav.contents a', tree);
    const ids = selectAll('section.excerpt', tree).map((section) => `#${section.properties.id}`);
    expect(links.map((link) => link.properties.href)).toEqual(ids);
  });
});
