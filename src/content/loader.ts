/**
 * Astro content-layer loader: every `.txt` file in the content folder becomes an entry whose id is
 * the file's stem, rendered by the reader's own unified pipeline (not Astro's Markdown processor),
 * on every core (./render-pool.ts). Entries whose text has not changed keep their stored rendering
 * (incremental builds). The rendered HTML goes to a file in Astro's cache folder rather than into
 * the data store (./rendered-html.ts). In `astro dev` the folder is watched (./watch.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { sourceText } from '../build/source-text.ts';
import { listDocumentFiles } from './document-file.ts';
import { pruneRenderedHtml, writeRenderedCollection } from './rendered-html.ts';
import { documentSchema } from './schema.ts';
import { type Collection, renderDocuments, report } from './sync.ts';
import { watchContent } from './watch.ts';

export interface ReaderLoaderOptions {
  /** Folder of `.txt` documents, relative to the project root or absolute. */
  directory: string;
  originalBase: string;
  base: string;
  /** Stop the build when a document has warnings (option `strict`, READER_STRICT=1). */
  strict?: boolean;
  /** List the infos in the report too (option `verbose`). */
  verbose?: boolean;
}

export function readerLoader(options: ReaderLoaderOptions): Loader {
  return {
    name: 'reader-loader',
    schema: documentSchema,
    load: async (context) => {
      const root = fileURLToPath(new URL('.', context.config.root));
      const directory = path.resolve(root, options.directory);
      const names = await listDocumentFiles(directory);
      const collection: Collection = {
        context,
        options,
        directory,
        stems: new Set(names.map((name) => name.slice(0, -'.txt'.length))),
        root,
        cacheDir: fileURLToPath(context.config.cacheDir),
        pipeline: context.generateDigest(await sourceText(root, ['src/parser', 'src/markdown', 'src/content', 'src/citation', 'src/search'])),
      };
      const files = await renderDocuments(collection, names);
      const stop = report(collection, [...files.values()]);
      for (const id of context.store.keys()) if (!collection.stems.has(id)) context.store.delete(id);
      const documents = [...context.store.values()].map((entry) => ({ stem: entry.id, digest: String(entry.digest), title: String(entry.data.title) }));
      await pruneRenderedHtml(collection.cacheDir, new Set(documents.map((entry) => entry.digest)));
      // The editor previewing with `npm run dev` sees the problems; only a build stops on them, and
      // only a build publishes the documents' files, from the collection written here.
      if (context.watcher) return watchContent(collection, context.watcher);
      if (stop) throw new Error(stop);
      await writeRenderedCollection(collection.cacheDir, fileURLToPath(context.config.outDir), { documents });
    },
  };
}
