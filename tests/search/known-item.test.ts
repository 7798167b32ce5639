/**
 * Known-item search: a reader remembers a phrase and types it, with or without quotation marks,
 * and the first hit must be the page citation where it stands. The collection is the seed and the
 * documents of tests/search/known-item/ (every kind of punctuation between words, accented names
 * with letters Unicode decomposes and letters it does not, Greek, Cyrillic and Hebrew). Windows of
 * 5-8 words are sampled from its source text (tests/support/known-item.ts); then named cases, each
 * typed the way a reader remembers it: without the punctuation, or without the accents.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placesOf, sampleWindows, type SourceParagraph, sourceParagraphs } from '../support/known-item.ts';
import { LAPTOP, useReader } from '../support/reader.ts';
import { buildSite, ROOT } from '../support/site.ts';
import { knownItems, searchFresh } from './search-page.ts';

const WINDOWS = 60;
const SEED = 12;

const work = mkdtempSync(path.join(tmpdir(), 'reader-known-item-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
let paragraphs: SourceParagraph[] = [];
beforeAll(() => {
  cpSync(path.join(import.meta.dirname, 'known-item'), content, { recursive: true });
  cpSync(path.join(ROOT, 'content/beria.txt'), path.join(content, 'beria.txt'));
  buildSite(dist, { CONTENT_DIR: content });
  paragraphs = sourceParagraphs(content);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
const reader = useReader({ dist: () => dist });
let opened: Page | undefined;
const page = async () => (opened ??= await reader.open('', LAPTOP));

/** Searches `query` and expects its first hit on one of `places` (`/<stem>/#<id>`). */
async function landsFirst(query: string, places: Set<string>): Promise<void> {
  expect(places.size, `${query} stands in the collection`).toBeGreaterThan(0);
  const hits = await searchFresh(await page(), query);
  const got = hits.slice(0, 3).map((hit) => `${hit.path}#${hit.anchor}`);
  expect(places.has(got[0] ?? ''), `${query}: first hits ${got.join(', ') || 'none'}; expected one of ${[...places].join(', ')}`).toBe(true);
}

describe('sampled windows of the source text', () => {
  for (const quoted of [true, false]) {
    const mode = quoted ? 'quoted' : 'plain';
    it(`land first on their page citation, ${mode}, at least 99 times in 100`, async () => {
      const windows = sampleWindows(content, WINDOWS, SEED);
      expect(windows.length).toBe(WINDOWS);
      const result = await knownItems(await page(), windows, quoted);
      const percent = (count: number) => `${((100 * count) / result.searches).toFixed(1)}%`;
      console.log(`known-item search, ${mode}: first hit right ${result.first}/${result.searches} (${percent(result.first)}), in the first three ${result.top3}/${result.searches} (${percent(result.top3)})`);
      for (const failure of result.failures) console.log(`  ${failure.query} -> ${failure.got.join(', ') || 'nothing'}; expected ${failure.expected.join(', ')}`);
      expect(result.first / result.searches).toBeGreaterThanOrEqual(0.99);
    }, 180_000);
  }
});

describe('a quote across punctuation, typed without it', () => {
  const quotes = [
    // Lone punctuation between words: ` - `, ` -- `, ` – `, ` — `, ` ... `, ` … `.
    '"Central Asians were put in charge"',
    '"The clerks wrote as they always did in pencil"',
    '"the foremen mostly from Łódź signed in ink"',
    '"the weavers and their wives stayed home"',
    '"stayed home and waited"',
    '"and waited for news of the barges"',
    '"paid in kroner never in gold"',
    '"the neighbour\'s son the one who went to sea"',
    '"tested every bale by smell and then by price"',
    '"where the landlord a Hungarian charged them"',
    // Glued between words: `government—not`, `did--as`, `1921–1928`, `and/or`, `lock-out…`.
    '"The government not the council decided the quotas"',
    '"took the mail boat out through the ice against the harbour master\'s orders"',
    '"a clerk who did as he said himself what he was told"',
    '"the figures for 1921 1928 were kept"',
    '"bought the old weir and or the landing"',
    '"par un lock out qui dura trois semaines"',
    // Hyphenated compounds.
    '"A well known miller from Sandomierz"',
    '"the half empty granary of the Poznań merchants"',
    // Right after a page break: in a split word (`mar-{p. 12} ket,`), the same after a blank
    // line, and a page marker opening the next paragraph with a comma.
    '"sold the flour in the market as always"',
    '"sold to the merchants who paid in silver"',
    '"the barges left the harbour as they did every year"',
    '"the prefect\'s reports They were printed in 1912"',
    // Right after a gloss, a note's reference, a marker.
    '"the price and the rest went to the cooperative"',
    '"was a proverb and the grandson did not laugh again"',
    '"The inspector praised the mill and so the story went on"',
    '"on the road and nobody at the depot ever asked why"',
    '"the men\'s answer was No he added later"',
    '"the buyers come in September she wrote down"',
    // Quotes and apostrophes: straight typed for curly, curly for straight, guillemets.
    '"The party\'s line was clear"',
    '“the men’s answer was No”',
    '"quiet, save for the gulls"',
    '"réclamait la journée de huit heures"',
    // And as written, punctuation included.
    '"the entire government - not just the Ministry - was replaced"',
    '"the bargemen — tired, wet and unpaid — refused"',
  ];
  for (const quote of quotes) {
    it(`finds ${quote} first at its page citation`, () => landsFirst(quote, placesOf(paragraphs, quote)));
  }
});

