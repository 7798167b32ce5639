/**
 * Writing Pagefind bundles (./index-site.ts decides which): the search records become Pagefind
 * pages (./pagefind-pages.ts), written as a folder of HTML files, and Pagefind's own command makes
 * a bundle of that folder as `pagefind --site` makes one of a built site: in one run
 * (writeRevisedBundle) or, for a main bundle, part by part (FullIndex).
 *
 * The command rather than Pagefind's Node API: the API's service process took a third more CPU
 * time than the command for the same pages and the same bundle, byte for byte (1,000 documents:
 * 14 s against 10.5 s), and it does one thing at a time, where two commands run side by side.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { PARTS_FOLDER } from './filters.ts';
import type { Page } from './index-site.ts';
import { documentPage, editorNotesPage } from './pagefind-pages.ts';
import type { SearchRecord } from './search-record.ts';

/** Where a bundle's pages are written for Pagefind to read, beside it (one such folder per site). */
export const pagesFolderOf = (bundle: string) => `${bundle}-pages`;

/** Where part `at` (from 1) of a main bundle is written; part 0 is the bundle itself. */
const partBundle = (bundle: string, at: number) => (at === 0 ? bundle : path.join(bundle, PARTS_FOLDER, String(at)));

/** A revised bundle of `pages` with their editor's notes, at `outputPath`; returns the number of notes and glosses. */
export async function writeRevisedBundle(pages: readonly Page[], language: string, outputPath: string, folder: string): Promise<number> {
  await rm(folder, { recursive: true, force: true });
  const notes = await writePages(pages, language, false, folder);
  await runPagefind(folder, outputPath, language);
  await rm(folder, { recursive: true, force: true });
  return notes;
}

/**
 * Writes `pages` with their editor's notes as Pagefind pages into `folder`; returns their number
 * of notes and glosses. `main`: every page of a main bundle, notes included, carries the `page`
 * filter, so that a revised bundle can stand in for it.
 */
async function writePages(pages: readonly Page[], language: string, main: boolean, folder: string): Promise<number> {
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
  return notes;
}

/** Pagefind's command, as its package names it (`npx pagefind` runs the same file). */
const PAGEFIND_COMMAND = (() => {
  const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string };
  return fileURLToPath(new URL(bin, manifest));
})();

/** `pagefind --site <site> --output-path <outputPath>`, quiet unless it fails. */
function runPagefind(site: string, outputPath: string, language: string): Promise<void> {
  const args = ['--site', site, '--output-path', outputPath, '--force-language', language, '--quiet'];
  return new Promise((resolve, reject) => {
    const run = spawn(process.execPath, [PAGEFIND_COMMAND, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    run.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    run.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    run.on('error', reject);
    run.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`Pagefind failed (exit code ${code}) while writing the search bundle of ${site} to ${outputPath}:\n${output.trim()}`));
    });
  });
}

/**
 * The bundle of a site without documents, which finds nothing: Pagefind's command makes none of a
 * folder without pages, its Node API an empty one.
 */
async function writeEmptyBundle(outputPath: string, language: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    const written = index ? await index.writeFiles({ outputPath }) : { errors };
    if (written.errors.length > 0) throw new Error(`Pagefind failed while writing the empty search bundle to ${outputPath}:\n${written.errors.join('\n')}`);
  } finally {
    await pagefind.close();
  }
}

/** Parts Pagefind makes at once: each holds all its part in memory (./index-site.ts). */
const RUNNING = 2;

/**
 * A main bundle written part by part: each part's pages are written into a folder of their own as
 * they come, and once the part is full Pagefind makes it while the next one fills. Part N is made
 * after part N - RUNNING, so that no more than RUNNING are in Pagefind at once.
 */
export class FullIndex {
  private part = 0;
  private partSize = 0;
  private pages = 0;
  private notes = 0;
  /** The current part's pages, being written. */
  private writing: Array<Promise<void>> = [];
  /** The Pagefind run of each of the last RUNNING parts, by part mod RUNNING. */
  private readonly runs: Array<Promise<void>> = Array.from({ length: RUNNING }, () => Promise.resolve());
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
    if (this.partSize > 0 && this.partSize + page.size > this.maxPartSize) this.makePart();
    this.partSize += page.size;
    this.pages++;
    const written = writePages([page], this.language, true, this.folderOf(this.part)).then((notes) => void (this.notes += notes));
    // Awaited before the part is made; a failure there, not as an unhandled rejection before.
    written.catch(() => undefined);
    this.writing.push(written);
  }

  /** Once every page is added: how many parts there are, and the notes and glosses they hold. */
  async finish(): Promise<{ parts: number; notes: number }> {
    if (this.partSize > 0) this.makePart();
    await Promise.all(this.runs);
    await rm(pagesFolderOf(this.bundle), { recursive: true, force: true });
    if (this.pages > 0) return { parts: this.part, notes: this.notes };
    await writeEmptyBundle(this.bundle, this.language);
    return { parts: 1, notes: 0 };
  }

  private folderOf(part: number): string {
    return path.join(pagesFolderOf(this.bundle), String(part));
  }

  private makePart(): void {
    const [part, writing] = [this.part++, this.writing];
    this.writing = [];
    this.partSize = 0;
    const slot = part % RUNNING;
    this.runs[slot] = this.runs[slot]!.then(async () => {
      await Promise.all(writing);
      await runPagefind(this.folderOf(part), partBundle(this.bundle, part), this.language);
      await rm(this.folderOf(part), { recursive: true, force: true });
    });
    this.runs[slot].catch(() => undefined);
  }
}
