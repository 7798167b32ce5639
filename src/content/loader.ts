/**
 * Astro content-layer loader: every `.txt` file in the content folder becomes an entry whose id is
 * the file's stem, rendered by the reader's own unified pipeline (not Astro's Markdown processor).
 * Entries whose text has not changed keep their stored rendering (incremental builds). The rendered
 * HTML goes to a file in Astro's cache folder rather than into the data store (./rendered-html.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { VFile } from 'vfile';
import { countProblems, failure, formatReport } from '../checks/report.ts';
import { sourceText } from '../build/source-text.ts';
import { renderDocument } from '../markdown/processor.ts';
import { decodeText } from '../parser/index.ts';
import { listDocumentFiles, restoreProblems, type StoredProblem, storeProblems } from './document-file.ts';
import { hasRendering, pruneRenderedHtml, writeRenderedCollection, writeRendering } from './rendered-html.ts';
import { documentSchema } from './schema.ts';

export interface ReaderLoaderOptions {
  /** Folder of `.txt` documents, relative to the project root or absolute. */
  directory: string;
  originalBase: string;
  base: string;
  /** Stop the build when a document has warnings (config `strict`, READER_STRICT=1). */
  strict?: boolean;
}

export function readerLoader(options: ReaderLoaderOptions): Loader {
  return {
    name: 'reader-loader',
    schema: documentSchema,
    load: async ({ store, logger, generateDigest, config }) => {
      const root = new URL('.', config.root);
      const directory = path.resolve(root.pathname, options.directory);
      const names = await listDocumentFiles(directory);
      const stems = new Set(names.map((name) => name.slice(0, -'.txt'.length)));
      // A rendering depends on the text, on which documents exist (links between them), on the
      // settings and on the pipeline's own code: all of them are part of every digest.
      const collection = [...stems].join('\n');
      const pipeline = generateDigest(await sourceText(root.pathname, ['src/parser', 'src/markdown', 'src/content', 'src/citation', 'src/search']));
      const seen = new Set<string>();
      const digests = new Set<string>();
      const collectionEntries: Array<{ stem: string; digest: string }> = [];
      const cacheDir = fileURLToPath(config.cacheDir);
      const files: VFile[] = [];
      // Read all at once and write renderings without waiting for each: one by one, a large
      // collection's build spent a fifth of this step waiting on the disk.
      const texts = await Promise.all(names.map((name) => readFile(path.join(directory, name))));
      const writes: Array<Promise<void>> = [];
      for (const [at, name] of names.entries()) {
        const stem = name.slice(0, -'.txt'.length);
        // Astro wants entry paths relative to the project root.
        const filePath = path.relative(root.pathname, path.join(directory, name));
        const bytes = texts[at]!;
        const { text, invalid } = decodeText(bytes);
        // The stem too: the rendering names its document, and a copy of a file under a new name must not share it.
        const digest = generateDigest(`${stem}\n${pipeline}\n${collection}\n${options.base}\n${options.originalBase}\n${invalid.map((at) => at.byte).join(',')}\n${text}`);
        seen.add(stem);
        digests.add(digest);
        collectionEntries.push({ stem, digest });
        const stored = store.get(stem);
        if (stored?.digest === digest && (await hasRendering(cacheDir, digest))) {
          // Unchanged: its problems are reported again from the store, so a strict build still sees them.
          files.push(restoreProblems(filePath, (stored.data.problems ?? []) as StoredProblem[]));
          continue;
        }
        const rendered = renderDocument(bytes, stem, { path: filePath, documents: stems, base: options.base, originalBase: options.originalBase });
        files.push(rendered.file);
        writes.push(writeRendering(cacheDir, digest, rendered));
        store.set({
          id: stem,
          data: { ...rendered.data, stem, messages: rendered.file.messages.length, problems: storeProblems(rendered.file) },
          filePath,
          digest,
        });
      }
      writes.push(writeRenderedCollection(cacheDir, { documents: collectionEntries }));
      await Promise.all(writes);
      const counts = countProblems(files);
      if (counts.errors + counts.warnings > 0) logger.warn(`Problems in the documents:\n\n${formatReport(files)}`);
      else logger.info(formatReport(files));
      const stop = failure(files, options.strict ?? false);
      if (stop) throw new Error(stop);
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      await pruneRenderedHtml(cacheDir, digests);
    },
  };
}
