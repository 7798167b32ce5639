/**
 * Driving the site's search in Chromium the way a reader does, and an independent account, read
 * from the page itself, of where a quote stands.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Hit {
  title: string;
  href: string;
  /** The fragment of the link: the page citation (or note) it lands on, '' for the top of a page. */
  anchor: string;
  path: string;
  editor: boolean;
  excerpt: string;
}

/** Types `query` into the search field (focused with `/`) and returns the hits once they answer it. */
export async function search(page: Page, query: string): Promise<Hit[]> {
  const field = page.locator('#site-search-input');
  if (!(await field.evaluate((element) => element === document.activeElement))) await page.keyboard.press('/');
  await field.fill(query);
  return readHits(page, query);
}

/**
 * The query as the status line names it: typographic quotes straightened, spaces collapsed, and in
 * a phrase the quotation marks inside it left out (a quote such as `was "No." he` keeps its own).
 */
export function shownQuery(query: string): string {
  const straight = query.replace(/[“”„‟″]/g, '"').replace(/\s+/g, ' ').trim();
  if (!straight.startsWith('"')) return straight;
  const inner = straight.replace(/"/g, '').trim();
  return inner ? `"${inner}"` : '';
}

/** The hits shown, once the status line answers `query`. */
export async function readHits(page: Page, query: string): Promise<Hit[]> {
  await page.waitForFunction(
    (expected) => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      return status.includes(expected) && !status.startsWith('Searching');
    },
    shownQuery(query),
    // Generous: a first search loads Pagefind's WebAssembly, slow on a machine busy with other test files.
    { timeout: 45_000 },
  );
  return page.$$eval('.search-result', (items) =>
    items.map((item) => {
      const link = item.querySelector('a')!;
      const url = new URL(link.href);
      return {
        title: item.querySelector('.search-result-title')?.textContent ?? '',
        href: link.getAttribute('href') ?? '',
        anchor: decodeURIComponent(url.hash.slice(1)),
        path: url.pathname,
        editor: item.classList.contains('search-result-editor'),
        excerpt: item.querySelector('.search-result-excerpt')?.textContent ?? '',
      };
    }),
  );
}

/**
 * Where a quote stands on the open page, read from the page's own markup: the ids of the citations
 * (page breaks, or the excerpt heading or preamble before the first page break) whose text it
 * touches. The source's words only: the editor's words (`data-editor`) and note numbers are left out, and a page
 * break inside a split word (`de-|viation`) counts for the quote that ends with that word.
 */
