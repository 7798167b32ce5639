/**
 * Writing Pagefind bundles (./index-site.ts decides which): the search records become Pagefind
 * pages (./pagefind-pages.ts), written as files for Pagefind to read, and a bundle is written from
 * them, in one Pagefind process (writeBundle) or, for a main bundle, in parts (FullIndex).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { PARTS_FOLDER } from './filters.ts';
import type { Page } from './index-site.ts';
import { documentPage, editorNotesPage } from './pagefind-pages.ts';
import type { SearchRecord } from './search-record.ts';

/** Documents read by Pagefind at a time: it reads a batch on every core. */
const BATCH = 40;

/** Where a bundle's pages are written for Pagefind to read, beside it (one such folder per site). */
export const pagesFolderOf = (bundle: string) => `${bundle}-pages`;

/** Where part `at` (from 1) of a main bundle is written; part 0 is the bundle itself. */
const partBundle = (bundle: string, at: number) => (at === 0 ? bundle : path.join(bundle, PARTS_FOLDER, String(at)));

/** A revised bundle of `pages` with their editor's notes, at `outputPath`; returns the number of notes and glosses. */
export async function writeRevisedBundle(pages: readonly Page[], language: string, outputPath: string, folder: string): Promise<number> {
  await rm(folder, { recursive: true, force: true });
  try {
    const index = await newIndex(language);
    const notes = await readPages(index, pages, language, false, folder);
    await writeIndex(index, outputPath);
    return notes;
  } finally {
    await pagefind.close();
  }
}

/** A new index in `service`'s Pagefind process (this module's copy of Pagefind's API by default). */
async function newIndex(language: string, service: Pick<typeof pagefind, 'createIndex'> = pagefind): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await service.createIndex({ forceLanguage: language });
  if (!index) throw new Error(errors.join('\n'));
  return index;
}

/**
 * Has `index` read `pages` with their editor's notes; returns their number of notes and glosses.
 * `main`: every page of a main bundle, notes included, carries the `page` filter, so that a
 * revised bundle can stand in for it. The pages are written as files into `folder` (which must not
 * exist) for Pagefind to read: it reads a folder on every core, and takes twice as long over pages
 * sent one by one.
 */
async function readPages(index: pagefind.PagefindIndex, pages: readonly Page[], language: string, main: boolean, folder: string): Promise<number> {
  let notes = 0;
  const files = pages.flatMap(({ url, json }) => {
    const record = JSON.parse(json) as SearchRecord;
    notes += record.notes.length;
    return [documentPage(record, url, language, main), editorNotesPage(record, url, language, main) ?? []].flat();
  });
  await Promise.all(
    files.map(async ({ url, html }) => {
      const file = path.join(folder, ...url.split('/'), 'index.html');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, html);
    }),
  );
  if (files.length > 0) check((await index.addDirectory({ path: folder })).errors, `indexing ${folder}`);
  return notes;
}

async function writeIndex(index: pagefind.PagefindIndex, outputPath: string): Promise<void> {
  check((await index.writeFiles({ outputPath })).errors, `writing the search bundle to ${outputPath}`);
}

function check(errors: string[], doing: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed while ${doing}:\n${errors.join('\n')}`);
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
export class FullIndex {
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
    this.batch.push(page);
    this.partSize += page.size;
    if (this.batch.length >= BATCH) this.readBatch();
  }

  /** Once every page is added: how many parts there are, and the notes and glosses they hold. */
  async finish(): Promise<{ parts: number; notes: number }> {
    this.readBatch();
    this.writePart();
    await Promise.all(this.work);
    return { parts: this.part, notes: this.notes };
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
