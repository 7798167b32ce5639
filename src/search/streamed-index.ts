/**
 * The search index of a build, fed document by document as the content loader renders them
 * (src/build/loader-channel.ts), rather than made from the whole collection once Astro renders the pages.
 *
 * When there is no saved main bundle to revise (a first build, or the search code changed), every
 * page will be indexed: the pages are written for Pagefind as they come, and each part of the
 * bundle is made as soon as it is full, while the other documents are still rendering
 * (./index-site.ts, ./bundle-writer.ts). On 1,000 documents Pagefind had otherwise run for 10 s
 * after Astro's pages were done, on one core. When there is a saved bundle, the pages are kept
 * until the last, and indexSite decides what to index again.
 */
import { type FullIndexFeed, type IndexSiteOptions, type IndexSummary, indexSite, madeWith, readState, startFullIndex, toPage } from './index-site.ts';

export interface Indexer {
  /** A document's search record as the loader wrote it (JSON), by the address of its page. */
  add(url: string, json: string): void;
  /** Once every document is added: the bundle, made. */
  finish(): Promise<IndexSummary>;
}

export function startIndexing(options: Omit<IndexSiteOptions, 'documents'>): Indexer {
  // Kept for indexSite until it is known that every page is indexed as it comes.
  let documents: Array<{ url: string; json: string }> | undefined = [];
  let stream: FullIndexFeed | undefined;
  // Documents added before this is known wait in `documents`.
  const ready = madeWith(options.language).then(async (made) => {
    if (await readState(options.cache, made)) return;
    stream = await startFullIndex(options, made);
    for (const document of documents!) stream.add(toPage(document));
    documents = undefined;
  });
  return {
    add(url, json) {
      if (stream) stream.add(toPage({ url, json }));
      else documents!.push({ url, json });
    },
    async finish() {
      await ready;
      return stream ? stream.finish() : indexSite({ ...options, documents: documents! });
    },
  };
}
