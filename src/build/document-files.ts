/**
 * Each document's files beside its page: `<stem>.md` (its Markdown form), `<stem>.txt` (the
 * editor's text) and `<stem>.html` (the original site's address, which sends the reader on to the
 * page). A build puts them into the output folder itself rather than rendering them as Astro
 * routes: on 1,000 documents those 3,000 small routes took 4.5 s of the pages phase (each one
 * rendered, written twice and recorded by the incremental build), where a copy of the file the
 * content loader wrote (src/content/rendered-html.ts) is made by the kernel. A copy, not a hard
 * link: a file changed in the output folder must not change the cache's.
 * In `astro dev` the routes of src/routes/ serve the same files.
 */
import { constants } from 'node:fs';
import { access, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ReaderConfig } from '../config.ts';
import { publishedFilesOf, siteKey } from '../content/rendered-html.ts';

export interface PublishedDocument {
  stem: string;
  digest: string;
  title: string;
}

type SiteSettings = Pick<ReaderConfig, 'base' | 'site' | 'title' | 'language'>;

/**
 * Puts every document's three files into `outDir`; returns their paths. `kept`: the folder holds
 * the last finished build (src/build/out-dir.ts), whose files are named in the cache folder: a
 * document's that have not changed since are left as they are.
 */
export async function placeDocumentFiles(outDir: string, cacheDir: string, documents: readonly PublishedDocument[], site: SiteSettings, kept: boolean): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const record = path.join(cacheDir, `reader-placed-${siteKey(outDir)}.json`);
  const before: Record<string, string> = kept ? JSON.parse(await readFile(record, 'utf8').catch(() => '{}')) : {};
  // What a document's files are made of: its rendering, its title (in the redirect page), the site's settings.
  const made = (document: PublishedDocument) => JSON.stringify([document.digest, document.title, site.base, site.site, site.title, site.language]);
  // Written anew before the files, so that a build stopped half-way leaves no record of them.
  await rm(record, { force: true });
  const placed = await Promise.all(
    documents.map(async (document) => {
      const { stem, digest, title } = document;
      const files = { markdown: path.join(outDir, `${stem}.md`), text: path.join(outDir, `${stem}.txt`), redirect: path.join(outDir, `${stem}.html`) };
      // As Astro does with the pages it keeps, a file gone from the folder is made again.
      const unchanged = before[stem] === made(document) && (await Promise.all(Object.values(files).map(exists))).every(Boolean);
      if (!unchanged) {
        const published = publishedFilesOf(cacheDir, digest);
        await Promise.all([
          copyFile(published.markdown, files.markdown, constants.COPYFILE_FICLONE),
          copyFile(published.text, files.text, constants.COPYFILE_FICLONE),
          writeFile(files.redirect, redirectPage(stem, title, site)),
        ]);
      }
      return Object.values(files);
    }),
  );
  await writeFile(record, JSON.stringify(Object.fromEntries(documents.map((document) => [document.stem, made(document)]))));
  return placed.flat();
}

/**
 * The page at `/<stem>.html`, the original site's address: static hosts cannot redirect by
 * themselves, so it uses a meta refresh (no script, allowed by a strict CSP), names the canonical
 * address for search engines, and shows a link for anyone the refresh skips.
 */
export function redirectPage(stem: string, title: string, site: SiteSettings): string {
  const target = `${site.base}${stem}/`;
  const page = h('html', { lang: site.language }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', `${title} · ${site.title}`),
      h('meta', { httpEquiv: 'refresh', content: `0; url=${target}` }),
      h('link', { rel: 'canonical', href: new URL(target, site.site).href }),
      h('meta', { name: 'robots', content: 'noindex' }),
      // Without it, browsers ask for /favicon.ico at the domain's root, outside a base path.
      h('link', { rel: 'icon', href: `${site.base}favicon.svg`, type: 'image/svg+xml' }),
    ]),
    h('body', [h('p', ['This page is now at ', h('a', { href: target }, title), '.'])]),
  ]);
  return toHtml({ type: 'root', children: [{ type: 'doctype' }, page] }, { upperDoctype: true });
}

const exists = (file: string) => access(file).then(
  () => true,
  () => false,
);
