/**
 * Finding one's way: the contents, "Go to page" per excerpt (with and without JavaScript), the page
 * list, and previous / next document across a collection served under a base path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/site.ts';
import { clipboard, documentStems, LAPTOP, PHONE, type Reader, scriptsReady, startReader, useReader } from '../support/reader.ts';

const reader = useReader();

async function goToPage(page: Page, excerpt: string, value: string): Promise<void> {
  const form = page.locator(`form.goto-page[data-excerpt="${excerpt}"]`);
  await form.getByRole('textbox').fill(value);
  await form.getByRole('textbox').press('Enter');
}

const inView = (page: Page, id: string) =>
  page.evaluate((anchorId) => {
    const { top } = document.getElementById(anchorId)!.getBoundingClientRect();
    return top >= 0 && top < innerHeight / 2;
  }, id);

describe('the contents', () => {
  it('lists every excerpt, each linked to its section', async () => {
    const page = await reader.open('beria/', LAPTOP);
    const targets = await page.$$eval('nav.toc > ol > li > a', (links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)));
    const excerpts = await page.$$eval('section.excerpt', (sections) => sections.map((section) => section.id));
    expect(targets).toEqual(excerpts);
  });
});

describe('go to page', () => {
  it('lands on the page typed, in that excerpt’s work, with the focus on its number', async () => {
    const page = await reader.open('beria/', PHONE);
    await scriptsReady(page);
    await goToPage(page, 'heller-nekrich-1985', '523');
    expect(new URL(page.url()).hash).toBe('#heller-nekrich-1985-p523');
    expect(await inView(page, 'heller-nekrich-1985-p523')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#heller-nekrich-1985-p523');
    // The same number in another excerpt is another book's page.
    await goToPage(page, 'deutscher-1953', 'p. 31');
    expect(new URL(page.url()).hash).toBe('#deutscher-1953-p31');
    await goToPage(page, 'sudoplatov-1994', 'XVI');
    expect(new URL(page.url()).hash).toBe('#sudoplatov-1994-pxvi');
  });

  it('says so when the page is not quoted, naming the nearest quoted pages', async () => {
    const page = await reader.open('beria/', LAPTOP);
    await scriptsReady(page);
    const pages = await page.$$eval('#heller-nekrich-1985 [role="doc-pagebreak"]', (anchors) => anchors.map((anchor) => Number((anchor as HTMLElement).dataset.page)));
    // A gap in the excerpt's pages: a page between two quoted ones that is not quoted itself.
    const gap = pages.findIndex((number, index) => index > 0 && number - pages[index - 1]! > 1);
    const missing = pages[gap - 1]! + 1;
    await goToPage(page, 'heller-nekrich-1985', String(missing));
    const status = page.locator('form.goto-page[data-excerpt="heller-nekrich-1985"] output');
    expect(await status.textContent()).toBe(`p. ${missing} is not quoted in this excerpt; the nearest quoted pages are p. ${pages[gap - 1]} and p. ${pages[gap]}.`);
    expect(new URL(page.url()).hash).toBe('');
  });

  it('still leads to the excerpt without JavaScript, and to the page once scripts run', async () => {
    const page = await reader.open('beria/', LAPTOP, { javaScriptEnabled: false });
    await goToPage(page, 'deutscher-1953', '31');
    await page.waitForURL(/#deutscher-1953$/);
    expect(new URL(page.url()).searchParams.get('page')).toBe('31');
    // The browser scrolls to the fragment once the page is laid out, which may come after the URL.
    await expect.poll(() => inView(page, 'deutscher-1953')).toBe(true);

    const scripted = await reader.open('beria/?page=31#deutscher-1953', LAPTOP);
    await expect.poll(() => new URL(scripted.url()).hash).toBe('#deutscher-1953-p31');
  });
});

describe('the page list', () => {
  it('links every page anchor of the document, in order', async () => {
    const page = await reader.open('beria/', LAPTOP);
    const listed = await page.$$eval('nav[role="doc-pagelist"] a', (links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)));
    const anchors = await page.$$eval('article [role="doc-pagebreak"]', (found) => found.map((anchor) => anchor.id));
    expect(anchors.length).toBeGreaterThan(30);
    expect(listed).toEqual(anchors);
    // Folded until asked for; opening it by keyboard shows the links.
    const list = page.locator('nav[role="doc-pagelist"]');
    expect(await list.isVisible()).toBe(false);
    await page.locator('.page-list summary').focus();
    await page.keyboard.press('Enter');
    expect(await list.isVisible()).toBe(true);
  });
});

describe('a collection under a base path', () => {
  let dist: string;
  let collection: Reader;
  beforeAll(async () => {
    dist = buildSite(mkdtempSync(path.join(tmpdir(), 'reader-reading-')), {
      BASE_PATH: '/reader',
      CONTENT_DIR: path.join(import.meta.dirname, '../collection/fixtures'),
    });
    collection = await startReader(dist, '/reader/');
  });
  afterAll(async () => {
    expect(collection.errors).toEqual([]);
    await collection?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('links each document to the previous and the next one, in the home page’s order', async () => {
    const home = await collection.open('', LAPTOP);
    const order = await home.$$eval('.document-list h2 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(order.length).toBe(documentStems(dist).length);
    expect(order.length).toBeGreaterThan(2);
    for (const [index, pathname] of order.entries()) {
      const page = await collection.open(pathname, LAPTOP);
      const rel = async (name: string) => {
        const link = page.locator(`nav.document-pager a[rel="${name}"]`);
        return (await link.count()) ? new URL((await link.getAttribute('href'))!, page.url()).pathname : undefined;
      };
      expect(await rel('prev'), pathname).toBe(order[index - 1]);
      expect(await rel('next'), pathname).toBe(order[index + 1]);
      await page.context().close();
    }
  });

  it('copies page links under the base path', async () => {
    const page = await collection.open('alpha/', LAPTOP);
    await scriptsReady(page);
    const anchor = await page.locator('article [role="doc-pagebreak"]').first().getAttribute('id');
    await page.locator(`a.page-link[href="#${anchor}"]`).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Link copied' }).waitFor();
    expect(await clipboard(page)).toBe(`${collection.server.url}alpha/#${anchor}`);
  });
});
