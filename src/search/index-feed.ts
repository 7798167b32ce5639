/**
 * How the content loader hands each document's search record to the build's index
 * (./streamed-index.ts) as soon as it is rendered. The integration opens the feed for a build;
 * the loader, which runs in Vite's module graph while the integration runs in Node's, finds it
 * here: each graph has its own copy of this module, so the feed is kept on globalThis.
 */
export interface IndexFeed {
  /** A document's search record as the loader wrote it (JSON), by the address of its page. */
  add(url: string, json: string): void;
}

const KEY = Symbol.for('annotated-reader.index-feed');
const slot = globalThis as { [KEY]?: IndexFeed };

export function openIndexFeed(feed: IndexFeed): void {
  slot[KEY] = feed;
}

export function closeIndexFeed(): void {
  delete slot[KEY];
}

/** The feed of the build running, if one is. */
export function indexFeed(): IndexFeed | undefined {
  return slot[KEY];
}
