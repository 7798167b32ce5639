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
import { decodeText } from '../parser/index.ts';
import { listDocumentFiles, restoreProblems, type StoredProblem } from './document-file.ts';
import { hasRendering, pruneRenderedHtml, writeRenderedCollection } from './rendered-html.ts';
import type { RenderJob, RenderSettings } from './render-job.ts';
import { renderAll } from './render-pool.ts';
import { documentSchema } from './schema.ts';

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
    load: async ({ store, logger, generateDigest, config }) => {
      const root = new URL('.', config.root);
      const directory = path.resolve(root.pathname, options.directory);
      const names = await listDocumentFiles(directory);
      const stems = new Set(names.map((name) => name.slice(0, -'.txt'.length)));
      // A rendering depends on the text, on which documents exist (links between them), on the
      // settings and on the pipeline's own code: all of them are part of every digest.
      const collection = [...stems].join('\n');
      const pipeline = generateDigest(await sourceText(root.pathname, ['src/parser', 'src/markdown', 'src/content', 'src/citation', 'src/search']));
      const cacheDir = fileURLToPath(config.cacheDir);
      const settings: RenderSettings = { cacheDir, documents: [...stems], base: options.base, originalBase: options.originalBase };
      const entries: Array<{ stem: string; digest: string }> = [];
      const files = new Map<string, VFile>();
      const jobs: RenderJob[] = [];
      // Read all at once: one by one, a large collection's build spent a fifth of this step waiting on the disk.
      const texts = await Promise.all(names.map((name) => readFile(path.join(directory, name))));
      for (const [at, name] of names.entries()) {
        const stem = name.slice(0, -'.txt'.length);
        // Astro wants entry paths relative to the project root.
        const filePath = path.relative(root.pathname, path.join(directory, name));
        const bytes = texts[at]!;
        const { text, invalid } = decodeText(bytes);
        // The stem too: the rendering names its document, and a copy of a file under a new name must
        // not share it; and the path, which the entry keeps for its .txt page (another content folder
        // with the same files must not leave the entries pointing at the first).
        const digest = generateDigest(`${filePath}\n${stem}\n${pipeline}\n${collection}\n${options.base}\n${options.originalBase}\n${invalid.map((at) => at.byte).join(',')}\n${text}`);
        entries.push({ stem, digest });
        const stored = store.get(stem);
        if (stored?.digest === digest && (await hasRendering(cacheDir, digest))) {
          // Unchanged: its problems are reported again from the store, so a strict build still sees them.
          files.set(stem, restoreProblems(filePath, (stored.data.problems ?? []) as StoredProblem[]));
        } else {
          jobs.push({ stem, filePath, bytes, digest });
        }
      }
      for (const { job, data } of await renderAll(jobs, settings)) {
        files.set(job.stem, restoreProblems(job.filePath, data.problems));
        store.set({ id: job.stem, data: { ...data }, filePath: job.filePath, digest: job.digest });
      }
      await writeRenderedCollection(cacheDir, { documents: entries });
      const reported = [...files.values()];
      const counts = countProblems(reported);
      const report = formatReport(reported, { infos: options.verbose });
      if (counts.errors + counts.warnings > 0) logger.warn(`Problems in the documents:\n\n${report}`);
      else logger.info(report);
      const stop = failure(reported, options.strict ?? false);
      if (stop) throw new Error(stop);
      for (const id of store.keys()) if (!stems.has(id)) store.delete(id);
      await pruneRenderedHtml(cacheDir, new Set(entries.map((entry) => entry.digest)));
    },
  };
}
