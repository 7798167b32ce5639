/**
 * Builds the search index with Pagefind (./bundle-writer.ts), from the whole collection at once
 * (a rebuild; a full build streams the same steps as the documents render: ./streamed-index.ts): each
 * document's search record (./search-record.ts, written by the content loader) becomes a Pagefind
 * page, and its editor's notes and glosses one more (./pagefind-pages.ts), into a bundle that the
 * integration puts at `<site>/pagefind/`. The site's other pages (home, works, 404) stay out of the index.
 *
 * Pagefind (1.6) cannot update a bundle: every run indexes the whole site, which on a large site
 * is most of a rebuild. So, given a cache folder, a rebuild indexes only what changed:
 * - a full build writes the main bundle, every page in it carrying its address in the `page`
 *   filter, and keeps a copy and each page's digest in the cache;
 * - a later build whose changes are few puts that copy back and indexes only the changed pages into
 *   a small bundle, `pagefind/revised/`; `pagefind/revisions.json` names it and the pages it
 *   replaces, which the search leaves out of the main bundle (`page` filter). Removed pages are
 *   left out the same way.
 * Once more than a tenth of the pages differ from the main bundle, or the saved copy is of other
 * code or gone, the build indexes everything again.
 *
 * Pagefind's binary holds the whole of what it indexes in memory, about 30 bytes for each character
 * of the records (0.9 GB for 500 documents the size of the seed): a large site's main bundle is
 * written in parts of at most `partSize` characters of records, at most two in Pagefind at once
 * (./bundle-writer.ts), and the search merges them. The first part is the bundle itself;
 * `revisions.json` names the others.
 */
import { createHash } from 'node:crypto';
import { access, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyFolder } from '../build/copy-folder.ts';
import { sourceText } from '../build/source-text.ts';
import { FullIndex, pagesFolderOf, writeRevisedBundle } from './bundle-writer.ts';
import { PARTS_FOLDER, type Revisions, REVISED_BUNDLE, REVISIONS_FILE, withDefaults } from './filters.ts';

export interface IndexSiteOptions {
  /** The folder to write the bundle to (the site's `pagefind/` once copied there). */
  bundle: string;
  /**
   * The documents' search records as JSON (as the content loader wrote them), by the address of
   * their page (`/beria/`, without the base path).
   */
  documents: ReadonlyArray<{ url: string; json: string }>;
  /** Language of the documents, an ISO 639-1 code. */
  language: string;
  /** A folder kept between builds (in Astro's cacheDir), where a rebuild finds the last main bundle. */
  cache: string;
  /** Characters of search records (as JSON) above which the main bundle is written in parts; 32 Mi by default. */
  partSize?: number;
}

export interface IndexSummary {
  /** Pages with a document (`data-pagefind-body`); the site's other pages stay out of the index. */
  documents: number;
  /** Pages indexed by this build: all of them, or those changed since the main bundle. */
  indexed: number;
  /** The editor's notes and glosses indexed by this build. */
  editorNotes: number;
  /** Pages of the main bundle the revised bundle stands in for (changed or removed). */
  replaced: number;
  bundle: string;
}

/** Share of changed pages above which a build indexes everything again. */
const REVISED_SHARE = 0.1;
/** About 550 documents the size of the seed: Pagefind then peaks near 1 GB. */
export const PART_SIZE = 32 * 1024 * 1024;

interface CacheState {
  /** Digest of this folder's code and the language the main bundle was made with. */
  made: string;
  /** Digest of each page of the main bundle, by address. */
  pages: Record<string, string>;
}

export interface Page {
  url: string;
  /** The record as JSON, read only when the page is indexed: a rebuild indexes few of them. */
  json: string;
  digest: string;
  /** Length of the record as JSON, the measure of what Pagefind holds for it. */
  size: number;
}

/** A document's record as a page of the index. */
export function toPage({ url, json }: { url: string; json: string }): Page {
  // Measured and digested as written: writing 1,000 records out again took half a second of the thread Astro builds on.
  return { url, json, digest: createHash('sha1').update(json).digest('base64url'), size: json.length };
}

/** Digest of this folder's code and the language: a saved main bundle made otherwise is not revised. */
export async function madeWith(language: string): Promise<string> {
  return createHash('sha256').update(`${language}\n${await sourceText(fileURLToPath(new URL('../..', import.meta.url)), ['src/search'])}`).digest('base64url');
}

