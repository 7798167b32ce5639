/**
 * `cacheKey` for the pages of `getStaticPaths()`, for Astro's incremental build
 * (`experimental.incrementalBuild` in astro.config.mjs): a page whose key and code are unchanged
 * since the last build is copied from it instead of rendered again.
 *
 * The key is a hash of everything the page is given: its props, in which a collection entry stands
 * for its digest (text, settings and pipeline code: src/content/loader.ts). A page that reads
 * anything else (another `getCollection`, a file) must pass it as a prop, or it would be reused stale.
 * Every route of a document has one, even the small ones (`.txt`, `.html`): on a 500-document site,
 * rendering those again took a third of a rebuild, copying them a tenth of that.
 */
import { createHash } from 'node:crypto';

interface EntryLike {
  id: string;
  collection: string;
  digest?: string;
}

export function pageCacheKey(props: Record<string, unknown>): string {
  const json = JSON.stringify(props, (_key, value: unknown) =>
    isEntry(value) && value.digest ? { collection: value.collection, id: value.id, digest: value.digest } : value,
  );
  return createHash('sha256').update(json).digest('base64url');
}

function isEntry(value: unknown): value is EntryLike {
  return typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'digest' in value;
}
