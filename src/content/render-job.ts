/**
 * Rendering one document for the content loader: the reader's pipeline (src/markdown/processor.ts)
 * and its Markdown form (src/markdown/markdown.ts), written to Astro's cache folder
 * (./rendered-html.ts), and what its entry keeps.
 * Runs in a worker of the render pool (./render-pool.ts), so it takes and returns plain data.
 */
import type { DocumentData } from '../markdown/document-data.ts';
import { VFile } from 'vfile';
import { toMarkdown } from '../markdown/markdown.ts';
import { renderTree } from '../markdown/processor.ts';
import { parseDocument } from '../parser/index.ts';
import { type StoredProblem, storeProblems } from './document-file.ts';
import { problemPlaces } from './problem-places.ts';
import type { Rendering } from './rendered-html.ts';

/** What every render of one content sync shares. */
export interface RenderSettings {
  cacheDir: string;
  /** Stems of the collection's documents, for their cross-references. */
  documents: string[];
  base: string;
  originalBase: string;
}

export interface RenderJob {
  stem: string;
  /** Relative to the project root, as Astro wants it and as messages name the file. */
  filePath: string;
  bytes: Uint8Array;
  digest: string;
}

/** An entry's data as the loader stores it (src/content/schema.ts). */
export type EntryData = DocumentData & { stem: string; messages: number; problems: StoredProblem[] };

export interface RenderedEntry {
  job: Omit<RenderJob, 'bytes'>;
  data: EntryData;
}

/** A document rendered: what its entry keeps, and the files for the cache folder (writeRendering). */
export interface RenderedJob {
  entry: RenderedEntry;
  rendering: Rendering;
}

export function renderJob(job: RenderJob, settings: RenderSettings, documents: ReadonlySet<string>): RenderedJob {
  const { stem, filePath, bytes, digest } = job;
  const file = new VFile({ path: filePath, value: bytes });
  const options = { path: filePath, documents, base: settings.base, originalBase: settings.originalBase };
  const tree = parseDocument(file, options);
  // What parseDocument decoded the bytes to, published as the document's text.
  const text = String(file.value);
  // Read before the HTML plugins turn the tree into HTML.
  const markdown = toMarkdown(tree);
  const places = problemPlaces(tree, file);
  const rendered = renderTree(tree, file, stem, options);
  const problems = storeProblems(rendered.file).map((problem, at) => (places[at] ? { ...problem, fragment: places[at] } : problem));
  return {
    entry: { job: { stem, filePath, digest }, data: { ...rendered.data, stem, messages: problems.length, problems } },
    rendering: { html: rendered.html, searchJson: JSON.stringify(rendered.search), markdown, text },
  };
}
