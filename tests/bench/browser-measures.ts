/**
 * What a reader's browser pays, measured in Chromium against a static server on loopback:
 * the bytes of a document page by kind, the script it runs before any interaction, and search
 * (bytes downloaded and milliseconds to the first result's data for a quoted phrase, cold and warm).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { hostHeaders } from '../support/host-headers.ts';
import { serveStatic } from '../support/server.ts';
import { parseQuery } from '../../src/search/client/query.ts';
import { PAGE_FILTER, REVISIONS_FILE } from '../../src/search/filters.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  url: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  fonts: Bytes;
  other: Bytes;
  /** Script run before any interaction: external and inline, gzip. */
  scriptBeforeInteraction: Bytes;
  /** URLs of search code fetched before any interaction (should be none). */
  searchRequests: string[];
  /** The document's text is the same with JavaScript off. */
  readsWithoutJavaScript: boolean;
}

export interface SearchRun {
  query: string;
  /** Median of `rounds` fresh browsers. */
  ms: number;
  rounds: number;
  results: number;
  /** Bytes fetched for the query as served, and as a compressing host would send them. */
  bytes: Bytes;
  requests: number;
}

export interface SearchMeasure {
  cold: SearchRun;
  warm: SearchRun;
  repeat: SearchRun;
}

const empty = (): Bytes => ({ raw: 0, gzip: 0 });
const gzipSize = (body: Buffer) => gzipSync(body).length;
/** Pagefind's index, fragments and wasm are compressed already; a host compresses only the text types. */
const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|svg|txt|md)$/;

export async function measurePageWeight(site: string, pagePath: string): Promise<PageWeight> {
  const server = await serveStatic(site, '/');
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    const recorder = recordResponses(page);
    const url = new URL(pagePath, server.url).href;
    await page.goto(url, { waitUntil: 'networkidle' });
    const responses = await recorder.done();
    const weight: PageWeight = {
      url: pagePath,
      html: empty(),
      css: empty(),
      js: empty(),
      fonts: empty(),
      other: empty(),
      scriptBeforeInteraction: empty(),
      searchRequests: [],
      readsWithoutJavaScript: false,
    };
    for (const { response, body } of responses) {
      const kind = response.request().resourceType();
      const slot = kind === 'document' ? weight.html : kind === 'stylesheet' ? weight.css : kind === 'script' ? weight.js : kind === 'font' ? weight.fonts : weight.other;
      slot.raw += body.length;
      slot.gzip += Math.min(body.length, gzipSize(body));
      if (/\/pagefind\//.test(response.url())) weight.searchRequests.push(new URL(response.url()).pathname);
    }
    const inline = await page.evaluate(() => [...document.scripts].filter((script) => !script.src).map((script) => script.textContent ?? ''));
    const inlineBytes = inline.map((text) => Buffer.from(text));
    weight.scriptBeforeInteraction = {
      raw: weight.js.raw + inlineBytes.reduce((sum, body) => sum + body.length, 0),
      gzip: weight.js.gzip + inlineBytes.reduce((sum, body) => sum + (body.length > 0 ? gzipSize(body) : 0), 0),
    };
    const withScript = await documentText(page);
    const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await noScript.goto(url, { waitUntil: 'load' });
    weight.readsWithoutJavaScript = withScript.length > 0 && (await documentText(noScript)) === withScript;
    return weight;
  } finally {
    await browser.close();
    await server.close();
  }
}

function documentText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('article[data-document]')?.textContent ?? '');
}

/**
 * Searches with Pagefind's own JS API in the page (not through a UI). `cold` is the first query in
 * a fresh browser (loading pagefind.js, its wasm and index); `warm` a second, different quoted
 * phrase in the same page (Pagefind loaded, the new words' index chunks still to fetch); `repeat`
 * the first phrase again. The time runs until the first result's data (title, excerpt) is loaded,
 * median of `rounds` fresh browsers; bytes are counted in a separate round, since recording
 * responses slows the page. The server is a plain one, or `withHeaders` one that sends the
 * site's `_headers` (as Netlify or Cloudflare Pages do: the index files as gzip).
 * Returns undefined when the site has no /pagefind/ bundle.
 */
