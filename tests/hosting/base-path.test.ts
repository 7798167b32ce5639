/**
 * The site built under a base path (`BASE_PATH=/reader`) and served by Python's plain static
 * server from a folder that holds it under `reader/`, the way a sub-path host does: every link and
 * asset resolves, the shared metadata names the right addresses, and Chromium loads every page
 * without a failed request.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { type CrawlResult, crawl, parseHtml } from '../support/crawl.ts';
import { freePort, type PythonServer, servePython } from '../support/python-server.ts';
import { type StaticServer, serveStatic } from '../support/server.ts';
import { buildSite, ROOT } from '../support/site.ts';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

const BASE = '/reader/';

let parent: string;
let dist: string;
let server: PythonServer;
let site: CrawlResult;
let browser: Browser;

beforeAll(async () => {
  parent = mkdtempSync(path.join(tmpdir(), 'reader-base-'));
  dist = path.join(parent, 'reader');
  const port = await freePort();
  // SITE_URL is the served address, so canonical URLs and the sitemap can be followed too.
  buildSite(dist, { BASE_PATH: '/reader', SITE_URL: `http://127.0.0.1:${port}` });
  server = await servePython(parent, port);
  // Nothing links to 404.html or to the original site's names (beria.html): start there too.
  site = await crawl(server.origin, BASE, [BASE, `${BASE}sitemap.xml`, `${BASE}robots.txt`, `${BASE}404.html`, `${BASE}beria.html`]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (parent) rmSync(parent, { recursive: true, force: true });
});

const htmlPages = () => [...site.resources.values()].filter((resource) => resource.status === 200 && resource.contentType.includes('html'));

describe('a site built with BASE_PATH=/reader on a plain static server', () => {
  it('reaches the pages, files and assets a reader needs', () => {
    const paths = [...site.resources.keys()].map((address) => new URL(address).pathname);
    for (const expected of ['/reader/', '/reader/beria/', '/reader/works/', '/reader/beria.html', '/reader/beria.md', '/reader/beria.txt', '/reader/favicon.svg', '/reader/sitemap.xml']) {
      expect(paths).toContain(expected);
    }
    expect(paths.some((address) => /^\/reader\/_astro\/.+\.css$/.test(address))).toBe(true);
    expect(paths.some((address) => /^\/reader\/_astro\/.+\.woff2$/.test(address))).toBe(true);
  });

  it('resolves every internal link and asset, fragments included, all under the base path', () => {
    expect(site.broken).toEqual([]);
    expect(site.outsideBase).toEqual([]);
    expect(site.missingFragments).toEqual([]);
  });

  it('serves the documents’ original text byte for byte, and their Markdown', async () => {
    const text = await fetch(`${server.origin}${BASE}beria.txt`);
    expect(await text.text()).toBe(readFileSync(path.join(ROOT, 'content/beria.txt'), 'utf8'));
    const markdown = await (await fetch(`${server.origin}${BASE}beria.md`)).text();
    expect(markdown).toContain('Peter Myers');
    const page = parseHtml(site.resources.get(`${server.origin}${BASE}beria/`)!.body);
    const downloads = selectAll('a[download]', page).map((link) => link.properties.href);
    expect(downloads).toEqual([`${BASE}beria.md`, `${BASE}beria.txt`]);
  });

  it('lists every reader-facing page in the sitemap, and names the sitemap in robots.txt', () => {
    const sitemap = site.resources.get(`${server.origin}${BASE}sitemap.xml`)!.body;
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!).sort();
    // Reader-facing pages: every crawled HTML page that asks to be indexed under its own address.
    const indexable = htmlPages()
      .filter((resource) => !/name="robots" content="noindex"/.test(resource.body))
      .map((resource) => resource.url)
      .sort();
    expect(listed).toEqual(indexable);
    const robots = site.resources.get(`${server.origin}${BASE}robots.txt`)!.body;
    expect(robots).toMatch(new RegExp(`^Sitemap: ${server.origin}${BASE}sitemap.xml$`, 'm'));
  });

  it('gives each page a canonical address of its own, and each document its title, editor and preamble for sharing', () => {
    const pages = htmlPages().filter((resource) => !/name="robots" content="noindex"/.test(resource.body));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const resource of pages) {
      const tree = parseHtml(resource.body);
      const meta = (selector: string) => select(selector, tree)?.properties.content;
      expect(select('link[rel=canonical]', tree)?.properties.href, resource.url).toBe(resource.url);
      expect(meta('meta[property="og:url"]')).toBe(resource.url);
      expect(meta('meta[property="og:title"]')).toBe(toText(select('h1', tree)!).trim());
      expect(meta('meta[property="og:description"]')).toBe(meta('meta[name=description]'));
      expect(meta('meta[name="twitter:title"]')).toBe(meta('meta[property="og:title"]'));
      expect(meta('meta[name="twitter:card"]')).toBe('summary');
      expect(select('link[rel=icon]', tree)?.properties.href).toBe(`${BASE}favicon.svg`);
    }
    const beria = parseHtml(site.resources.get(`${server.origin}${BASE}beria/`)!.body);
    const meta = (selector: string) => String(select(selector, beria)?.properties.content);
    expect(meta('meta[property="og:type"]')).toBe('article');
    expect(meta('meta[name=author]')).toBe('Peter Myers');
    // The description is the preamble's opening words, as the source has them.
    const preamble = toText(select('section.preamble p', beria)!).replace(/\s+/g, ' ');
    const description = meta('meta[property="og:description"]').replace(/…$/, '');
    expect(description.length).toBeGreaterThan(40);
    expect(preamble.startsWith(description)).toBe(true);
  });

  it('loads every page in Chromium without a failed request or a console error', async () => {
    // Redirect pages leave at once, cancelling their own requests: they have a test of their own.
    const pages = htmlPages().filter((resource) => !/http-equiv="refresh"/.test(resource.body));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const context = await browser.newContext();
    try {
      for (const resource of pages) {
        const page = await context.newPage();
        const failures: string[] = [];
        page.on('requestfailed', (request) => failures.push(`${request.url()} failed: ${request.failure()?.errorText}`));
        page.on('response', (response) => {
          if (response.status() >= 400) failures.push(`${response.url()} answered ${response.status()}`);
        });
        page.on('console', (message) => {
          if (message.type() === 'error') failures.push(`console: ${message.text()}`);
        });
        page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
        await page.goto(resource.url, { waitUntil: 'networkidle' });
        // The self-hosted font arrived through the stylesheet, under the base path.
        const fontLoaded = await page.evaluate(async () => {
          await document.fonts.ready;
          return document.fonts.check('1rem Literata');
        });
        expect(failures, resource.url).toEqual([]);
        expect(fontLoaded, resource.url).toBe(true);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  it('sends the original site’s address, /beria.html, on to the document, with no script', async () => {
    const redirect = parseHtml(site.resources.get(`${server.origin}${BASE}beria.html`)!.body);
    expect(selectAll('script', redirect)).toEqual([]);
    expect(select('link[rel=canonical]', redirect)?.properties.href).toBe(`${server.origin}${BASE}beria/`);
    expect(select('body a', redirect)?.properties.href).toBe(`${BASE}beria/`);
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.url()} answered ${response.status()}`);
    });
    try {
      await page.goto(`${server.origin}${BASE}beria.html`);
      await page.waitForURL(`${server.origin}${BASE}beria/`);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('article[data-document="beria"]').count()).resolves.toBe(1);
      expect(failures).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('search under a base path', () => {
  it('loads Pagefind from the base path and leads from a hit to its place in the document', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('requestfailed', (request) => failures.push(`${request.url()} failed: ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.url()} answered ${response.status()}`);
    });
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    const pagefindRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests.push(new URL(request.url()).pathname);
    });
    try {
      await page.goto(`${server.origin}${BASE}`, { waitUntil: 'networkidle' });
      const field = page.getByRole('searchbox', { name: 'Search the texts' });
      // A phrase across a page break (`rightist de-` / `{p. 523} viation`): its hit names the page.
      await field.fill('"rightist deviation"');
      const hit = page.locator('.search-results a').first();
      await hit.waitFor();
      const href = (await hit.getAttribute('href'))!;
      const target = new URL(href, page.url());
      expect(target.origin).toBe(server.origin);
      expect(target.pathname).toBe(`${BASE}beria/`);
      await hit.click();
      await page.waitForURL((url) => url.pathname === `${BASE}beria/`);
      await page.waitForLoadState('networkidle');
      const fragment = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(fragment).toMatch(/^heller-nekrich-1985-p52[23]$/);
      await expect(page.locator(`[id="${fragment}"]`).getAttribute('role')).resolves.toBe('doc-pagebreak');
      expect(pagefindRequests.length).toBeGreaterThan(0);
      expect(pagefindRequests.every((requested) => requested.startsWith(`${BASE}pagefind/`))).toBe(true);
      expect(failures).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the 404 page under a base path', () => {
  let host: StaticServer;
  beforeAll(async () => {
    // Python's server has no 404 page; this one answers misses with 404.html, as static hosts do.
    host = await serveStatic(dist, BASE);
  });
  afterAll(() => host?.close());

  it('answers a missing address at any depth with a styled page whose links lead back', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('requestfailed', (request) => failures.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().includes('/no/such/')) failures.push(`${response.url()} ${response.status()}`);
    });
    try {
      const response = await page.goto(`${host.url}no/such/page/`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
      await expect(page.locator('meta[name=robots]').getAttribute('content')).resolves.toBe('noindex');
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Literata');
      expect(failures).toEqual([]);
      await page.getByRole('link', { name: 'Beria' }).click();
      await page.waitForURL(`${host.url}beria/`);
      await expect(page.locator('article[data-document="beria"]').count()).resolves.toBe(1);
    } finally {
      await page.close();
    }
  });
});
