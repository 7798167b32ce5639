/**
 * Search on a site built from documents written for these tests (tests/search/fixtures/), so that
 * the behaviour is not tuned to the seed: a sentence continued over a page break, a word split by
 * a hyphen at a page end, glosses inside a sentence, an editor's note, text before the first page
 * marker, and a phrase that stands in two documents for the document filter.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, useReader } from '../support/reader.ts';
import { buildSite } from '../support/site.ts';
import { hitAtCitation, openHit, readHits, search } from './search-page.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

const dist = mkdtempSync(path.join(tmpdir(), 'reader-search-fixtures-'));
beforeAll(() => buildSite(dist, { CONTENT_DIR: FIXTURES }));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const reader = useReader({ dist: () => dist });
let page: Page;

async function open(path: string): Promise<Page> {
  page = await reader.open(path, LAPTOP);
  return page;
}

describe('quotes in documents written for the tests', () => {
  const quotes = [
    // `... before the` / `{p. 42} peasants understood ...`
    '"read aloud in three villages before the peasants understood"',
    // `the granary was requisi-` / `{p. 44} tioned by the district committee`
    '"the granary was requisitioned by the district committee"',
    // `The chairman {Petrov, a former schoolteacher} signed the order`
    '"The chairman signed the order on a Tuesday"',
    // `the commissar {Lagutin} read it`, typed without quotation marks
    'the commissar read it to the assembled families',
    // Before the first excerpt's first page marker.
    '"kept a ledger of cinnabar ink"',
  ];

  for (const quote of quotes) {
    it(`finds ${quote} at its page citation among the top three results`, async () => {
      await open('granary/');
      const hit = await hitAtCitation(page, quote, 3);
      expect(hit.path).toBe('/granary/');
    });
  }

  it('opens the hyphen-split quote highlighted as one word', async () => {
    await open('granary/');
    const hit = await hitAtCitation(page, '"the granary was requisitioned"');
    expect(await openHit(page, hit)).toBe('the granary was requisitioned');
  });

  it('finds the editor’s note by its own words, filed under the editor’s notes, and opens the note', async () => {
    await open('orchard/');
    const hits = await search(page, 'palimpsest');
    const note = hits.find((hit) => hit.editor);
    expect(note?.path).toBe('/granary/');
    expect(note?.title).toMatch(/^Editor’s note \d+ on Olenska, Bread and Ledgers \(1988\), p\. 44$/);
    expect(hits.filter((hit) => !hit.editor)).toEqual([]);
    await page.click(`.search-result a[href="${note!.href}"]`);
    await page.waitForSelector('[data-editor="note"] mark.search-highlight');
    expect(await page.$eval('mark.search-highlight', (mark) => mark.textContent)).toBe('palimpsest');
  });

  it('narrows a phrase found in two documents to the one chosen', async () => {
    await open('');
    const both = await search(page, '"lantern procession"');
    expect(new Set(both.map((hit) => hit.path))).toEqual(new Set(['/granary/', '/orchard/']));
    await page.click('.search-filters summary');
    await page.waitForSelector('select[name="document"] option[value="Hale, Orchard Accounts"]', { state: 'attached' });
    await page.selectOption('select[name="document"]', 'Hale, Orchard Accounts');
    const one = await readHits(page, '"lantern procession"');
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((hit) => hit.path === '/orchard/')).toBe(true);
  });

  it('narrows to one quoted work within a document', async () => {
    await open('granary/');
    const all = await search(page, 'committee');
    expect(all.some((hit) => hit.title.startsWith('Vasko'))).toBe(true);
    expect(all.some((hit) => hit.title.startsWith('Olenska'))).toBe(true);
    await page.click('.search-filters summary');
    await page.waitForSelector('select[name="source"] option[value="Vasko, The Frozen Valley (1974)"]', { state: 'attached' });
    await page.selectOption('select[name="source"]', 'Vasko, The Frozen Valley (1974)');
    const vasko = await readHits(page, 'committee');
    expect(vasko.length).toBeGreaterThan(0);
    expect(vasko.every((hit) => hit.title.startsWith('Vasko, The Frozen Valley (1974)'))).toBe(true);
  });
});
