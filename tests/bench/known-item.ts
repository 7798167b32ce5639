/**
 * Known-item search for the benchmark: a collection (by default the seed and the documents of
 * tests/search/known-item/, or the one given) built into a site, windows of 5-8 words sampled from
 * its source text (tests/support/known-item.ts), each typed into the search field of a page in
 * Chromium with and without quotation marks; how often the first hit is a page citation where the
 * words stand.
 */
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { sampleWindows } from '../support/known-item.ts';
import { serveStatic } from '../support/server.ts';
import { buildSite, ROOT } from '../support/site.ts';
import { type KnownItemResult, knownItems } from '../search/search-page.ts';

export interface KnownItemMeasure {
  windows: number;
  quoted: KnownItemResult;
  plain: KnownItemResult;
}

/** The collection the test uses: the seed and the documents written for it. */
export async function knownItemCollection(into: string): Promise<string> {
  await mkdir(into, { recursive: true });
  await cp(path.join(ROOT, 'tests/search/known-item'), into, { recursive: true });
  await cp(path.join(ROOT, 'content/beria.txt'), path.join(into, 'beria.txt'));
  return into;
}

export async function measureKnownItems(content: string, work: string, windows = 300, seed = 1): Promise<KnownItemMeasure> {
  const dist = buildSite(path.join(work, 'known-item-dist'), { CONTENT_DIR: content });
  const sample = sampleWindows(content, windows, seed);
  const server = await serveStatic(dist, '/');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    const quoted = await knownItems(page, sample, true);
    const plain = await knownItems(page, sample, false);
    return { windows: sample.length, quoted, plain };
  } finally {
    await browser.close();
    await server.close();
  }
}
