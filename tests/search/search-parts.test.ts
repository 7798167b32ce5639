/**
 * A large site's search index in parts (src/search/index-site.ts): Pagefind holds all it indexes
 * in memory, so past a size the main bundle is written as several bundles, one Pagefind process
 * after another, which the search merges. Checked on a small site indexed again with a small part
 * size, through the search field in Chromium: every document is found in whichever part it is, a
 * phrase standing in several parts lists each page, the filters offer every document, and a rebuild's
 * revised bundle still stands in for a changed page.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFolder } from '../../src/build/copy-folder.ts';
import { startIndexing } from '../../src/search/streamed-index.ts';
import { readRenderedCollection, readSearchRecordJson } from '../../src/content/rendered-html.ts';
import { renderDocument } from '../../src/markdown/processor.ts';
import type { Revisions } from '../../src/search/filters.ts';
import { indexSite } from '../../src/search/index-site.ts';
import { LAPTOP, useReader } from '../support/reader.ts';
import { buildInFolder } from '../support/site.ts';
import { search } from './search-page.ts';

const BIRDS = ['heron', 'plover', 'curlew', 'dunlin', 'godwit', 'redshank', 'knot', 'sanderling', 'bittern', 'whimbrel', 'oystercatcher', 'shelduck'];
const stem = (at: number) => `estuary-${at + 1}`;
const documentText = (at: number, bird: string) =>
  `---\ntitle: Estuary ${at + 1}\n---\n- Peter Myers\n\n(1) Mara Quint, Tides of the North, Saltmarsh Press, London 1958:\n\n{p. ${at + 3}} The ${bird} waded across the mudflats at dawn. ${at % 5 === 0 ? 'The tide came in over the old sea wall.' : 'The wind dropped.'} {The editor saw the ${bird} too.}\n`;

const work = mkdtempSync(path.join(tmpdir(), 'reader-search-parts-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const cacheDir = path.join(work, 'cache');
const reader = useReader({ dist: () => dist });
const revisions = () => JSON.parse(readFileSync(path.join(dist, 'pagefind/revisions.json'), 'utf8')) as Revisions;

/** Indexes the built site's records again, in parts of about four documents, into its pagefind/. */
async function indexInParts(records: Array<{ url: string; json: string }>) {
  const partSize = 4.5 * records[0]!.json.length;
  const summary = await indexSite({ bundle: path.join(work, 'bundle'), documents: records, language: 'en', cache: path.join(work, 'search-cache'), partSize });
  await copyFolder(summary.bundle, path.join(dist, 'pagefind'));
  return summary;
}

async function builtRecords() {
  const { documents } = await readRenderedCollection(`${cacheDir}/`, `${dist}/`);
  return Promise.all(documents.map(async ({ stem, digest }) => ({ url: `/${stem}/`, json: await readSearchRecordJson(`${cacheDir}/`, digest) })));
}

async function searchAll(queries: string[]) {
  const page = await reader.open(`${stem(0)}/`, LAPTOP);
  const found: Record<string, Array<{ path: string; anchor: string; editor: boolean }>> = {};
  for (const query of queries) found[query] = (await search(page, query)).map(({ path, anchor, editor }) => ({ path, anchor, editor }));
  return { page, found };
}

beforeAll(() => {
  mkdirSync(content);
  for (const [at, bird] of BIRDS.entries()) writeFileSync(path.join(content, `${stem(at)}.txt`), documentText(at, bird));
  buildInFolder(work, content);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a search index in parts', () => {
  it('finds every document in whichever part it is, and a phrase on each page it stands', async () => {
    const summary = await indexInParts(await builtRecords());
    expect(summary.indexed).toBe(BIRDS.length);
    const { parts } = revisions();
    expect(parts).toEqual(['parts/1/', 'parts/2/']);
    for (const part of parts) expect(existsSync(path.join(dist, 'pagefind', part, 'pagefind-entry.json'))).toBe(true);

    const { page, found } = await searchAll([...BIRDS, '"tide came in over the old sea wall"']);
    for (const [at, bird] of BIRDS.entries()) {
      expect(found[bird]).toEqual([
        { path: `/${stem(at)}/`, anchor: `quint-1958-p${at + 3}`, editor: false },
        { path: `/${stem(at)}/`, anchor: expect.stringMatching(/^note-/), editor: true },
      ]);
    }
    // It stands in the first, sixth and eleventh documents: one in each part.
    expect(found['"tide came in over the old sea wall"']!.map((hit) => hit.path).sort()).toEqual([0, 5, 10].map((at) => `/${stem(at)}/`).sort());
    // The document filter lists the documents of every part.
    await page.click('.search-filters summary');
    await page.waitForSelector(`select[name="document"] option[value="Estuary ${BIRDS.length}"]`, { state: 'attached' });
    const titles = await page.$$eval('select[name="document"] option', (options) => options.map((option) => option.getAttribute('value')).filter(Boolean));
    expect(titles.sort()).toEqual(BIRDS.map((_, at) => `Estuary ${at + 1}`).sort());
    await page.close();
  }, 120_000);

  it('a changed page in a later part is found as it is now, once, from the revised bundle', async () => {
    const records = await builtRecords();
    const changed = renderDocument(documentText(4, 'avocet'), stem(4), { path: `content/${stem(4)}.txt` }).search;
    const summary = await indexInParts(records.map((entry) => (entry.url === `/${stem(4)}/` ? { ...entry, json: JSON.stringify(changed) } : entry)));
    expect(summary).toMatchObject({ indexed: 1, replaced: 1 });
    expect(revisions()).toEqual({ bundle: 'revised/', replaced: [`/${stem(4)}/`], parts: ['parts/1/', 'parts/2/'] });
    const { page, found } = await searchAll(['avocet', 'godwit', 'plover']);
    expect(found.avocet!.filter((hit) => !hit.editor)).toEqual([{ path: `/${stem(4)}/`, anchor: 'quint-1958-p7', editor: false }]);
    expect(found.godwit).toEqual([]);
    expect(found.plover!.filter((hit) => !hit.editor)).toEqual([{ path: `/${stem(1)}/`, anchor: 'quint-1958-p4', editor: false }]);
    await page.close();
  }, 120_000);

  it('fed one document at a time, as a build feeds it, writes the parts as they fill and finds every document', async () => {
    const records = await builtRecords();
    // A cache of its own: nothing saved to revise, so every page is indexed as it comes.
    const indexer = startIndexing({ bundle: path.join(work, 'streamed'), language: 'en', cache: path.join(work, 'search-cache-streamed'), partSize: 4.5 * records[0]!.json.length });
    for (const { url, json } of records) indexer.add(url, json);
    const summary = await indexer.finish();
    expect(summary).toMatchObject({ documents: BIRDS.length, indexed: BIRDS.length, replaced: 0 });
    await copyFolder(summary.bundle, path.join(dist, 'pagefind'));
    expect(revisions().parts).toEqual(['parts/1/', 'parts/2/']);
    const { page, found } = await searchAll(BIRDS);
    for (const [at, bird] of BIRDS.entries()) expect(found[bird]!.filter((hit) => !hit.editor)).toEqual([{ path: `/${stem(at)}/`, anchor: `quint-1958-p${at + 3}`, editor: false }]);
    await page.close();
  }, 120_000);
});
