/**
 * The output folder from one build to the next. Astro empties it before a build, then copies back
 * from its cache every page it reuses: on 500 documents, a rebuild after one change spent 1.9 s of
 * its 5.2 on that. The reader keeps the folder instead (`vite.build.emptyOutDir: false`, set by the
 * integration), but only when it holds exactly the last finished build made with this cache
 * folder: a mark with the same random name in both says so. A build that fails leaves no mark, so
 * the next one starts from an empty folder, as does a folder that another build wrote.
 * After a build that kept the folder, what it neither wrote nor kept is removed.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { siteKey } from '../content/rendered-html.ts';

const MARK = '.reader-build';
/** File times may lag the clock by a tick of the kernel's coarse clock (a few ms). */
const CLOCK_SLACK_MS = 50;

const markInCache = (outDir: string, cacheDir: string) => path.join(cacheDir, `reader-out-${siteKey(outDir)}`);

/**
 * Before a build: keeps `outDir` if it holds the last finished build of `cacheDir`, or else
 * empties it (keeping `.git`, as Astro does); returns whether it was kept. Its mark is removed.
 */
export async function prepareOutDir(outDir: string, cacheDir: string): Promise<boolean> {
  const [inFolder, inCache] = await Promise.all([readFile(path.join(outDir, MARK), 'utf8').catch(() => ''), readFile(markInCache(outDir, cacheDir), 'utf8').catch(() => '')]);
  await rm(path.join(outDir, MARK), { force: true });
  const kept = inFolder !== '' && inFolder === inCache;
  if (!kept) {
    const names = await readdir(outDir).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => name !== '.git').map((name) => rm(path.join(outDir, name), { recursive: true, force: true })));
  }
  return kept;
}

/**
 * After a build that kept `outDir`: removes the files that are not among `outputs` (the pages
 * Astro wrote or kept) and were not written since `startedAt` (the scripts, styles and public
 * files, written anew), such as a removed document's pages; then the folders left empty. The
 * folders `replaced` (relative to `outDir`) are left alone: another step replaces them whole.
 */
export async function removeStaleOutput(outDir: string, outputs: ReadonlySet<string>, startedAt: number, replaced: readonly string[] = []): Promise<void> {
  const skipped = new Set(['.git', ...replaced]);
  const entries = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((entry) => !skipped.has(path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep)[0]!));
  await Promise.all(
    entries.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      if (entry.isFile() && !outputs.has(file) && (await stat(file)).mtimeMs < startedAt - CLOCK_SLACK_MS) await rm(file);
    }),
  );
  // Deepest first, so that a folder emptied by removing its only folder goes too.
  const folders = Map.groupBy(
    entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(entry.parentPath, entry.name)),
    (folder) => folder.split(path.sep).length,
  );
  for (const depth of [...folders.keys()].sort((a, b) => b - a)) await Promise.all(folders.get(depth)!.map((folder) => rmdir(folder).catch(() => undefined)));
}

/** After a finished build: marks `outDir` as the last one of `cacheDir`. */
export async function markOutDir(outDir: string, cacheDir: string): Promise<void> {
  const name = randomUUID();
  await mkdir(cacheDir, { recursive: true });
  await writeFile(markInCache(outDir, cacheDir), name);
  await writeFile(path.join(outDir, MARK), name);
}
