/**
 * Search on a site built under a base path (`BASE_PATH=/reader`) and served under /reader/ by a
 * plain static server: the bundle loads from under the base, results link under it, and the page
 * a result opens highlights the quote.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { type StaticServer, serveStatic } from '../support/server.ts';
import { buildSite } from '../support/site.ts';
import { citationsOf, hitOn, search } from './search-page.ts';

let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'reader-search-base-'));
  buildSite(dist, { BASE_PATH: '/reader' });
  server = await serveStatic(dist, '/reader/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('search under BASE_PATH=/reader', () => {
  it('finds a quote and opens its page citation under the base path', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}beria/`);
    const quote = '"rightist deviation"';
    const citations = await citationsOf(page, quote);
    const hits = await search(page, quote);
    const hit = hitOn(hits.slice(0, 3), citations);
    expect(hit, JSON.stringify(hits.slice(0, 3))).toBeDefined();
    expect(hit!.path).toBe('/reader/beria/');
    expect(server.requests).toContain('/reader/pagefind/pagefind.js');
    expect(server.requests.filter((request) => request.includes('pagefind') && !request.startsWith('/reader/'))).toEqual([]);
    await page.click(`.search-result a[href="${hit!.href}"]`);
    await page.waitForSelector('mark.search-highlight');
    expect(new URL(page.url()).pathname).toBe('/reader/beria/');
    expect(new URL(page.url()).hash).toBe(`#${hit!.anchor}`);
    expect(await page.$$eval('mark.search-highlight', (marks) => marks.map((mark) => mark.textContent).join(' '))).toBe('rightist deviation');
    await page.close();
  });

  it('links the editor’s notes under the base path too', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}`);
    const hits = await search(page, 'Trotskyist');
    const note = hits.find((hit) => hit.editor);
    expect(note?.path).toBe('/reader/beria/');
    expect(note?.anchor).toMatch(/^note-\d+$/);
    await page.close();
  });
});
