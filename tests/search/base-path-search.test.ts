/**
 * Search on a site built under a base path (`BASE_PATH=/reader`) and served under /reader/ by a
 * plain static server: the bundle loads from under the base, results link under it, and the page
 * a result opens highlights the quote.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, useReader } from '../support/reader.ts';
import { buildSite } from '../support/site.ts';
import { hitAtCitation, openHit, search } from './search-page.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'reader-search-base-'));
beforeAll(() => buildSite(dist, { BASE_PATH: '/reader' }));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const reader = useReader({ dist: () => dist, base: '/reader/' });

describe('search under BASE_PATH=/reader', () => {
  it('finds a quote and opens its page citation under the base path', async () => {
    const page = await reader.open('beria/', LAPTOP);
    const hit = await hitAtCitation(page, '"rightist deviation"', 3);
    expect(hit.path).toBe('/reader/beria/');
    expect(reader.server.requests).toContain('/reader/pagefind/pagefind.js');
    expect(reader.server.requests.filter((request) => request.includes('pagefind') && !request.startsWith('/reader/'))).toEqual([]);
    expect(await openHit(page, hit)).toBe('rightist deviation');
    expect(new URL(page.url()).pathname).toBe('/reader/beria/');
    expect(new URL(page.url()).hash).toBe(`#${hit.anchor}`);
  });

  it('links the editor’s notes under the base path too', async () => {
    const page = await reader.open('', LAPTOP);
    const hits = await search(page, 'Trotskyist');
    const note = hits.find((hit) => hit.editor);
    expect(note?.path).toBe('/reader/beria/');
    expect(note?.anchor).toMatch(/^note-\d+$/);
  });
});
