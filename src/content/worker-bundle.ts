/**
 * The render worker (./render-worker.ts) bundled into one file of the cache folder, with the
 * pipeline and its dependencies: loaded as some two hundred modules, a worker spent 100-130 ms
 * resolving and compiling them before its first document, as one file 40-55 ms. esbuild (the
 * bundler Astro itself uses for dependencies) makes it in about 80 ms, in a process of its own;
 * the integration starts it when Astro's config is set up, so that it is ready when the
 * documents are (src/build/loader-channel.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./render-worker.ts', import.meta.url));

/** Bundles made this long ago and not made since are removed: an older checkout's build may still use one. */
const KEEP_UNUSED_MS = 60 * 60 * 1000;

/**
 * Bundles the worker into `cacheDir`; returns the file. It is named by its content, so that a build
 * and a dev server of different code sharing the cache folder each start their own, and written
 * under a name of its own first, so that none starts a half-written one.
 */
export async function bundleRenderWorker(cacheDir: string): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    logLevel: 'silent',
    // CommonJS dependencies bundled into an ES module still `require()` Node's own modules.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const { contents } = result.outputFiles[0]!;
  const folder = path.join(cacheDir, 'reader-worker');
  await mkdir(folder, { recursive: true });
  const name = `render-worker-${createHash('sha256').update(contents).digest('base64url').slice(0, 16)}.mjs`;
  const file = path.join(folder, name);
  const partial = `${file}.${process.pid}`;
  await writeFile(partial, contents);
  await rename(partial, file);
  for (const other of await readdir(folder)) {
    if (other === name) continue;
    const { mtimeMs } = await stat(path.join(folder, other)).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > KEEP_UNUSED_MS) await rm(path.join(folder, other), { force: true });
  }
  return file;
}
