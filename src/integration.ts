/**
 * The reader's Astro integration: checks the reader's options and hands them to the site's code,
 * and assembles what runs around Astro's own build: the search index (src/search/), fed by the
 * content loader as it renders and finished while Astro renders the pages, each document's .md,
 * .txt and .html files (src/build/document-files.ts), and the check of the built pages (src/checks/).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { copyFolder } from './build/copy-folder.ts';
import { loaderChannel } from './build/loader-channel.ts';
import { placeDocumentFiles } from './build/document-files.ts';
import { readHtmlPages } from './build/html-pages.ts';
import { markOutDir, prepareOutDir, removeStaleOutput } from './build/out-dir.ts';
import { describeDuplicateIds, findDuplicateIds } from './checks/duplicate-ids.ts';
import { type ReaderConfig, type ReaderOptions, type ReaderOptionsResolved, resolveOptions, siteAndBase } from './config.ts';
import { readRenderedCollection, siteKey } from './content/rendered-html.ts';
import { bundleRenderWorker } from './content/worker-bundle.ts';
import type { IndexSummary } from './search/index-site.ts';
import { type Indexer, startIndexing } from './search/streamed-index.ts';

export const INTEGRATION_NAME = 'annotated-reader';
const VIRTUAL_CONFIG = 'virtual:reader/config';

/** The reader's integration, with its options checked (src/config.ts lists them); the command-line tools read `options`. */
export default function reader(userOptions: ReaderOptions = {}): AstroIntegration & { options: ReaderOptionsResolved } {
  const options = resolveOptions(userOptions);
  let config: ReaderConfig | undefined;
  /** The search index, fed by the content loader as it renders (src/build/loader-channel.ts), and made. */
  let indexer: Indexer | undefined;
  let indexing: Promise<IndexSummary> | undefined;
  let command = '';
  let outDir = '';
  /** When this build began, and whether it kept the last build's output folder (src/build/out-dir.ts). */
  let startedAt = 0;
  let keptOutDir = false;
  /** Each document's .md, .txt and .html files, put in place while Astro renders the pages. */
  let documentFiles: Promise<string[]> | undefined;
  return {
    name: INTEGRATION_NAME,
    options,
    hooks: {
      'astro:config:setup': ({ config: astro, command: running, updateConfig, injectRoute }) => {
        command = running;
        const { site, base } = siteAndBase({ site: astro.site, base: astro.base });
        // Pages read a document's file by its entry's filePath, which is relative to the project root,
        // and its rendering from Astro's cache folder (src/content/rendered-html.ts).
        config = { ...options, site, base, root: fileURLToPath(astro.root), cacheDir: fileURLToPath(astro.cacheDir) };
        updateConfig({ site, base, vite: { plugins: [virtualModule(VIRTUAL_CONFIG, `export default ${JSON.stringify(config)};`)] } });
        // The content loader's render worker, bundled while Astro starts (src/content/worker-bundle.ts);
        // a failure is the loader's to report, when it waits for it.
        if (command === 'build' || command === 'dev') {
          const renderWorker = bundleRenderWorker(config.cacheDir);
          renderWorker.catch(() => undefined);
          loaderChannel().renderWorker = renderWorker;
        }
        // The output folder is emptied by the reader, and only when it must be.
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
        // A build puts each document's .md, .txt and .html files in place itself (src/build/document-files.ts).
        if (command === 'dev') {
          for (const [pattern, route] of [['/[stem].md', 'markdown'], ['/[stem].txt', 'text'], ['/[stem].html', 'redirect']]) {
            injectRoute({ pattern: pattern!, entrypoint: new URL(`./routes/${route}.ts`, import.meta.url) });
          }
        }
      },
      'astro:config:done': ({ config: astro }) => {
        // Where the content loader filed this site's records (src/content/rendered-html.ts).
        outDir = fileURLToPath(astro.outDir);
        // Only a build makes a search index; the content sync that comes next feeds it.
        if (command !== 'build') return;
        const cache = path.join(config!.cacheDir, 'reader-search');
        // Made in the cache folder, one per site built: linked into dist/ once the pages are written.
        indexer = startIndexing({ bundle: path.join(cache, `out-${siteKey(outDir)}`), language: config!.language, cache });
        loaderChannel().indexFeed = indexer;
      },
      // The content is synced, every record fed to the index: Pagefind finishes it while Astro
      // renders the pages.
      'astro:build:start': async () => {
        const { cacheDir } = config!;
        delete loaderChannel().indexFeed;
        indexing = indexer!.finish();
        startedAt = Date.now();
        keptOutDir = await prepareOutDir(outDir, cacheDir);
        documentFiles = readRenderedCollection(cacheDir, outDir).then(({ documents }) => placeDocumentFiles(outDir, cacheDir, documents, config!, keptOutDir));
        // Awaited in astro:build:done; a failure there, not as an unhandled rejection before.
        indexing.catch(() => undefined);
        documentFiles.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        // The search index's folder is put in place whole, below.
        const placed = await documentFiles!;
        if (keptOutDir) await removeStaleOutput(site, new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...placed]), startedAt, ['pagefind']);
        const duplicates = await findDuplicateIds(await readHtmlPages(site), path.join(config!.cacheDir, 'reader-checked-pages.json'));
        // A faulty site stops the build after the index is written, so that Pagefind is not left running.
        const summary = await indexing!;
        if (duplicates.length > 0) throw new Error(describeDuplicateIds(duplicates));
        const bundle = path.join(site, 'pagefind');
        await copyFolder(summary.bundle, bundle);
        const what = `${summary.indexed} document(s) and ${summary.editorNotes} editor's note(s) and gloss(es)`;
        if (summary.indexed === summary.documents && summary.replaced === 0) logger.info(`search: indexed ${what} into ${bundle}`);
        else if (summary.indexed === 0 && summary.replaced === 0) logger.info(`search: kept the index of ${summary.documents} document(s), unchanged since the last build`);
        else logger.info(`search: kept the index of ${summary.documents} document(s) and indexed the ${what} changed since, into ${bundle}/revised`);
        await markOutDir(outDir, config!.cacheDir);
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
