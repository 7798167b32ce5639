/**
 * The reader's Astro integration: assembles the parts that run around Astro's own build.
 * Search indexing is added by src/search/ once the pages are written.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describeDuplicateIds, findDuplicateIds } from './checks/duplicate-ids.ts';
import { config } from './config.ts';
import { indexSite } from './search/index-site.ts';

export default function reader(): AstroIntegration {
  return {
    name: 'annotated-reader',
    hooks: {
      'astro:config:setup': ({ config: astro, updateConfig }) => {
        // Pages read a document's file by its entry's filePath, which is relative to the project root,
        // and its rendering from Astro's cache folder (src/content/rendered-html.ts).
        const define = { __READER_ROOT__: JSON.stringify(fileURLToPath(astro.root)), __READER_CACHE__: JSON.stringify(fileURLToPath(astro.cacheDir)) };
        updateConfig({ vite: { define } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The check reads the pages while Pagefind's binary indexes them: a faulty site still stops
        // the build, after the index is written.
        const [duplicates, summary] = await Promise.all([findDuplicateIds(fileURLToPath(dir)), indexSite({ site: fileURLToPath(dir), language: config.language })]);
        if (duplicates.length > 0) throw new Error(describeDuplicateIds(duplicates));
        logger.info(`search: indexed ${summary.documents} document(s) and ${summary.editorRecords} editor's note(s) and gloss(es) into ${summary.bundle}`);
      },
    },
  };
}
