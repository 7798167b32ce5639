/** The collection's own data, from rendered documents: backlinks, quoted works and their pages. */
import { describe, expect, it } from 'vitest';
import { backlinks, quotedWorks } from '../../src/content/collection.ts';
import { renderDocument } from '../../src/markdown/processor.ts';

const STEMS = new Set(['first', 'second']);
const entry = (stem: string, text: string) => ({ id: stem, data: renderDocument(text, stem, { documents: STEMS }).data });

const first = entry(
  'first',
  `First Page\n\n- A. Editor\n\nSee second.html.\n\n(1) Isaac Deutscher, Russia After Stalin, Hamish Hamilton, London 1953:\n\n{p. 31} The successors met.\n\n{pp. 32-33} They parted.\n`,
);
const second = entry(
  'second',
  `Second Page\n\n- A. Editor\n\nSee first.html and second.html.\n\n(1) Isaac  Deutscher, Russia after Stalin, Hamish Hamilton, London 1953:\n\n{p. xiv} A preface.\n\n{frontispiece} A portrait.\n`,
);

describe('the collection’s data', () => {
  it('finds the documents linking to a document, never the document itself', () => {
    expect(backlinks([first, second], 'first').map((doc) => doc.id)).toEqual(['second']);
    expect(backlinks([first, second], 'second').map((doc) => doc.id)).toEqual(['first']);
  });

  it('gathers one work whose label differs only in case and spacing, keeping each quotation’s pages', () => {
    const works = quotedWorks([second, first]);
    expect(works).toHaveLength(1);
    expect(works[0]!.id).toBe('deutscher-russia-after-stalin-1953');
    expect(works[0]!.quotations.map((quotation) => [quotation.document.id, quotation.pages.map((page) => page.label)])).toEqual([
      ['first', ['31', '32-33']],
      ['second', ['xiv', 'frontispiece']],
    ]);
  });

  it('gives every work an id that begins with a letter, whatever its label begins with', () => {
    const numbered = entry('numbered', `Numbered\n\n(1) 1984 (London, 1949):\n\n{p. 3} It was a bright cold day.\n`);
    expect(quotedWorks([numbered]).map((work) => work.id)).toEqual(['work-1984-london-1949']);
  });
});
