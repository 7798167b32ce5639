/**
 * Known-item search for the benchmark: a collection (by default the seed and the documents of
 * tests/search/known-item/, or the one given) built into a site, windows of 5-8 words sampled from
 * its source text (tests/support/known-item.ts), each typed into the search field of a page in
 * Chromium with and without quotation marks; how often the first hit, or one of the first three,
 * is a page citation where the words stand.
 */
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { type KnownItemResult, knownItems } from '../search/search-page.ts';
import { launchBrowser } from '../support/browser.ts';
import { sampleWindows } from '../support/known-item.ts';
import { serveStatic } from '../support/server.ts';
import { buildSite, ROOT } from '../support/site.ts';

export interface KnownItemRates extends KnownItemResult {
  /** Shares of the searches, 0 to 1. */
  firstRate: number;
  top3Rate: number;
}

export interface KnownItemMeasure {
  windows: number;
  quoted: KnownItemRates;
  plain: KnownItemRates;
}

/** The collection the test uses, copied into `into`: the seed and the documents written for it. */
export async function knownItemCollection(into: string): Promise<string> {
  await mkdir(into, { recursive: true });
  await cp(path.join(ROOT, 'tests/search/known-item'), into, { recursive: true });
  await cp(path.join(ROOT, 'content/beria.txt'), path.join(into, 'beria.txt'));
  return into;
}

/** Builds `content` into `<work>/known-item-dist` and measures `windows` windows in each mode there. */
export async function measureKnownItems(content: string, work: string, windows = 300, seed = 1): Promise<KnownItemMeasure> {
  const dist = buildSite(path.join(work, 'known-item-dist'), { CONTENT_DIR: content });
  return measureKnownItemsOn(dist, content, windows, seed);
}

/** The same on a site built already from `content`. */
export async function measureKnownItemsOn(dist: string, content: string, windows = 300, seed = 1): Promise<KnownItemMeasure> {
  const sample = sampleWindows(content, windows, seed);
  const server = await serveStatic(dist, '/');
  const browser = await launchBrowser();
  try {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    const rates = (result: KnownItemResult): KnownItemRates => ({
      ...result,
      firstRate: result.searches ? result.first / result.searches : 0,
      top3Rate: result.searches ? result.top3 / result.searches : 0,
    });
    const quoted = rates(await knownItems(page, sample, true));
    const plain = rates(await knownItems(page, sample, false));
    return { windows: sample.length, quoted, plain };
  } finally {
    await browser.close();
    await server.close();
  }
}
