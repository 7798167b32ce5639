/**
 * The editor's notes and glosses as the search index takes them (src/search/editor-notes.ts), read
 * from the reader's tree: each under the citation it stands under, linked to its own id on the page,
 * with the editor's words only.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/markdown/processor.ts';

const TEXT = `{An opening note, above any citation.}

The preamble begins {p. 4} here, with a gloss {sic} in it.

(1) Anna Korff, The River Years, Meridian Press, London 1961:

{p. 30} The ferryman spoke {i.e. to the council} of the {p. 31} market {a note with {p. 32} a page inside it, and {start} a marker}.

{A block note of its own.

Its second paragraph.}
`;

const WORK = 'Korff, The River Years (1961)';

describe('the editor’s notes in the search record', () => {
  const { html, search } = renderDocument(TEXT, 'ferry', { documents: new Set(['ferry']) });

  it('stand under the citation before them, with the editor’s words alone', () => {
    expect(search.notes).toEqual([
      { target: 'note-1', heading: 'Editor’s note 1 on Ferry, introduction', text: 'An opening note, above any citation.' },
      { target: 'gloss-1', heading: 'Editor’s insertion in Ferry, p. 4', text: 'sic' },
      { target: 'gloss-2', heading: `Editor’s insertion in ${WORK}, p. 30`, text: 'i.e. to the council', source: WORK },
      // Braces inside the editor's words stay as the editor wrote them.
      { target: 'gloss-3', heading: `Editor’s insertion in ${WORK}, p. 31`, text: 'a note with {p. 32} a page inside it, and {start} a marker', source: WORK },
      { target: 'note-2', heading: `Editor’s note 2 on ${WORK}, p. 31`, text: 'A block note of its own. Its second paragraph.', source: WORK },
    ]);
  });

  it('are every note and gloss of the page, by the ids the page gives them', () => {
    const ids = selectAll('[data-editor="note"], [data-editor="gloss"]', fromHtml(html, { fragment: true })).map((element) => String(element.properties.id));
    expect(search.notes.map((note) => note.target)).toEqual(ids);
  });
});
