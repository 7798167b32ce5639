/**
 * The built site's HTML pages, for the check that runs after the build, each with a key by which
 * a rebuild knows the pages it has seen before: its size and modification time, so that the pages
 * a rebuild kept as they were are not even read (on 500 documents, reading and hashing every page
 * was a twentieth of a rebuild).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface HtmlPage {
  /** Path relative to the site's folder, `beria/index.html`. */
  file: string;
  /** A cache key, not a seal: a file written again gets a new one. */
  key: string;
  read(): Promise<Buffer>;
}

/** Every `.html` file under `site`, in path order. */
export async function readHtmlPages(site: string): Promise<HtmlPage[]> {
  const files = (await readdir(site, { recursive: true })).filter((name) => name.endsWith('.html')).sort();
  return Promise.all(
    files.map(async (file) => {
      const { size, mtimeMs } = await stat(path.join(site, file));
      return { file, key: `${file} ${size} ${mtimeMs}`, read: () => readFile(path.join(site, file)) };
    }),
  );
}
