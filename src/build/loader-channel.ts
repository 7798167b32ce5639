/**
 * What the integration hands the content loader for a build or a dev server: the search index to
 * feed, and the render worker it began bundling while Astro starts. The loader runs in Vite's
 * module graph, the integration in Node's: each graph has its own copy of this module, so the
 * channel is kept on globalThis.
 */
export interface LoaderChannel {
  /** The search index of the build running (src/search/streamed-index.ts), fed as documents are rendered. */
  indexFeed?: IndexFeed;
  /** The render worker as one file (src/content/worker-bundle.ts), being made or made. */
  renderWorker?: Promise<string>;
}

export interface IndexFeed {
  /** A document's search record as the loader wrote it (JSON), by the address of its page. */
  add(url: string, json: string): void;
}

const KEY = Symbol.for('annotated-reader.loader-channel');
const slot = globalThis as { [KEY]?: LoaderChannel };

/** The channel of this process, empty until the integration opens a build or a dev server. */
export function loaderChannel(): LoaderChannel {
  return (slot[KEY] ??= {});
}
