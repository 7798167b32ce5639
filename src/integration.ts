/**
 * The reader's Astro integration: assembles the parts that run around Astro's own build.
 * Search indexing is added by src/search/ once the pages are written.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readHtmlPages } from './build/html-pages.ts';
import { describeDuplicateIds, findDuplicateIds } from './checks/duplicate-ids.ts';
import { config } from './config.ts';
import { readRenderedCollection, readSearchRecord } from './content/rendered-html.ts';
import { indexSite } from './search/index-site.ts';

export default function reader(): AstroIntegration {
  /** Astro's cache folder, where a rebuild finds what the last build learned (search, checks). */
  let cacheDir = '';
  return {
    name: 'annotated-reader',
    hooks: {
      'astro:config:setup': ({ config: astro, updateConfig }) => {
        cacheDir = fileURLToPath(astro.cacheDir);
        // Pages read a document's file by its entry's filePath, which is relative to the project root,
        // and its rendering from Astro's cache folder (src/content/rendered-html.ts).
        const define = { __READER_ROOT__: JSON.stringify(fileURLToPath(astro.root)), __READER_CACHE__: JSON.stringify(fileURLToPath(astro.cacheDir)) };
        updateConfig({ vite: { define } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The check reads the pages while Pagefind's binary indexes them: a faulty site still stops
        // the build, after the index is written.
        const site = fileURLToPath(dir);
        const { documents } = await readRenderedCollection(cacheDir);
        const records = await Promise.all(documents.map(async ({ stem, digest }) => ({ url: `/${stem}/`, record: await readSearchRecord(cacheDir, digest) })));
        const [duplicates, summary] = await Promise.all([
          readHtmlPages(site).then((pages) => findDuplicateIds(pages, path.join(cacheDir, 'reader-checked-pages.json'))),
          indexSite({ site, documents: records, language: config.language, cache: path.join(cacheDir, 'reader-search') }),
        ]);
        if (duplicates.length > 0) throw new Error(describeDuplicateIds(duplicates));
        const what = `${summary.indexed} document(s) and ${summary.editorNotes} editor's note(s) and gloss(es)`;
        if (summary.indexed === summary.documents && summary.replaced === 0) logger.info(`search: indexed ${what} into ${summary.bundle}`);
        else if (summary.indexed === 0 && summary.replaced === 0) logger.info(`search: kept the index of ${summary.documents} document(s), unchanged since the last build`);
        else logger.info(`search: kept the index of ${summary.documents} document(s) and indexed the ${what} changed since, into ${summary.bundle}/revised`);
      },
    },
  };
}
