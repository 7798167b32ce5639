/**
 * The built site, read as files: the search bundle is there, only the document is marked for the
 * index; and the seed's search record: the document as the index reads it, and the editor's words
 * as a page of their own, each note linked to its place on the built page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { renderDocument } from '../../src/markdown/processor.ts';
import { EDITOR_NOTES, EDITOR_PAGE, PAGE_FILTER, TEXT_FILTER } from '../../src/search/filters.ts';
import { documentPage, editorNotesPage } from '../../src/search/pagefind-pages.ts';
import { ROOT } from '../support/site.ts';

const dist = inject('dist');
const htmlFiles = () =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => ({ file, html: readFileSync(path.join(dist, file), 'utf8') }));

describe('the built site', () => {
  it('carries the Pagefind bundle', () => {
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(dist, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('marks the document, and only the document, for the index', () => {
    for (const { file, html } of htmlFiles()) {
      const bodies = html.match(/data-pagefind-body/g)?.length ?? 0;
      expect(bodies, file).toBe(/<article class="document" data-document=/.test(html) ? 1 : 0);
    }
  });
});

const { search: record } = renderDocument(readFileSync(path.join(ROOT, 'content/beria.txt'), 'utf8'), 'beria');

describe('the document in the index', () => {
  const page = documentPage(record, '/beria/', 'en', true);

  it('holds the source’s words without the editor’s, the page labels or the note numbers', () => {
    expect(page.html).toMatch(/Molotov was reunited with his\s+wife/);
    expect(page.html).not.toMatch(/Jewish\]|Editor’s note|data-editor|class="page-link"|note-ref/);
    // The citations stay, for Pagefind's sub-results.
    expect(page.html).toMatch(/<span id="heller-nekrich-1985-p517"[^>]*data-pagefind-title="Heller &#x26; Nekrich, Utopia in Power \(1985\), p\. 517"/);
  });

  it('writes punctuation between words as a space and leaves out pieces without a letter', () => {
    expect(page.html).toMatch(/Central Asians\s+were put in charge/);
    expect(page.html).not.toMatch(/\s[-–—…]+\s/);
  });

  it('is filed as source text under the document’s title, and carries the page filter in the main bundle only', () => {
    expect(page.html).toContain(`data-pagefind-filter="${TEXT_FILTER}:source text"`);
    expect(page.html).toContain('data-pagefind-filter="document:Beria"');
    expect(page.html).toContain(`data-pagefind-filter="${PAGE_FILTER}:/beria/"`);
    expect(documentPage(record, '/beria/', 'en', false).html).not.toContain(`${PAGE_FILTER}:`);
  });
});

describe('the editor’s notes in the index', () => {
  const html = readFileSync(path.join(dist, 'beria/index.html'), 'utf8');
  const { notes } = record;
  const page = editorNotesPage(record, '/beria/', 'en', true)!;

  it('hold every note and gloss of the page, each linked to its own id', () => {
    const ids = [...html.matchAll(/<(?:span|aside)\b[^>]*\bid="([^"]+)"[^>]*data-editor="(?:note|gloss)"/g)].map(([, id]) => id);
    expect(ids.length).toBeGreaterThan(10);
    expect(notes.map((note) => note.target).sort()).toEqual([...ids].sort());
    // One sub-result per note in a page of their own, under the document's address.
    expect(page.url).toBe(`/beria/${EDITOR_PAGE}`);
    expect([...page.html.matchAll(/<section id="([^"]+)" data-pagefind-title="[^"]+">/g)].map(([, id]) => id).sort()).toEqual([...ids].sort());
    expect(page.html).toContain(`data-pagefind-filter="${TEXT_FILTER}:${EDITOR_NOTES}"`);
    expect(page.html).toContain(`data-pagefind-filter="${PAGE_FILTER}:/beria/"`);
    expect(editorNotesPage(record, '/beria/', 'en', false)!.html).not.toContain(`${PAGE_FILTER}:`);
    // No searchable metadata: a note is found by the editor's words alone.
    expect(page.html).not.toMatch(/data-pagefind-meta|<h1|<title/);
  });

  it('hold the editor’s words without labels, brackets or back links', () => {
    const note = notes.find((entry) => entry.text.startsWith('Deutscher implies that'));
    expect(note?.heading).toMatch(/^Editor’s note \d+ on Deutscher, .*\(1953\), p\. 30$/);
    const gloss = notes.find((entry) => entry.text === 'Jewish');
    expect(gloss?.heading).toBe('Editor’s insertion in Heller & Nekrich, Utopia in Power (1985), p. 517');
    for (const entry of notes) expect(entry.text).not.toMatch(/Editor’s note|editor’s insertion|↩|^\[|\]$/);
  });
});
