/**
 * The search index of a build, fed document by document as the content loader renders them
 * (./index-feed.ts), rather than made from the whole collection once Astro renders the pages.
 *
 * When there is no saved main bundle to revise (a first build, or the search code changed), every
 * page will be indexed: Pagefind reads the pages in batches as they come, while the other
 * documents are still rendering, and each part of the bundle (./index-site.ts) is written as soon
 * as it is full. On 1,000 documents Pagefind had otherwise run for 10 s after Astro's pages were
 * done, on one core. When there is a saved bundle, the pages are kept until the last, and
 * indexSite decides what to index again.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { type IndexSiteOptions, type IndexSummary, indexSite, madeWith, newIndex, type Page, PART_SIZE, pagesFolderOf, partBundle, readPages, readState, saveMain, toPage, writeIndex } from './index-site.ts';

export interface Indexer {
  /** A document's search record as the loader wrote it (JSON), by the address of its page. */
  add(url: string, json: string): void;
  /** Once every document is added: the bundle, made. */
  finish(): Promise<IndexSummary>;
}

/** Documents read by Pagefind at a time: it reads a batch on every core. */
const BATCH = 40;

export function startIndexing(options: Omit<IndexSiteOptions, 'documents'>): Indexer {
  const { bundle, language, cache, partSize = PART_SIZE } = options;
  // Kept for indexSite until it is known that every page is indexed as it comes.
  let documents: Array<{ url: string; json: string }> | undefined = [];
  let stream: FullIndex | undefined;
  const made = madeWith(language);
  // Documents added before this is known wait in `documents`.
  const ready = made.then(async (digest) => {
    if (await readState(cache, digest)) return;
    await Promise.all([rm(bundle, { recursive: true, force: true }), rm(pagesFolderOf(bundle), { recursive: true, force: true })]);
    stream = new FullIndex(bundle, language, partSize);
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
      if (!stream) return indexSite({ ...options, documents: documents! });
      const { pages, parts, notes } = await stream.finish();
      await saveMain(bundle, cache, await made, pages, parts);
      return { documents: pages.length, indexed: pages.length, editorNotes: notes, replaced: 0, bundle };
    },
  };
}

/**
 * Pagefind's Node API runs one Pagefind process per copy of its module, and does one thing at a
 * time in it; an import with a query is another copy. With two, one part is read while the one
 * before it is written, on one thread: on 1,000 documents, writing the first part held up the
 * second for 7 s. No more than two parts are ever in Pagefind at once.
 */
type Pagefind = typeof pagefind;
const services: Promise<[Pagefind, Pagefind]> = import(`${import.meta.resolve('pagefind')}?second-process`).then((second: Pagefind) => [pagefind, second]);

/**
 * A main bundle written part by part, each by a Pagefind process that ends and gives back its
 * memory once the part is written. Part N is read and written by process N mod 2, in order.
 */
class FullIndex {
  /** The address and digest of every page, for the saved state. */
  readonly pages: Array<Pick<Page, 'url' | 'digest'>> = [];
  private part = 0;
  private partSize = 0;
  private batch: Page[] = [];
  private batches = 0;
  private notes = 0;
  /** The index of each part being read, made by the first step that reads into it. */
  private readonly indexes = new Map<number, pagefind.PagefindIndex>();
  /** The steps of each process, in order. */
  private readonly work: [Promise<void>, Promise<void>] = [Promise.resolve(), Promise.resolve()];
  private readonly bundle: string;
  private readonly language: string;
  private readonly maxPartSize: number;

  constructor(bundle: string, language: string, maxPartSize: number) {
    this.bundle = bundle;
    this.language = language;
    this.maxPartSize = maxPartSize;
  }

  add(page: Page): void {
    // A part holds at most maxPartSize characters of records; a larger page is a part alone.
    if (this.partSize > 0 && this.partSize + page.size > this.maxPartSize) {
      this.readBatch();
      this.writePart();
    }
    this.pages.push({ url: page.url, digest: page.digest });
    this.batch.push(page);
    this.partSize += page.size;
    if (this.batch.length >= BATCH) this.readBatch();
  }

  async finish(): Promise<{ pages: Array<Pick<Page, 'url' | 'digest'>>; parts: number; notes: number }> {
    this.readBatch();
    this.writePart();
    await Promise.all(this.work);
    return { pages: this.pages, parts: this.part, notes: this.notes };
  }

  /** Runs `step` in process `part` mod 2 once its earlier steps are done. */
  private then(part: number, step: (service: Pagefind) => Promise<void>): void {
    const at = part % 2;
    this.work[at] = this.work[at].then(async () => step((await services)[at]!));
    // Awaited by finish(); a failure there, not as an unhandled rejection before.
    this.work[at].catch(() => undefined);
  }

  private readBatch(): void {
    if (this.batch.length === 0) return;
    const [batch, part] = [this.batch, this.part];
    const folder = path.join(pagesFolderOf(this.bundle), String(part), String(this.batches++));
    this.batch = [];
    this.then(part, async (service) => {
      if (!this.indexes.has(part)) this.indexes.set(part, await newIndex(this.language, service));
      this.notes += await readPages(this.indexes.get(part)!, batch, this.language, true, folder);
    });
  }

  private writePart(): void {
    const part = this.part++;
    this.partSize = 0;
    this.then(part, async (service) => {
      try {
        await writeIndex(this.indexes.get(part) ?? (await newIndex(this.language, service)), partBundle(this.bundle, part));
      } finally {
        this.indexes.delete(part);
        await service.close();
      }
    });
  }
}
