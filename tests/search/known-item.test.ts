/**
 * Known-item search (issue: quote search that finds any remembered phrase): on a collection of the
 * seed and documents written for this test (tests/search/known-item/: every kind of punctuation
 * between words, accented names, Greek, Cyrillic and Hebrew), windows of 5-8 words sampled from
 * the source text are typed into the search field with and without quotation marks; the first hit
 * must land on a page citation where the words stand. Then named cases, one for each kind.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleWindows } from '../support/known-item.ts';
import { LAPTOP, useReader } from '../support/reader.ts';
import { buildSite, ROOT } from '../support/site.ts';
import { hitAtCitation, knownItems, search } from './search-page.ts';

const work = mkdtempSync(path.join(tmpdir(), 'reader-known-item-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
beforeAll(() => {
  cpSync(path.join(import.meta.dirname, 'known-item'), content, { recursive: true });
  cpSync(path.join(ROOT, 'content/beria.txt'), path.join(content, 'beria.txt'));
  buildSite(dist, { CONTENT_DIR: content });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
const reader = useReader({ dist: () => dist });
let page: Page;

describe('sampled windows of the source text', () => {
  for (const quoted of [true, false]) {
    it(`land on their page citation first, ${quoted ? 'in quotation marks' : 'typed plain'}, at least 99 times in 100`, async () => {
      page = await reader.open('', LAPTOP);
      const windows = sampleWindows(content, 60, 12);
      expect(windows.length).toBe(60);
      const result = await knownItems(page, windows, quoted);
      console.log(`known-item search, ${quoted ? 'quoted' : 'plain'}: ${result.first}/${result.searches} first, ${result.top3} in the first three`, result.failures);
      expect(result.first / result.searches).toBeGreaterThanOrEqual(0.99);
    }, 180_000);
  }
});

describe('a quote across punctuation', () => {
  const quotes: Array<[string, string]> = [
    // A lone dash, double dash, en dash, em dash, ellipsis between words.
    ['crossings', '"the Central Asians were put in charge of the grain office"'],
    ['crossings', '"the entire government not just the Ministry was replaced"'],
    ['crossings', '"The clerks wrote as they always did in pencil"'],
    ['crossings', '"the foremen mostly from Lodz signed in ink"'],
    ['crossings', '"stayed home and waited for news of the barges"'],
    // Punctuation right after a page break inside a split word, after a gloss, a note, a marker.
    ['crossings', '"sold the flour in the market, as always"'],
    ['crossings', '"the price, and the rest went to the cooperative"'],
    ['crossings', '"The inspector praised the mill, and so the story went on"'],
    ['crossings', '"the men\'s answer was No, he added later"'],
    // Dashes and a slash glued between words; a hyphen; curly quote typed straight.
    ['crossings', '"The government not the council decided the quotas"'],
    ['crossings', '"A well known miller"'],
    ['crossings', '"bought the old weir and or the landing"'],
    ['crossings', '“The party\'s line was clear”'],
    ['wharves', '"was rebuilt in 1898 after the fire with timber"'],
    ['wharves', '"paid in kroner never in gold"'],
    ['wharves', '"ceux du quai de la Fosse travaillaient douze heures"'],
    ['wharves', '"par un lock-out qui dura trois semaines"'],
  ];
  for (const [stem, quote] of quotes) {
    it(`finds ${quote} first at its page citation`, async () => {
      page = await reader.open(`${stem}/`, LAPTOP);
      await hitAtCitation(page, quote, 1);
    });
  }
});

describe('accents', () => {
  it('are not needed: an accent-free query finds the accented word at its page citation', async () => {
    page = await reader.open('crossings/', LAPTOP);
    for (const [query, word] of [['Wroclaw', 'Wrocław'], ['Strasse', 'Straße'], ['Soren Aero', 'Søren Ærø'], ['Oberg', 'Öberg'], ['Thorshofn', 'Þórshöfn'], ['Duro', 'Đuro'], ['Oehlenschlager', 'Œhlenschläger'], ['Plock', 'Płock']] as const) {
      const [first] = await search(page, query);
      expect(first?.anchor, query).toMatch(/^zielinski-1962-p1[23]$/);
      expect(first?.excerpt, query).toContain(word);
    }
  });

  it('typed, rank the words spelt so first', async () => {
    page = await reader.open('crossings/', LAPTOP);
    // `Kraków` on p. 12 (and in the heading), `Krakow` on p. 201 of another work.
    expect((await search(page, 'Krakow'))[0]?.anchor).toBe('wrobel-1978-p201');
    expect((await search(page, 'Kraków'))[0]?.anchor).not.toBe('wrobel-1978-p201');
  });
});

describe('other scripts', () => {
  for (const quote of ['"Μῆνιν ἄειδε θεὰ Πηληϊάδεω Ἀχιλῆος"', '"Москва — столица России"', '"жили ежики и чайки"', '"בראשית ברא אלהים את השמים"']) {
    it(`find ${quote} at its page citation`, async () => {
      page = await reader.open('sources/', LAPTOP);
      await hitAtCitation(page, quote, 1);
    });
  }
});
