/**
 * A collection of documents that cross-reference each other (tests/collection/fixtures/: alpha
 * links to beta and to gamma, which is not in the collection; beta links back to alpha; delta
 * names only itself), built under a base path: the links between documents stay in the site, each
 * document lists the documents that link to it, and the index of quoted works shows every excerpt
 * of every document under its work, with its pages.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { parseHtml } from '../support/crawl.ts';
import { type StaticServer, serveStatic } from '../support/server.ts';
import { buildSite } from '../support/site.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const BASE = '/reader/';
const STEMS = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length))
  .sort();

let dist: string;
const page = (file: string) => parseHtml(readFileSync(path.join(dist, file), 'utf8'));
const text = (element: Element | undefined) => (element ? toText(element).replace(/\s+/g, ' ').trim() : '');

beforeAll(() => {
  dist = buildSite(mkdtempSync(path.join(tmpdir(), 'reader-collection-')), { BASE_PATH: '/reader', CONTENT_DIR: FIXTURES });
});

afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('documents that cross-reference each other', () => {
  it('builds a page for every fixture document', () => {
    expect(STEMS).toEqual(['alpha', 'beta', 'delta']);
    for (const stem of STEMS) expect(select(`article[data-document="${stem}"]`, page(`${stem}/index.html`))).toBeDefined();
  });

  it('links a cross-reference to the document in the collection, under the base path', () => {
    const alpha = selectAll('a[data-xref]', page('alpha/index.html'));
    const hrefOf = (stem: string) => alpha.filter((link) => link.properties.dataXref === stem).map((link) => link.properties.href);
    // beta.html is named twice in alpha: in the preamble and in a note.
    expect(hrefOf('beta')).toEqual([`${BASE}beta/`, `${BASE}beta/`]);
    expect(selectAll('a[data-xref="alpha"]', page('beta/index.html')).map((link) => link.properties.href)).toEqual([`${BASE}alpha/`]);
    expect(selectAll('a[data-xref="delta"]', page('delta/index.html')).map((link) => link.properties.href)).toEqual([`${BASE}delta/`]);
  });

  it('links a cross-reference to a document not in the collection to the editor’s original site', () => {
    const gamma = selectAll('a[data-xref="gamma"]', page('alpha/index.html'));
    expect(gamma.map((link) => link.properties.href)).toEqual(['http://mailstar.net/gamma.html']);
  });

  it('lists on each document the other documents that link to it', () => {
    // Expected backlinks, read from the built pages' own cross-references.
    const linksFrom = new Map(STEMS.map((stem) => [stem, new Set(selectAll('a[data-xref]', page(`${stem}/index.html`)).map((link) => String(link.properties.dataXref)))]));
    for (const stem of STEMS) {
      const expected = STEMS.filter((other) => other !== stem && linksFrom.get(other)!.has(stem));
      const listed = selectAll('nav.backlinks a[data-backlink]', page(`${stem}/index.html`));
      expect(listed.map((link) => link.properties.dataBacklink), stem).toEqual(expected);
      expect(listed.map((link) => link.properties.href)).toEqual(expected.map((other) => `${BASE}${other}/`));
    }
    // And what that means for these fixtures: alpha and beta name each other; nobody names delta.
    expect(text(select('nav.backlinks', page('alpha/index.html')))).toBe('Linked from Beta, The Archives Open');
    expect(text(select('nav.backlinks', page('beta/index.html')))).toBe('Linked from Alpha, Notes on the Succession');
    expect(select('nav.backlinks', page('delta/index.html'))).toBeUndefined();
  });
});

describe('the index of quoted works', () => {
  const works = () => page('works/index.html');

  it('is linked from the home page and from every page’s header', () => {
    expect(selectAll('main a', page('index.html')).some((link) => link.properties.href === `${BASE}works/`)).toBe(true);
    for (const file of ['index.html', 'works/index.html', '404.html', ...STEMS.map((stem) => `${stem}/index.html`)]) {
      expect(select('header.site-header nav a', page(file))?.properties.href, file).toBe(`${BASE}works/`);
    }
  });

  it('shows every excerpt of every document under its work, with its pages', () => {
    // What the document pages say: each excerpt's work, and the page anchors inside it.
    const expected: string[] = [];
    for (const stem of STEMS) {
      for (const section of selectAll('section.excerpt', page(`${stem}/index.html`))) {
        const pages = selectAll('[role=doc-pagebreak]', section).map((anchor) => `${BASE}${stem}/#${anchor.properties.id}`);
        expected.push(`${section.properties.dataWork} | ${BASE}${stem}/#${section.properties.id} | ${pages.join(' ')}`);
      }
    }
    // What the index says.
    const listed: string[] = [];
    for (const work of selectAll('li.work', works())) {
      for (const quotation of selectAll('li.work-quotation', work)) {
        const links = selectAll('a', quotation).map((link) => String(link.properties.href));
        const [documentLink, excerptLink, ...pageLinks] = links;
        expect(documentLink).toBe(excerptLink!.replace(/#.*$/, ''));
        listed.push(`${work.properties.dataQuotedWork} | ${excerptLink} | ${pageLinks.join(' ')}`);
      }
    }
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('gathers a work quoted in several documents, whatever the heading, into one entry with author, title and year', () => {
    const entries = selectAll('li.work', works());
    const entry = (label: string) => entries.find((work) => work.properties.dataQuotedWork === label);
    const deutscher = entry('Deutscher, Russia After Stalin (1953)');
    expect(text(select('.work-author', deutscher))).toBe('Isaac Deutscher');
    expect(text(select('.work-title', deutscher))).toBe('Russia After Stalin');
    expect(text(select('.work-year', deutscher))).toBe('1953');
    expect(selectAll('li.work-quotation', deutscher).map(text)).toEqual([
      'Alpha, Notes on the Succession, excerpt (1): p. 31, p. 32',
      'Beta, The Archives Open, excerpt (1): p. 120',
    ]);
    const conquest = entry('Conquest, Power and Policy in the USSR (1961)');
    expect(selectAll('li.work-quotation', conquest).map(text)).toEqual([
      'Alpha, Notes on the Succession, excerpt (2): p. 190',
      'Delta, A Page Nobody Links To, excerpt (1): p. 191',
    ]);
    expect(entries.map((work) => work.properties.dataQuotedWork)).toEqual([
      'Conquest, Power and Policy in the USSR (1961)',
      'Deutscher, Russia After Stalin (1953)',
      'Duranty, USSR (1944)',
    ]);
  });

  it('lists the works, the home page and every document in the sitemap', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    expect(paths.sort()).toEqual([BASE, `${BASE}works/`, ...STEMS.map((stem) => `${BASE}${stem}/`)].sort());
  });
});

describe('following the links in Chromium', () => {
  let browser: Browser;
  let host: StaticServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    host = await serveStatic(dist, BASE);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('goes from a cross-reference to the document, back by its backlink, and from the index to a quoted page', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(`${host.url}alpha/`);
      await tab.locator('a[data-xref="beta"]').first().click();
      await tab.waitForURL(`${host.url}beta/`);
      await tab.locator('nav.backlinks a', { hasText: 'Alpha' }).click();
      await tab.waitForURL(`${host.url}alpha/`);
      await tab.getByRole('link', { name: 'Quoted works' }).click();
      await tab.waitForURL(`${host.url}works/`);
      await tab.locator('li.work-quotation[data-source-document="beta"] a', { hasText: 'p. 120' }).click();
      await tab.waitForURL(`${host.url}beta/#deutscher-1953-p120`);
      await expect(tab.locator('#deutscher-1953-p120').getAttribute('data-page')).resolves.toBe('120');
      // The original site's name of a document in the collection lands on it.
      await tab.goto(`${host.url}delta.html`);
      await tab.waitForURL(`${host.url}delta/`);
    } finally {
      await tab.close();
    }
  });
});
