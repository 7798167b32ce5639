/**
 * Search after a rebuild (src/search/index-site.ts): the pages changed since the last full index
 * go into a revised bundle that the search merges, leaving the main bundle's old version of those
 * pages out; once more than a tenth of the pages have changed, the build indexes everything again.
 * Checked in Chromium on a 40-document collection, through the search field. A page counts as
 * changed when its search record does (src/search/search-record.ts): the links around the document,
 * to its neighbours, are not part of it.
 * Served as public/_headers asks, so the revised bundle's files reach Pagefind unpacked too.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { misencoded } from '../support/host-headers.ts';
import { LAPTOP, useReader } from '../support/reader.ts';
import { buildInFolder } from '../support/site.ts';
import { type Revisions } from '../../src/search/filters.ts';
import { search } from './search-page.ts';

// prettier-ignore
const TREES = ['alder', 'birch', 'cedar', 'damson', 'elder', 'fir', 'ginkgo', 'hazel', 'juniper', 'larch', 'maple', 'nutmeg', 'olive', 'poplar',
  'rowan', 'spruce', 'tamarind', 'walnut', 'yew', 'zelkova', 'acacia', 'baobab', 'catalpa', 'dogwood', 'eucalyptus', 'fig', 'guava', 'hawthorn',
  'ironwood', 'jacaranda', 'kapok', 'laurel', 'mulberry', 'neem', 'oak', 'pecan', 'quassia', 'redwood', 'sassafras', 'teak'];
const stem = (at: number) => `volume-${String(at + 1).padStart(2, '0')}`;

const work = mkdtempSync(path.join(tmpdir(), 'reader-revised-search-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');

function writeDocument(at: number, body: string): void {
  const text = `---\ntitle: Volume ${at + 1}\n---\n- Peter Myers\n\n(1) Anna Korff, The River Years, Meridian Press, London 1961:\n\n{p. ${at + 10}} The ferryman of ${TREES[at]} landing counted the barges. ${body}\n`;
  writeFileSync(path.join(content, `${stem(at)}.txt`), text);
}

const revisions = () => JSON.parse(readFileSync(path.join(dist, 'pagefind/revisions.json'), 'utf8')) as Revisions;

const logs: string[] = [];
const reader = useReader({ dist: () => dist, withHeaders: true });

/** Builds again and searches each query on a fresh page; returns the hits' paths by query. */
async function rebuildAndSearch(queries: string[]): Promise<Record<string, Array<{ path: string; editor: boolean }>>> {
  logs.push(buildInFolder(work, content));
  expect(misencoded(dist)).toEqual([]);
  const page = await reader.open(`${stem(0)}/`, LAPTOP);
  const found: Record<string, Array<{ path: string; editor: boolean }>> = {};
  for (const query of queries) found[query] = (await search(page, query)).map(({ path, editor }) => ({ path, editor }));
  const revised = revisions().bundle !== null;
  expect(reader.requestsOf(page).some((request) => request.startsWith('/pagefind/revised/'))).toBe(revised);
  await page.close();
  return found;
}

beforeAll(() => {
  mkdirSync(content);
  for (let at = 0; at < TREES.length; at++) writeDocument(at, 'The otter swam under the pier.');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('search after a rebuild', () => {
  it('the first build indexes every document into the main bundle', async () => {
    const found = await rebuildAndSearch(['birch']);
    expect(revisions()).toEqual({ bundle: null, replaced: [], parts: [] });
    expect(logs.at(-1)).toMatch(/search: indexed 40 document\(s\)/);
    expect(found.birch).toEqual([{ path: `/${stem(1)}/`, editor: false }]);
  }, 120_000);

  it('a changed document is found as it is now, once, and no longer as it was', async () => {
    writeDocument(1, 'The quince orchard flowered early. {The editor doubts the marmalade story.}');
    const found = await rebuildAndSearch(['birch', '"quince orchard"', 'marmalade', 'otter', 'cedar']);
    expect(revisions()).toEqual({ bundle: 'revised/', replaced: [`/${stem(1)}/`], parts: [] });
    expect(logs.at(-1)).toMatch(/indexed the 1 document\(s\) and 1 editor's note\(s\) and gloss\(es\) changed since/);
    expect(found.birch).toEqual([{ path: `/${stem(1)}/`, editor: false }]);
    expect(found['"quince orchard"']).toEqual([{ path: `/${stem(1)}/`, editor: false }]);
    expect(found.marmalade).toEqual([{ path: `/${stem(1)}/`, editor: true }]);
    // The otter swam on every other page, but no longer on the changed one.
    expect(found.otter.map((hit) => hit.path)).not.toContain(`/${stem(1)}/`);
    expect(found.cedar).toEqual([{ path: `/${stem(2)}/`, editor: false }]);
  }, 120_000);

  it('a removed document is no longer found', async () => {
    rmSync(path.join(content, `${stem(6)}.txt`));
    const found = await rebuildAndSearch(['ginkgo', '"quince orchard"']);
    // Its neighbours link to each other now, but their text is unchanged: they keep their records.
    expect(revisions()).toEqual({ bundle: 'revised/', replaced: [1, 6].map((at) => `/${stem(at)}/`), parts: [] });
    expect(found.ginkgo).toEqual([]);
    expect(found['"quince orchard"']).toEqual([{ path: `/${stem(1)}/`, editor: false }]);
  }, 120_000);

  it('once more than a tenth of the pages changed, the build indexes everything again', async () => {
    // With the changed and the removed one: five of forty.
    writeDocument(3, 'The heron waited by the weir.');
    writeDocument(4, 'The stork flew off.');
    writeDocument(5, 'The crane came back.');
    const found = await rebuildAndSearch(['heron', '"quince orchard"', 'ginkgo']);
    expect(revisions()).toEqual({ bundle: null, replaced: [], parts: [] });
    expect(logs.at(-1)).toMatch(/search: indexed 39 document\(s\)/);
    expect(found.heron).toEqual([{ path: `/${stem(3)}/`, editor: false }]);
    expect(found['"quince orchard"']).toEqual([{ path: `/${stem(1)}/`, editor: false }]);
    expect(found.ginkgo).toEqual([]);
  }, 120_000);

  it('indexes everything again when the saved main bundle is gone', async () => {
    rmSync(path.join(work, 'cache/reader-search/main'), { recursive: true, force: true });
    writeDocument(2, 'The kingfisher came back.');
    const found = await rebuildAndSearch(['kingfisher']);
    expect(revisions()).toEqual({ bundle: null, replaced: [], parts: [] });
    expect(logs.at(-1)).toMatch(/search: indexed 39 document\(s\)/);
    expect(found.kingfisher).toEqual([{ path: `/${stem(2)}/`, editor: false }]);
  }, 120_000);
});
