/**
 * Builds the search index of a built site with Pagefind's Node API, as Starlight does after the
 * build: index the document pages (only their `data-pagefind-body`: the document, not the site
 * around it), add each one's editor's notes and glosses as a page of their own
 * (./editor-notes.ts), and write the bundle to `<site>/pagefind/`. Pages without a document (home,
 * works, 404) stay out, even on a site that has no document yet.
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
 */
import { createHash } from 'node:crypto';
import { access, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { copyFolder } from '../build/copy-folder.ts';
import type { HtmlPage } from '../build/html-pages.ts';
import { sourceText } from '../build/source-text.ts';
import { editorNotesPage } from './editor-notes.ts';
import { PAGE_FILTER, type Revisions, REVISED_BUNDLE, REVISIONS_FILE } from './filters.ts';

export interface IndexSiteOptions {
  /** The built site's folder (Astro's `dir`). */
  site: string;
  /** Its HTML pages (src/build/html-pages.ts). */
  pages: readonly HtmlPage[];
  /** Language of the documents, an ISO 639-1 code. */
  language: string;
  /** A folder kept between builds (in Astro's cacheDir); without it, every build indexes everything. */
  cache?: string;
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
/** The `page` filter as a document page carries it (src/pages/[stem].astro). */
const PAGE_FILTER_ATTRIBUTE = new RegExp(` data-pagefind-filter="${PAGE_FILTER}:[^"]*"`);

interface CacheState {
  /** Digest of this folder's code and the language the main bundle was made with. */
  made: string;
  /** Digest of each page of the main bundle, by address. */
  pages: Record<string, string>;
}

interface Page {
  url: string;
  bytes: Buffer;
  digest: string;
}

export async function indexSite({ site, pages: htmlPages, language, cache }: IndexSiteOptions): Promise<IndexSummary> {
  const bundle = path.join(site, 'pagefind');
  const pages = htmlPages.filter(({ bytes }) => bytes.includes('data-pagefind-body')).map(({ file, bytes, digest }) => ({ url: pageUrl(file), bytes, digest }));
  const made = createHash('sha256').update(`${language}\n${await sourceText(path.dirname(fileURLToPath(import.meta.url)), ['.'])}`).digest('base64url');
  const state = cache ? await readState(cache, made) : undefined;
  const changed = state ? pages.filter((page) => state.pages[page.url] !== page.digest) : pages;
  const current = new Set(pages.map((page) => page.url));
  const changedUrls = new Set(changed.map((page) => page.url));
  const replaced = state ? Object.keys(state.pages).filter((url) => !current.has(url) || changedUrls.has(url)) : [];
  const differing = new Set([...replaced, ...changedUrls]).size;
  const revise = state !== undefined && differing <= REVISED_SHARE * Math.max(pages.length, Object.keys(state.pages).length);

  if (revise) {
    await copyFolder(path.join(cache!, 'main'), bundle);
    const revised = path.join(bundle, REVISED_BUNDLE);
    const notes = changed.length > 0 ? await writeBundle(site, changed, language, revised, false) : 0;
    // Both bundles are read by the main one's script: they must come from the same Pagefind.
    if (changed.length === 0 || (await pagefindVersion(revised)) === (await pagefindVersion(bundle))) {
      await writeRevisions(bundle, { bundle: changed.length > 0 ? `${REVISED_BUNDLE}/` : null, replaced: replaced.sort() });
      return { documents: pages.length, indexed: changed.length, editorNotes: notes, replaced: replaced.length, bundle };
    }
    await rm(bundle, { recursive: true, force: true });
  }
  const notes = await writeBundle(site, pages, language, bundle, true);
  await writeRevisions(bundle, { bundle: null, replaced: [] });
  if (cache) {
    // The state goes last: a build stopped half-way leaves none, and the next one indexes everything.
    await rm(path.join(cache, 'state.json'), { force: true });
    await copyFolder(bundle, path.join(cache, 'main'));
    const saved: CacheState = { made, pages: Object.fromEntries(pages.map((page) => [page.url, page.digest])) };
    await writeFile(path.join(cache, 'state.json'), JSON.stringify(saved));
  }
  return { documents: pages.length, indexed: pages.length, editorNotes: notes, replaced: 0, bundle };
}

/**
 * Indexes `pages` with their editor's notes into a bundle at `outputPath`. The main bundle is
 * every page of the site: Pagefind reads them from `site` itself, on all cores, and every page,
 * notes included, carries the `page` filter, so that a revised bundle can stand in for it. A revised
 * bundle is a few pages, sent as they are but for that filter. Returns the number of notes and glosses.
 */
async function writeBundle(site: string, pages: readonly Page[], language: string, outputPath: string, main: boolean): Promise<number> {
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(createErrors.join('\n'));
    let notes = 0;
    // Pagefind's binary indexes the pages while this process finds their notes: nothing is awaited
    // until everything is sent.
    const added: Array<Promise<void>> = [];
    // On a site without documents Pagefind would index every page: home, works, 404.
    if (main && pages.length > 0) added.push(index.addDirectory({ path: site, glob: '**/*.html' }).then(({ errors }) => check(errors, `indexing ${site}`)));
    for (const { url, bytes } of pages) {
      const html = bytes.toString('utf8');
      if (!main) added.push(index.addHTMLFile({ url, content: html.replace(PAGE_FILTER_ATTRIBUTE, '') }).then(({ errors }) => check(errors, `indexing ${url}`)));
      const notesPage = editorNotesPage(html, url, language, main);
      if (notesPage) {
        added.push(index.addHTMLFile({ url: notesPage.url, content: notesPage.html }).then(({ errors }) => check(errors, `indexing ${notesPage.url}`)));
        notes += notesPage.notes;
      }
    }
    await Promise.all(added);
    const { errors: writeErrors } = await index.writeFiles({ outputPath });
    check(writeErrors, `writing the search bundle to ${outputPath}`);
    return notes;
  } finally {
    await pagefind.close();
  }
}

function check(errors: string[], doing: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed while ${doing}:\n${errors.join('\n')}`);
}

/** The cache's state, if it is of this code and its main bundle is still there. */
async function readState(cache: string, made: string): Promise<CacheState | undefined> {
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

async function writeRevisions(bundle: string, revisions: Revisions): Promise<void> {
  // The file may be a link to the saved bundle's (src/build/copy-folder.ts): a new file, not the same one rewritten.
  await rm(path.join(bundle, REVISIONS_FILE), { force: true });
  await writeFile(path.join(bundle, REVISIONS_FILE), JSON.stringify(revisions));
}

/** `beria/index.html` -> `/beria/`, as Pagefind names the page (the base path is added in the browser). */
export function pageUrl(file: string): string {
  const url = `/${file.split(path.sep).join('/')}`;
  return url.replace(/index\.html$/, '');
}
