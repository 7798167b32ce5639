/**
 * Builds the search index of a built site with Pagefind's Node API, as Starlight does after the
 * build: index the document pages (only their `data-pagefind-body`: the document, not the site
 * around it), add the editor's notes and glosses as records of their own, and write the bundle to
 * `<site>/pagefind/`. Pages without a document (home, works, 404) stay out, even on a site that
 * has no document yet.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { editorRecords } from './editor-records.ts';

export interface IndexSiteOptions {
  /** The built site's folder (Astro's `dir`). */
  site: string;
  /** Language of the documents, an ISO 639-1 code. */
  language: string;
}

export interface IndexSummary {
  /** Pages with a document (`data-pagefind-body`); the site's other pages stay out of the index. */
  documents: number;
  editorRecords: number;
  bundle: string;
}

export async function indexSite({ site, language }: IndexSiteOptions): Promise<IndexSummary> {
  const bundle = path.join(site, 'pagefind');
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(createErrors.join('\n'));
    let documents = 0;
    let records = 0;
    // Pagefind's binary indexes a page while this process reads the next and finds its notes: the
    // calls are not awaited one by one (on two cores that saves a tenth of a large site's build).
    const added: Array<Promise<void>> = [];
    for (const file of await htmlFiles(site)) {
      const html = await readFile(path.join(site, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      added.push(index.addHTMLFile({ url: pageUrl(file), content: html }).then(({ errors }) => check(errors, `indexing ${path.join(site, file)}`)));
      documents += 1;
      for (const record of editorRecords(html, pageUrl(file), language)) {
        added.push(index.addCustomRecord(record).then(({ errors }) => check(errors, `indexing ${record.url}`)));
        records += 1;
      }
    }
    await Promise.all(added);
    const { errors: writeErrors } = await index.writeFiles({ outputPath: bundle });
    check(writeErrors, `writing the search bundle to ${bundle}`);
    return { documents, editorRecords: records, bundle };
  } finally {
    await pagefind.close();
  }
}

function check(errors: string[], doing: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed while ${doing}:\n${errors.join('\n')}`);
}

async function htmlFiles(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.html') && !entry.startsWith(`pagefind${path.sep}`)).sort();
}

/** `beria/index.html` -> `/beria/`, as Pagefind names the page (the base path is added in the browser). */
export function pageUrl(file: string): string {
  const url = `/${file.split(path.sep).join('/')}`;
  return url.replace(/index\.html$/, '');
}
