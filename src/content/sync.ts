/**
 * One content sync's rendering: the documents that changed since they were stored are rendered
 * (./render-pool.ts) and stored, and their problems reported. Used by the loader for the whole
 * collection (./loader.ts) and, in `astro dev`, for each change (./watch.ts).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import type { VFile } from 'vfile';
import { loaderChannel } from '../build/loader-channel.ts';
import { countProblems, failure, formatReport } from '../checks/report.ts';
import { restoreProblems, type StoredProblem } from './document-file.ts';
import type { ReaderLoaderOptions } from './loader.ts';
import type { RenderJob, RenderSettings } from './render-job.ts';
import { renderAll } from './render-pool.ts';
import { hasRendering, readSearchRecordJson } from './rendered-html.ts';

/** What a sync knows of the collection, for rendering one document or all of them. */
export interface Collection {
  context: LoaderContext;
  options: ReaderLoaderOptions;
  directory: string;
  /** The stems of the documents there are. */
  stems: Set<string>;
  /** The project root and Astro's cache folder, as paths. */
  root: string;
  cacheDir: string;
  /** Digest of the pipeline's code and dependencies. */
  pipeline: string;
}

/**
 * Renders the documents `names` (file names in the folder) that changed since they were stored and
 * stores them; returns each one's problems, by stem.
 */
export async function renderDocuments(collection: Collection, names: readonly string[]): Promise<Map<string, VFile>> {
  const { context, options, directory, stems, root, cacheDir, pipeline } = collection;
  const files = new Map<string, VFile>();
  const jobs: RenderJob[] = [];
  // In a build, the search index reads each document's record as soon as there is one.
  const feed = loaderChannel().indexFeed;
  const feeding: Array<Promise<void>> = [];
  const keptToIndex = (stem: string, digest: string) => {
    if (feed) feeding.push(readSearchRecordJson(cacheDir, digest).then((json) => feed.add(`/${stem}/`, json)));
  };
  // Read all at once: one by one, a large collection's build spent a fifth of this step waiting on the disk.
  const texts = await Promise.all(names.map((name) => readFile(path.join(directory, name))));
  // A rendering depends on the text, on which documents exist (links between them), on the
  // settings and on the pipeline's own code: all of them are part of every digest.
  const documents = [...stems].sort();
  const shared = `${pipeline}\n${documents.join('\n')}\n${options.base}\n${options.originalBase}`;
  for (const [at, name] of names.entries()) {
    const stem = name.slice(0, -'.txt'.length);
    // Astro wants entry paths relative to the project root.
    const filePath = path.relative(root, path.join(directory, name));
    const bytes = texts[at]!;
    // Of the bytes as they are (what they decode to follows from them); the stem too: the rendering
    // names its document, and a copy of a file under a new name must not share it; and the path,
    // which the entry keeps for its .txt page (another content folder with the same files must not
    // leave the entries pointing at the first).
    const digest = createHash('sha256').update(`${filePath}\n${stem}\n${shared}\n`).update(bytes).digest('base64url');
    const stored = context.store.get(stem);
    if (stored?.digest === digest && (await hasRendering(cacheDir, digest))) {
      // Unchanged: its problems are reported again from the store, so a strict build still sees them.
      files.set(stem, restoreProblems(filePath, (stored.data.problems ?? []) as StoredProblem[]));
      keptToIndex(stem, digest);
    } else {
      jobs.push({ stem, filePath, bytes, digest });
    }
  }
  const settings: RenderSettings = { cacheDir, documents, base: options.base, originalBase: options.originalBase };
  for (const { job, data } of await renderAll(jobs, settings, ({ job }, searchJson) => feed?.add(`/${job.stem}/`, searchJson))) {
    files.set(job.stem, restoreProblems(job.filePath, data.problems));
    context.store.set({ id: job.stem, data: { ...data }, filePath: job.filePath, digest: job.digest });
  }
  await Promise.all(feeding);
  return files;
}

/** Logs the problems of `files`; returns the reason the build must stop, if it must. */
export function report(collection: Collection, files: readonly VFile[]): string | undefined {
  const { context, options } = collection;
  const counts = countProblems(files);
  const text = formatReport(files, { infos: options.verbose });
  if (counts.errors + counts.warnings > 0) context.logger.warn(`Problems in the documents:\n\n${text}`);
  else context.logger.info(text);
  return failure(files, options.strict ?? false);
}