describe('accents', () => {
  // Decomposed by Unicode (ó ń ř ü å ż ş İ) and not (ł Ł ø Ø ß æ Æ œ Œ đ Đ ð þ ħ Ħ ı).
  const words = [
    ['Wroclaw', 'Wrocław'], ['Lodz', 'Łódź'], ['Lancut', 'Łańcut'], ['Plock', 'Płock'], ['Wloclawek', 'Włocławek'], ['Torun', 'Toruń'],
    ['Jozef Dabrowski', 'Józef Dąbrowski'], ['Strasse', 'Straße'], ['Strauss', 'Strauß'], ['Grusse', 'Grüße'], ['Soren Aero', 'Søren Ærø'],
    ['Tromso', 'Tromsø'], ['Odegard', 'Ødegård'], ['Alesund', 'Ålesund'], ['Thorshofn', 'Þórshöfn'], ['Gudrun', 'Guðrún'], ['Kaerlighed', 'Kærlighed'],
    ['soeur', 'sœur'], ['Oeuvres', 'Œuvres'], ['Dorde', 'Đorđe'], ['Dakovo', 'Đakovo'], ['Medimurje', 'Međimurje'], ['Dvorak', 'Dvořák'],
    ['Prerov', 'Přerov'], ['Kirsehir', 'Kırşehir'], ['Isiklar', 'Işıklar'], ['Izmir', 'İzmir'], ['Hamrun', 'Ħamrun'], ['Gharghur', 'Għargħur'],
    ['Zebbug', 'Żebbuġ'], ['Althingi', 'Alþingi'],
  ] as const;
  for (const [query, word] of words) {
    it(`are not needed: ${query} finds ${word} first at its page citation`, () => {
      // Only the accented spelling stands in the collection, so the hit can only be right by folding.
      expect(placesOf(paragraphs, query, true).size).toBe(0);
      return landsFirst(query, placesOf(paragraphs, word, true));
    });
  }

  // Both spellings stand in the collection, on different pages.
  for (const [accented, plain] of [['Kraków', 'Krakow'], ['Møller', 'Moller']] as const) {
    it(`typed, find the word spelt so first: ${accented} and ${plain}`, async () => {
      const [exact, other] = [placesOf(paragraphs, accented, true), placesOf(paragraphs, plain, true)];
      expect([...exact].filter((place) => other.has(place))).toEqual([]);
      await landsFirst(accented, exact);
      await landsFirst(plain, other);
    });
  }
});

describe('other scripts', () => {
  const quotes = [
    '"Μῆνιν ἄειδε θεὰ Πηληϊάδεω Ἀχιλῆος"',
    '"μηνιν αειδε θεα"',
    '"Ἄνδρα μοι ἔννεπε Μοῦσα πολύτροπον"',
    '"Москва столица России"',
    '"жили ёжики и чайки"',
    '"жили ежики и чайки"',
    '"Зерно пришло поздно цены упали"',
    '"בראשית ברא אלהים את השמים"',
    '"העיר הייתה שקטה בלילה"',
    'שלום',
  ];
  for (const quote of quotes) {
    it(`find ${quote} first at its page citation`, () => landsFirst(quote, placesOf(paragraphs, quote)));
  }
});
