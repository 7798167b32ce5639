/**
 * Each document's rendered HTML lives in a file of Astro's cache folder named by its entry's digest,
 * not in the content layer's data store: Astro compiles the whole store into the build's code and
 * keeps it in memory, which on 500 documents cost a gigabyte of memory and a tenth of the build.
 * Beside it, its search record (src/search/search-record.ts), which a rebuild's search index reads
 * for the documents it did not render again (src/build/loader-channel.ts), and the document's
 * Markdown form and text as published (`<stem>.md`, `<stem>.txt`).
 * The loader writes the files (./loader.ts); the document page reads its HTML, and a build copies
 * the other two into the output folder (src/build/document-files.ts).
 */
import { access, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';

const FOLDER = 'reader-html';
/** Files no build has used for this long are removed (younger ones may belong to a build running now). */
const KEEP_UNUSED_MS = 60 * 60 * 1000;

function fileOf(cacheDir: string, digest: string): string {
  return path.join(cacheDir, FOLDER, `${digest}.html`);
}

function searchFileOf(cacheDir: string, digest: string): string {
  return path.join(cacheDir, FOLDER, `${digest}.search.json`);
}

/** The files of the entry with this digest that are published as they are: its Markdown form and its text. */
export function publishedFilesOf(cacheDir: string, digest: string): { markdown: string; text: string } {
  return { markdown: path.join(cacheDir, FOLDER, `${digest}.md`), text: path.join(cacheDir, FOLDER, `${digest}.txt`) };
}

export interface Rendering {
  html: string;
  /** The search record (src/search/search-record.ts), as JSON. */
  searchJson: string;
  markdown: string;
  /** The document's text as decoded, published as `<stem>.txt`. */
  text: string;
}

export async function writeRendering(cacheDir: string, digest: string, rendering: Rendering): Promise<void> {
  await mkdir(path.join(cacheDir, FOLDER), { recursive: true });
  const published = publishedFilesOf(cacheDir, digest);
  await Promise.all([
    writeFile(fileOf(cacheDir, digest), rendering.html),
    writeFile(searchFileOf(cacheDir, digest), rendering.searchJson),
    writeFile(published.markdown, rendering.markdown),
    writeFile(published.text, rendering.text),
  ]);
}

export async function hasRendering(cacheDir: string, digest: string): Promise<boolean> {
  const published = publishedFilesOf(cacheDir, digest);
  return Promise.all([fileOf(cacheDir, digest), searchFileOf(cacheDir, digest), published.markdown, published.text].map((file) => access(file))).then(
    () => true,
    () => false,
  );
}

/** The Markdown form or the text of the entry with this digest, for its `.md` or `.txt` route in `astro dev`. */
export async function readPublishedFile(cacheDir: string, digest: string | undefined, kind: 'markdown' | 'text'): Promise<string> {
  return readFile(publishedFilesOf(cacheDir, digest ?? '')[kind], 'utf8');
}

/**
 * The search record of the entry with this digest, as the JSON it was written in, for the search
 * index: it measures and digests the text as it is rather than writing it out again.
 */
export async function readSearchRecordJson(cacheDir: string, digest: string): Promise<string> {
  return readFile(searchFileOf(cacheDir, digest), 'utf8');
}

/** The rendered HTML of the entry with this digest, for its page. */
export async function readRenderedHtml(cacheDir: string, stem: string, digest: string | undefined): Promise<string> {
  const file = fileOf(cacheDir, digest ?? '');
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new Error(`Unexpected missing rendering of \`${stem}\` at ${file}, expected the content loader to have written it; build again with \`astro build --force\` to render every document anew.`);
  }
}

/** Removes the renderings of documents that are gone or changed, once no build can still be reading them. */
export async function pruneRenderedHtml(cacheDir: string, used: ReadonlySet<string>): Promise<void> {
  const folder = path.join(cacheDir, FOLDER);
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (used.has(name.replace(/\..*$/, ''))) continue;
    const file = path.join(folder, name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > KEEP_UNUSED_MS) await rm(file, { force: true });
  }
}

/** The documents of the last content sync, with their digests and titles: the files a build publishes for each. */
export interface RenderedCollection {
  documents: Array<{ stem: string; digest: string; title: string }>;
}

/** A name for the site built into `outDir`: builds of other sites (or a dev server) may share the cache folder. */
export function siteKey(outDir: string): string {
  return createHash('sha1').update(outDir).digest('hex').slice(0, 16);
}

function collectionFileOf(cacheDir: string, outDir: string): string {
  return path.join(cacheDir, FOLDER, `collection-${siteKey(outDir)}.json`);
}

export async function writeRenderedCollection(cacheDir: string, outDir: string, collection: RenderedCollection): Promise<void> {
  await mkdir(path.join(cacheDir, FOLDER), { recursive: true });
  await writeFile(collectionFileOf(cacheDir, outDir), JSON.stringify(collection));
}

export async function readRenderedCollection(cacheDir: string, outDir: string): Promise<RenderedCollection> {
  const file = collectionFileOf(cacheDir, outDir);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as RenderedCollection;
  } catch {
    throw new Error(`Unexpected missing ${file}, expected the content loader to have written it; build again with \`astro build --force\`.`);
  }
}