export function citationsOf(page: Page, quote: string): Promise<string[]> {
  return page.evaluate((quote) => {
    // Words as a reader tells them apart: dashes and slashes between words part them too, and the
    // letters that do not decompose are read without their stroke (an account of its own, not the site's).
    const strokes: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', đ: 'd', ð: 'd' };
    const normalize = (word: string) =>
      word.toLowerCase().replace(/[łøßæœþđð]/g, (letter) => strokes[letter]!).normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, '');
    const SEPARATOR = /(\s+|(?<=[\p{L}\p{N}])(?:[\p{Pd}/…]|\.\.+)+(?=[\p{L}\p{N}]))/u;
    const wanted = quote.split(SEPARATOR).map(normalize).filter(Boolean);
    const article = document.querySelector('[data-document]')!;
    type Item = { word: string } | { citation: string; glued: boolean };
    const items: Item[] = [];
    let buffer = '';
    const flush = () => {
      if (normalize(buffer)) items.push({ word: normalize(buffer) });
      buffer = '';
    };
    const walk = (node: Node) => {
      if (node instanceof Element) {
        if (node.matches('[data-editor], [role="doc-noteref"]')) return;
        if (node.id && node.hasAttribute('data-pagefind-title')) {
          const glued = buffer !== '';
          flush();
          items.push({ citation: node.id, glued });
        }
        node.childNodes.forEach(walk);
        // Blocks end words.
        if (getComputedStyle(node).display !== 'inline') flush();
      } else if (node.nodeType === Node.TEXT_NODE) {
        // Split at one capturing group: the separators are the odd pieces.
        (node.textContent ?? '').split(SEPARATOR).forEach((part, at) => {
          if (at % 2 === 1) flush();
          else buffer += part;
        });
      }
    };
    walk(article);
    flush();
    const words = items.flatMap((item, at) => ('word' in item ? [{ word: item.word, at }] : []));
    for (let start = 0; start + wanted.length <= words.length; start++) {
      if (!wanted.every((word, offset) => words[start + offset]!.word === word)) continue;
      const first = words[start]!.at;
      const last = words[start + wanted.length - 1]!.at;
      const citations: string[] = [];
      const before = items.slice(0, first).reverse().find((item) => 'citation' in item);
      citations.push(before && 'citation' in before ? before.citation : '');
      for (const item of items.slice(first, last)) if ('citation' in item) citations.push(item.citation);
      const after = items[last + 1];
      if (after && 'citation' in after && after.glued) citations.push(after.citation);
      return citations;
    }
    return [];
  }, quote.replace(/["“”]/g, ''));
}

/** The pages a search result opens from: the hit whose anchor is one of `anchors`. */
export function hitOn(hits: Hit[], anchors: string[]): Hit | undefined {
  return hits.find((hit) => anchors.includes(hit.anchor));
}

/**
 * Searches `quote` from the open page and returns the first of the `top` first hits that lands on a
 * citation where the quote stands there (citationsOf); fails the test when the quote is not on the
 * page or no hit lands on it.
 */
export async function hitAtCitation(page: Page, quote: string, top = Number.POSITIVE_INFINITY): Promise<Hit> {
  const citations = await citationsOf(page, quote);
  expect(citations.length, `${quote} stands on the page`).toBeGreaterThan(0);
  const hits = (await search(page, quote)).slice(0, top);
  const hit = hitOn(hits, citations);
  expect(hit, JSON.stringify(hits, null, 1)).toBeDefined();
  return hit!;
}

/** Follows a hit's link and returns the words the opened page highlights, once it has. */
export async function openHit(page: Page, hit: Hit): Promise<string> {
  await page.click(`.search-result a[href="${hit.href}"]`);
  await page.waitForSelector('mark.search-highlight');
  return page.$$eval('mark.search-highlight', (marks) => marks.map((mark) => mark.textContent).join(' '));
}

export interface KnownItemResult {
  /** Searches made, and how many had a right citation first, or among the first three. */
  searches: number;
  first: number;
  top3: number;
  failures: Array<{ query: string; expected: string[]; got: string[] }>;
}

/**
 * `search`, sure to read the hits of this query: when the status line names it already (the last
 * query held it, as `"a b c"` holds `a b c`), another search comes first.
 */
export async function searchFresh(page: Page, query: string): Promise<Hit[]> {
  const status = await page.evaluate(() => document.querySelector('.search-status')?.textContent ?? '');
  if (status.includes(shownQuery(query))) await search(page, 'qzxjqzxj');
  return search(page, query);
}

/**
 * Types each window into the search field, `quoted` or not, and counts the searches whose first
 * hit (or one of the first three) is a page citation where the words stand (`targets`: `/<stem>/#<id>`).
 */
export async function knownItems(page: Page, windows: ReadonlyArray<{ query: string; targets: Set<string> }>, quoted: boolean): Promise<KnownItemResult> {
  const result: KnownItemResult = { searches: 0, first: 0, top3: 0, failures: [] };
  for (const window of windows) {
    const query = quoted ? `"${window.query}"` : window.query;
    const hits = await searchFresh(page, query);
    const right = hits.map((hit) => window.targets.has(`${hit.path}#${hit.anchor}`));
    result.searches++;
    if (right[0]) result.first++;
    if (right.slice(0, 3).some(Boolean)) result.top3++;
    if (!right[0]) result.failures.push({ query, expected: [...window.targets], got: hits.slice(0, 3).map((hit) => `${hit.path}#${hit.anchor}`) });
  }
  return result;
}