export async function indexSite({ bundle, documents, language, cache, partSize = PART_SIZE }: IndexSiteOptions): Promise<IndexSummary> {
  const pages = documents.map(toPage);
  const made = await madeWith(language);
  const state = await readState(cache, made);
  const pagesFolder = pagesFolderOf(bundle);
  const changed = state ? pages.filter((page) => state.pages[page.url] !== page.digest) : pages;
  const current = new Set(pages.map((page) => page.url));
  const changedUrls = new Set(changed.map((page) => page.url));
  const replaced = state ? Object.keys(state.pages).filter((url) => !current.has(url) || changedUrls.has(url)) : [];
  const differing = new Set([...replaced, ...changedUrls]).size;
  // The revised bundle is one part (a page larger than a part is a part alone): more than that is indexed in full, in parts.
  const revise =
    state !== undefined &&
    differing <= REVISED_SHARE * Math.max(pages.length, Object.keys(state.pages).length) &&
    (changed.length <= 1 || changed.reduce((size, page) => size + page.size, 0) <= partSize);

  if (revise) {
    await copyFolder(path.join(cache, 'main'), bundle);
    const { parts } = await readRevisions(bundle);
    const revised = path.join(bundle, REVISED_BUNDLE);
    const notes = changed.length > 0 ? await writeRevisedBundle(changed, language, revised, pagesFolder) : 0;
    // Both bundles are read by the main one's script: they must come from the same Pagefind.
    if (changed.length === 0 || (await pagefindVersion(revised)) === (await pagefindVersion(bundle))) {
      await writeRevisions(bundle, { bundle: changed.length > 0 ? `${REVISED_BUNDLE}/` : null, replaced: replaced.sort(), parts });
      return { documents: pages.length, indexed: changed.length, editorNotes: notes, replaced: replaced.length, bundle };
    }
    await rm(bundle, { recursive: true, force: true });
  }
  const full = await startFullIndex({ bundle, language, cache, partSize }, made);
  for (const page of pages) full.add(page);
  return full.finish();
}

export interface FullIndexFeed {
  add(page: Page): void;
  finish(): Promise<IndexSummary>;
}

/**
 * A main bundle indexed in full, fed page by page (a full build feeds it as the documents render,
 * ./streamed-index.ts): each part is written as it fills (./bundle-writer.ts), and finish() saves
 * the bundle and its pages' digests for a rebuild to revise. `made`: madeWith(language).
 */
export async function startFullIndex({ bundle, language, cache, partSize = PART_SIZE }: Omit<IndexSiteOptions, 'documents'>, made: string): Promise<FullIndexFeed> {
  // Pagefind writes into existing files: an earlier site's pagefind/ and the saved copy share them (hard links).
  await Promise.all([rm(bundle, { recursive: true, force: true }), rm(pagesFolderOf(bundle), { recursive: true, force: true })]);
  const parts = new FullIndex(bundle, language, partSize);
  const pages: Array<Pick<Page, 'url' | 'digest'>> = [];
  return {
    add(page) {
      pages.push({ url: page.url, digest: page.digest });
      parts.add(page);
    },
    async finish() {
      const { parts: written, notes } = await parts.finish();
      await saveMain(bundle, cache, made, pages, written);
      return { documents: pages.length, indexed: pages.length, editorNotes: notes, replaced: 0, bundle };
    },
  };
}

/** After a full index in `parts` parts: names them in the bundle, and saves it and its pages' digests for a rebuild to revise. */
async function saveMain(bundle: string, cache: string, made: string, pages: ReadonlyArray<Pick<Page, 'url' | 'digest'>>, parts: number): Promise<void> {
  await writeRevisions(bundle, { bundle: null, replaced: [], parts: Array.from({ length: parts - 1 }, (_, at) => `${PARTS_FOLDER}/${at + 1}/`) });
  // The state goes last: a build stopped half-way leaves none, and the next one indexes everything.
  await rm(path.join(cache, 'state.json'), { force: true });
  await copyFolder(bundle, path.join(cache, 'main'));
  const saved: CacheState = { made, pages: Object.fromEntries(pages.map((page) => [page.url, page.digest])) };
  await writeFile(path.join(cache, 'state.json'), JSON.stringify(saved));
}

/** The cache's state, if it is of this code and its main bundle is still there. */
export async function readState(cache: string, made: string): Promise<CacheState | undefined> {
  try {
    const state = JSON.parse(await readFile(path.join(cache, 'state.json'), 'utf8')) as CacheState;
    await access(path.join(cache, 'main', 'pagefind-entry.json'));
    return state.made === made ? state : undefined;
  } catch {
    return undefined;
  }
}

async function pagefindVersion(bundle: string): Promise<string> {
  return (JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { version: string }).version;
}

/** The revisions file of a bundle copied from the cache. */
async function readRevisions(bundle: string): Promise<Revisions> {
  return withDefaults(JSON.parse(await readFile(path.join(bundle, REVISIONS_FILE), 'utf8')) as Partial<Revisions>);
}

async function writeRevisions(bundle: string, revisions: Revisions): Promise<void> {
  // The file may be a link to the saved bundle's (src/build/copy-folder.ts): a new file, not the same one rewritten.
  await rm(path.join(bundle, REVISIONS_FILE), { force: true });
  await writeFile(path.join(bundle, REVISIONS_FILE), JSON.stringify(revisions));
}