export async function measureSearch(
  site: string,
  pagePath: string,
  queries: { cold: string; warm: string },
  { withHeaders = false, rounds = 5 } = {},
): Promise<SearchMeasure | undefined> {
  if (!existsSync(path.join(site, 'pagefind/pagefind.js'))) return undefined;
  const server = await serveStatic(site, '/', withHeaders ? hostHeaders(site) : {});
  const browser = await launchBrowser();
  const bundle = new URL('pagefind/pagefind.js', server.url).href;
  const sequence = [queries.cold, queries.warm, queries.cold];
  const search = (page: Page, query: string) =>
    page.evaluate(
      async ({ bundle, query, revisionsFile, pageFilter }) => {
        const started = performance.now();
        const pagefind = await import(bundle);
        // As the site's search does (src/search/client/search-ui.ts): on the main thread, and after
        // a rebuild, with the revised bundle merged and the pages it replaces left out.
        const global = window as unknown as { revisions?: Promise<{ replaced: string[] }> };
        global.revisions ??= (async () => {
          await pagefind.options({ noWorker: true });
          const response = await fetch(new URL(revisionsFile, bundle));
          const revisions = { bundle: null, replaced: [], parts: [], ...(response.ok ? await response.json() : {}) } as { bundle: string | null; replaced: string[]; parts: string[] };
          for (const part of [...revisions.parts, revisions.bundle ?? []].flat()) await pagefind.mergeIndex(new URL(part, bundle).pathname);
          return revisions;
        })();
        const { replaced } = await global.revisions;
        const search = await pagefind.search(query, replaced.length > 0 ? { filters: { none: [{ [pageFilter]: { any: replaced } }] } } : {});
        if (search.results.length > 0) await search.results[0].data();
        return { ms: performance.now() - started, results: search.results.length as number };
      },
      { bundle, query: asTheSiteSends(query), revisionsFile: REVISIONS_FILE, pageFilter: PAGE_FILTER },
    );
  const freshPage = async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(new URL(pagePath, server.url).href, { waitUntil: 'networkidle' });
    return page;
  };
  try {
    const times: Array<Array<{ ms: number; results: number }>> = [[], [], []];
    for (let round = 0; round < rounds; round++) {
      const page = await freshPage();
      for (const [index, query] of sequence.entries()) times[index]!.push(await search(page, query));
      await page.context().close();
    }
    const page = await freshPage();
    const runs: SearchRun[] = [];
    for (const [index, query] of sequence.entries()) {
      const recorder = recordResponses(page);
      await search(page, query);
      const responses = await recorder.done();
      const bytes = empty();
      for (const { response, body, sent } of responses) {
        // Sent with Content-Encoding, a file is counted as sent; otherwise as served, and gzipped.
        const encoded = response.headers()['content-encoding'] !== undefined;
        bytes.raw += encoded ? sent : body.length;
        bytes.gzip += encoded ? sent : COMPRESSIBLE.test(new URL(response.url()).pathname) ? Math.min(body.length, gzipSize(body)) : body.length;
      }
      const sorted = times[index]!.map((time) => time.ms).sort((a, b) => a - b);
      runs.push({ query, ms: sorted[Math.floor(sorted.length / 2)]!, rounds, results: times[index]![0]!.results, bytes, requests: responses.length });
    }
    return { cold: runs[0]!, warm: runs[1]!, repeat: runs[2]! };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Collects every response from now until `done()`: its body (decoded) and the bytes sent for it. */
function recordResponses(page: Page) {
  const pending: Array<Promise<{ response: Response; body: Buffer; sent: number }>> = [];
  const listener = (response: Response) => {
    pending.push(
      Promise.all([response.body(), response.request().sizes()]).then(
        ([body, sizes]) => ({ response, body, sent: sizes.responseBodySize }),
        () => ({ response, body: Buffer.alloc(0), sent: 0 }),
      ),
    );
  };
  page.on('response', listener);
  return {
    done: async () => {
      page.off('response', listener);
      return Promise.all(pending);
    },
  };
}

/** A query as the site's search field sends it to Pagefind (src/search/client/query.ts). */
function asTheSiteSends(query: string): string {
  const { phrase, terms } = parseQuery(query);
  return phrase ? `"${terms}"` : terms;
}
