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
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ReaderConfig } from '../config.ts';
import { publishedFilesOf } from '../content/rendered-html.ts';

export interface PublishedDocument {
  stem: string;
  digest: string;
  title: string;
}

type SiteSettings = Pick<ReaderConfig, 'base' | 'site' | 'title' | 'language'>;

/** Puts every document's three files into `outDir`, replacing what was there; returns their paths. */
export async function placeDocumentFiles(outDir: string, cacheDir: string, documents: readonly PublishedDocument[], site: SiteSettings): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const placed = await Promise.all(
    documents.map(async ({ stem, digest, title }) => {
      const published = publishedFilesOf(cacheDir, digest);
      const files = { markdown: path.join(outDir, `${stem}.md`), text: path.join(outDir, `${stem}.txt`), redirect: path.join(outDir, `${stem}.html`) };
      await Promise.all([
        copyFile(published.markdown, files.markdown, constants.COPYFILE_FICLONE),
        copyFile(published.text, files.text, constants.COPYFILE_FICLONE),
        writeFile(files.redirect, redirectPage(stem, title, site)),
      ]);
      return Object.values(files);
    }),
  );
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
