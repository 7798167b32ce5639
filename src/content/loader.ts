/**
 * Astro content-layer loader: every `.txt` file in the content folder becomes an entry whose id is
 * the file's stem, rendered by the reader's own unified pipeline (not Astro's Markdown processor).
 * Entries whose text has not changed keep their stored rendering (incremental builds).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { reporter } from 'vfile-reporter';
import { renderDocument } from '../markdown/processor.ts';
import { documentSchema } from './schema.ts';

export interface ReaderLoaderOptions {
  /** Folder of `.txt` documents, relative to the project root or absolute. */
  directory: string;
  originalBase: string;
  base: string;
}

export function readerLoader(options: ReaderLoaderOptions): Loader {
  return {
    name: 'reader-loader',
    schema: documentSchema,
    load: async ({ store, logger, generateDigest, config }) => {
      const root = new URL('.', config.root);
      const directory = path.resolve(root.pathname, options.directory);
      const names = (await readdir(directory)).filter((name) => name.endsWith('.txt')).sort();
      const stems = new Set(names.map((name) => name.slice(0, -'.txt'.length)));
      // A rendering depends on the text, on which documents exist (links between them), on the
      // settings and on the pipeline's own code: all of them are part of every digest.
      const collection = [...stems].join('\n');
      const pipeline = generateDigest(await pipelineSource(root.pathname));
      const seen = new Set<string>();
      for (const name of names) {
        const stem = name.slice(0, -'.txt'.length);
        // Astro wants entry paths relative to the project root.
        const filePath = path.relative(root.pathname, path.join(directory, name));
        const text = await readFile(path.join(directory, name), 'utf8');
        const digest = generateDigest(`${pipeline}\n${collection}\n${options.base}\n${options.originalBase}\n${text}`);
        seen.add(stem);
        if (store.get(stem)?.digest === digest) continue;
        const rendered = renderDocument(text, stem, { path: filePath, documents: stems, base: options.base, originalBase: options.originalBase });
        if (rendered.file.messages.length > 0) logger.warn(reporter([rendered.file], { quiet: true }));
        store.set({
          id: stem,
          data: { ...rendered.data, stem, messages: rendered.file.messages.length },
          body: text,
          filePath,
          digest,
          rendered: { html: rendered.html },
        });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}

/** The source of the parser and the pipeline, so that a change to either renders everything again. */
async function pipelineSource(root: string): Promise<string> {
  const parts: string[] = [];
  for (const folder of ['src/parser', 'src/markdown']) {
    const names = await readdir(path.join(root, folder), { recursive: true });
    for (const name of names.filter((entry) => entry.endsWith('.ts')).sort()) {
      parts.push(await readFile(path.join(root, folder, name), 'utf8'));
    }
  }
  return parts.join('\n');
}
