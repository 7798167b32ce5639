/**
 * The reader's Astro integration: assembles the parts that run around Astro's own build.
 * Search indexing is added by src/search/ once the pages are written.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readHtmlPages } from './build/html-pages.ts';
import { describeDuplicateIds, findDuplicateIds } from './checks/duplicate-ids.ts';
import { type ReaderConfig, type ReaderOptions, type ReaderOptionsResolved, resolveOptions, siteAndBase } from './config.ts';
import { readRenderedCollection, readSearchRecord } from './content/rendered-html.ts';
import { indexSite } from './search/index-site.ts';

export const INTEGRATION_NAME = 'annotated-reader';
const VIRTUAL_CONFIG = 'virtual:reader/config';

/** The reader's integration, with its options checked (src/config.ts lists them); the command-line tools read `options`. */
export default function reader(userOptions: ReaderOptions = {}): AstroIntegration & { options: ReaderOptionsResolved } {
  const options = resolveOptions(userOptions);
  let config: ReaderConfig | undefined;
  return {
    name: INTEGRATION_NAME,
    options,
    hooks: {
      'astro:config:setup': ({ config: astro, updateConfig }) => {
        const { site, base } = siteAndBase({ site: astro.site, base: astro.base });
        // Pages read a document's file by its entry's filePath, which is relative to the project root,
        // and its rendering from Astro's cache folder (src/content/rendered-html.ts).
        config = { ...options, site, base, root: fileURLToPath(astro.root), cacheDir: fileURLToPath(astro.cacheDir) };
        updateConfig({ site, base, vite: { plugins: [virtualModule(VIRTUAL_CONFIG, `export default ${JSON.stringify(config)};`)] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The check reads the pages while Pagefind's binary indexes them: a faulty site still stops
        // the build, after the index is written.
        const site = fileURLToPath(dir);
        const { cacheDir, language } = config!;
        const { documents } = await readRenderedCollection(cacheDir);
        const records = await Promise.all(documents.map(async ({ stem, digest }) => ({ url: `/${stem}/`, record: await readSearchRecord(cacheDir, digest) })));
        const [duplicates, summary] = await Promise.all([
          readHtmlPages(site).then((pages) => findDuplicateIds(pages, path.join(cacheDir, 'reader-checked-pages.json'))),
          indexSite({ site, documents: records, language, cache: path.join(cacheDir, 'reader-search') }),
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

/** A Vite plugin that serves `source` as the module `id`, as Starlight hands its settings to pages. */
function virtualModule(id: string, source: string) {
  const resolved = `\0${id}`;
  return {
    name: id,
    resolveId: (name: string) => (name === id ? resolved : undefined),
    load: (name: string) => (name === resolved ? source : undefined),
  };
}
