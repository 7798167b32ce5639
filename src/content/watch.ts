/**
 * Live preview in `astro dev`: the content folder is watched, and a document edited, added,
 * removed or renamed is rendered again alone (with the documents that link to it, whose links
 * change), its problems printed in the terminal. Storing the entry is what reloads the open page:
 * Astro saves the data store and tells the browser, and pages that depend on other documents
 * (home, quoted works, backlinks, previous/next) are made again from the new data.
 *
 * Astro runs a loader's `load()` once; the watcher (Vite's, handed to loaders in dev only) is how
 * a loader hears of changes, as Astro's own glob loader does.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LoaderContext } from 'astro/loaders';
import { type Collection, renderDocuments, report } from './sync.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;

/** How long a file's size and time must hold still before it is read (a save is written in a few ms). */
const SETTLE_MS = 50;
/** A file still changing after this long is read as it is; the change that ends its writing renders it again. */
const SETTLE_LIMIT_MS = 2000;

/**
 * Resolves once `file` has stopped changing. A save truncates the file and writes it, perhaps in
 * several writes, and the watcher reports the first change only: it drops another change to the
 * same file within 50 ms. Read at once, the document could be rendered empty or cut short.
 */
async function settled(file: string): Promise<void> {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < SETTLE_LIMIT_MS) {
    const now = await stat(file).then(
      ({ size, mtimeMs }) => `${size} ${mtimeMs}`,
      () => 'gone',
    );
    if (now === last) return;
    last = now;
    await sleep(SETTLE_MS);
  }
}

export function watchContent(collection: Collection, watcher: Watcher): void {
  const { context, directory, stems } = collection;
  // Vite watches the project root only: a content folder elsewhere must be added.
  watcher.add(directory);
  const stemOf = (file: string) => path.basename(file, '.txt');
  const isDocument = (file: string) => file.endsWith('.txt') && path.dirname(path.resolve(file)) === directory;
  /** The documents whose cross-references name `stem`: they link to it, or no longer can. */
  const linkingTo = (stem: string) =>
    [...context.store.values()].filter((entry) => entry.id !== stem && (entry.data.links as string[]).some((link) => link.toLowerCase() === stem.toLowerCase())).map((entry) => entry.id);

  // One change at a time, in the order they come (a rename is a removal and an addition).
  let queue = Promise.resolve();
  const run = (change: () => Promise<void>) => {
    queue = queue.then(change).catch((error: Error) => context.logger.error(`Could not render the change: ${error.message}`));
  };
  const render = async (changed: string[]) => {
    await Promise.all(changed.map((stem) => settled(path.join(directory, `${stem}.txt`))));
    const names = [...new Set(changed)].filter((stem) => stems.has(stem)).map((stem) => `${stem}.txt`);
    const files = await renderDocuments(collection, names);
    if (files.size > 0) report(collection, [...files.values()]);
  };

  watcher.on('change', (file) => {
    if (isDocument(file)) run(() => render([stemOf(file)]));
  });
  watcher.on('add', (file) => {
    if (!isDocument(file)) return;
    const stem = stemOf(file);
    stems.add(stem);
    run(() => render([stem, ...linkingTo(stem)]));
  });
  watcher.on('unlink', (file) => {
    if (!isDocument(file)) return;
    const stem = stemOf(file);
    stems.delete(stem);
    context.store.delete(stem);
    context.logger.info(`${path.relative(process.cwd(), file)}: removed`);
    run(() => render(linkingTo(stem)));
  });
}
