/**
 * Quote search on the seed, in Chromium, through the site's own Pagefind bundle and search field:
 * quotes land on the page citation where they stand, across page breaks, hyphen splits and the
 * editor's glosses; the page opened highlights them; filters narrow; the keyboard alone suffices.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { LAPTOP, useReader } from '../support/reader.ts';
import { hitAtCitation, hitOn, openHit, readHits, search } from './search-page.ts';

const reader = useReader();
let page: Page;
// Closed after each test: a page left open could still ask the server for files that a later test counts.
afterEach(() => page?.close());

async function open(path = 'beria/'): Promise<Page> {
  page = await reader.open(path, LAPTOP);
  return page;
}

describe('a quote typed into the search field', () => {
  const quotes = [
    // Runs over the break between pp. 31 and 32.
    '"statesmen of the Western world understood"',
    // `rightist de-` / `{p. 523} viation`: one word in the index.
    '"rightist deviation"',
    // `reunited with his {Jewish} wife`: the source's sentence, without the editor's gloss.
    '"Molotov was reunited with his wife"',
    // The same, typed without quotation marks.
    'Molotov was reunited with his wife',
    '"the Kantemirovskaya Division to Moscow"',
    '"Beria was interrogated repeatedly"',
  ];

  for (const quote of quotes) {
    it(`finds ${quote} at its page citation among the top three results`, async () => {
      await open();
      await hitAtCitation(page, quote, 3);
    });
  }

  it('reaches the text before the first page marker: header lines, preamble, bibliography', async () => {
    await open();
    for (const quote of ['"Date anuary 8, 2003"', '"Marxists in partibus infidelium"', '"Little, Brown and Company"']) await hitAtCitation(page, quote, 3);
  });

  it('titles each result as a citation, shows the excerpt with the words marked, and links to the page break', async () => {
    await open();
    const hits = await search(page, '"statesmen of the Western world understood"');
    const hit = hitOn(hits, ['deutscher-1953-p32'])!;
    expect(hit.title).toMatch(/^Deutscher, Russia After Stalin .*\(1953\), p\. 32$/);
    expect(hit.path).toBe('/beria/');
    const marked = await page.$$eval('.search-result:has(a[href$="#deutscher-1953-p32"]) mark', (marks) => marks.map((mark) => mark.textContent));
    expect(marked.join(' ')).toMatch(/Western world understood/);
  });

  it('indexes the source’s words only: no page labels, site chrome, or editor’s words in the text', async () => {
    await open();
    // A string, so that vitest leaves the browser's own import() alone.
    const content = await page.evaluate<string>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search('"rightist deviation"');
      return (await found.results[0].data()).content;
    })()`);
    expect(content).toContain('Nagy was accused of rightist deviation');
    expect(content).toContain('Molotov was reunited with his wife, P. S. Zhemchuzhina');
    for (const absent of ['p. xiii', 'Skip to the text', 'Quoted works', 'Download this document', 'endquote', 'insertion', 'Editor’s note', 'Deutscher implies that']) {
      expect(content, absent).not.toContain(absent);
    }
  });
});

describe('the page a result opens', () => {
  it('highlights the quote, keeps its page break in view and cleans the address', async () => {
    await open();
    const hit = await hitAtCitation(page, '"statesmen of the Western world understood"');
    expect(await openHit(page, hit)).toBe('statesmen of the Western world understood');
    await page.waitForURL((url) => url.hash === `#${hit.anchor}`);
    const box = await page.locator(`[id="${hit.anchor}"]`).locator('..').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    expect(new URL(page.url()).search).toBe('');
  });

  it('marks the source’s words around a gloss, not the gloss', async () => {
    await open();
    const hit = await hitAtCitation(page, '"Molotov was reunited with his wife"');
    expect(await openHit(page, hit)).toBe('Molotov was reunited with his wife');
    expect(await page.$$eval('[data-editor] mark.search-highlight', (marks) => marks.length)).toBe(0);
  });
});

describe('filters', () => {
  it('separates the source text from the editor’s notes and glosses', async () => {
    await open();
    const all = await search(page, 'Jewish');
    expect(all.some((hit) => hit.editor)).toBe(true);
    expect(all.some((hit) => !hit.editor)).toBe(true);
    await page.click('.search-filters summary');
    await page.selectOption('select[name="text"]', { label: 'Editor’s notes only' });
    const notes = await readHits(page, 'Jewish');
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((hit) => hit.editor && /^#(note|gloss)-\d+$/.test(`#${hit.anchor}`))).toBe(true);
    expect(notes.every((hit) => hit.title.startsWith('Editor’s'))).toBe(true);
    await page.selectOption('select[name="text"]', { label: 'Source text only' });
    const source = await readHits(page, 'Jewish');
    expect(source.length).toBeGreaterThan(0);
    expect(source.some((hit) => hit.editor)).toBe(false);
  });

  it('narrows to one source, down to its page citations', async () => {
    await open();
    const all = await search(page, 'Stalin');
    const heller = 'Heller & Nekrich, Utopia in Power (1985)';
    expect(all.some((hit) => !hit.title.includes(heller))).toBe(true);
    await page.click('.search-filters summary');
    await page.waitForSelector(`select[name="source"] option[value="${heller}"]`, { state: 'attached' });
    await page.selectOption('select[name="source"]', heller);
    const narrowed = await readHits(page, 'Stalin');
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((hit) => hit.title.includes(heller))).toBe(true);
  });
});

describe('the search field', () => {
  it('works from the keyboard alone', async () => {
    await open();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('"rightist deviation"');
    await readHits(page, '"rightist deviation"');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-result-link'))).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('.search-panel')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    expect(await page.inputValue('#site-search-input')).toBe('"rightist deviation"');
    await page.keyboard.press('ArrowDown');
    expect(await page.isVisible('.search-panel')).toBe(true);
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash !== '' && href.endsWith(url.hash));
    await page.waitForSelector('mark.search-highlight');
  });

  it('does not take `/` typed into another field', async () => {
    await open();
    await page.keyboard.press('/');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#site-search-input')).toBe('a/b');
  });

  it('loads no search code until the reader focuses it, then only the search and its index', async () => {
    await open();
    const requests = reader.requestsOf(page);
    await page.waitForLoadState('networkidle');
    const beforeFocus = requests.slice();
    expect(beforeFocus).toContain('/beria/');
    expect(beforeFocus.filter((path) => path.includes('/pagefind/') || /search-ui|highlight/.test(path))).toEqual([]);
    const start = requests.length;
    await search(page, '"rightist deviation"');
    const firstSearch = requests.slice(start);
    expect(firstSearch).toContain('/pagefind/pagefind.js');
    expect(firstSearch.some((path) => /\/_astro\/search-ui\.[\w-]+\.js$/.test(path))).toBe(true);
    expect(firstSearch.every((path) => path.startsWith('/pagefind/') || path.startsWith('/_astro/'))).toBe(true);
    // What a first search costs, as stored and as a host that gzips text would send it.
    const files = [...new Set(firstSearch)].map((file) => readFileSync(path.join(inject('dist'), file)));
    const stored = files.reduce((sum, file) => sum + file.length, 0);
    const sent = files.reduce((sum, file) => sum + Math.min(file.length, gzipSync(file).length), 0);
    console.info(`a first search downloads ${files.length} files: ${stored} bytes as stored, ${sent} gzipped`);
  });

  it('fetches the typed words’ index while the reader is still typing, before it searches', async () => {
    await open();
    await page.keyboard.press('/');
    await page.waitForLoadState('networkidle');
    const typed = reader.requestsOf(page).length;
    // A word typed and taken back at once: no search runs (the field is empty when it would).
    await page.locator('#site-search-input').evaluate((field: HTMLInputElement) => {
      for (const value of ['Kantemirovskaya', '']) {
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await expect.poll(() => reader.requestsOf(page).slice(typed).filter((path) => path.startsWith('/pagefind/index/')).length).toBeGreaterThan(0);
    expect(await page.locator('.search-result').count()).toBe(0);
  });

  it('says that search needs JavaScript when there is none, and the page still reads', async () => {
    page = await reader.open('beria/', LAPTOP, { javaScriptEnabled: false });
    const field = page.locator('#site-search-input');
    expect(await field.isDisabled()).toBe(true);
    expect(await field.getAttribute('placeholder')).toBe('Search needs JavaScript');
    expect(await page.isVisible('article[data-document] section.excerpt')).toBe(true);
  });

  it('is on every page', async () => {
    for (const path of ['', 'beria/', 'works/']) {
      await open(path);
      expect(await page.locator('#site-search-input').count(), path).toBe(1);
      const hits = await search(page, '"rightist deviation"');
      expect(hits[0]?.path).toBe('/beria/');
      await page.close();
    }
  });
});
