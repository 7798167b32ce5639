/**
 * Each document's rendered HTML lives in a file of Astro's cache folder named by its entry's digest,
 * not in the content layer's data store: Astro compiles the whole store into the build's code and
 * keeps it in memory, which on 500 documents cost a gigabyte of memory and a tenth of the build.
 * The loader writes the files (./loader.ts); the document page reads its own.
 */
import { access, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Astro's cache folder, defined by the integration (src/integration.ts) in the site's code. */
declare const __READER_CACHE__: string | undefined;

const FOLDER = 'reader-html';
/** Files no build has used for this long are removed (younger ones may belong to a build running now). */
const KEEP_UNUSED_MS = 60 * 60 * 1000;

function fileOf(cacheDir: string, digest: string): string {
  return path.join(cacheDir, FOLDER, `${digest}.html`);
}

export async function writeRenderedHtml(cacheDir: string, digest: string, html: string): Promise<void> {
  await mkdir(path.join(cacheDir, FOLDER), { recursive: true });
  await writeFile(fileOf(cacheDir, digest), html);
}

export async function hasRenderedHtml(cacheDir: string, digest: string): Promise<boolean> {
  return access(fileOf(cacheDir, digest)).then(
    () => true,
    () => false,
  );
}

/** The rendered HTML of the entry with this digest, for its page. */
export async function readRenderedHtml(stem: string, digest: string | undefined): Promise<string> {
  if (typeof __READER_CACHE__ !== 'string') throw new Error('readRenderedHtml runs in the site built by the reader integration (src/integration.ts)');
  const file = fileOf(__READER_CACHE__, digest ?? '');
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
    if (used.has(name.replace(/\.html$/, ''))) continue;
    const file = path.join(folder, name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > KEEP_UNUSED_MS) await rm(file, { force: true });
  }
}
