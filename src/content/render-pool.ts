/**
 * Renders the documents of a content sync on every core: worker threads (./render-worker.ts) each
 * take the next document as they finish one, holding two so that none waits for this thread. Even
 * one document is rendered by a worker: it loads the pipeline, bundled (./worker-bundle.ts), in a
 * twentieth of a second, where this thread, loaded by Vite, would have Vite transform it first
 * (most of a second, in every build and rebuild).
 */
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loaderChannel } from '../build/loader-channel.ts';
import type { RenderedEntry, RenderJob, RenderSettings } from './render-job.ts';
import { bundleRenderWorker } from './worker-bundle.ts';

/** Fewer documents than this per worker are not worth starting another for. */
const DOCUMENTS_PER_WORKER = 40;

/**
 * Workers keep the pipeline's compiled code in Node's compile cache (where module.enableCompileCache()
 * puts it by default), so that a build loads it in a third less time than compiling it again.
 */
const WORKER_ENV = { ...process.env, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? path.join(tmpdir(), 'node-compile-cache') };

/** Jobs a worker holds at once: the next is there as it finishes one, while this thread is busy. */
const AHEAD = 2;

/**
 * Renders the jobs, each document's files written to the cache folder before this returns;
 * `rendered` is told of each one as soon as it is rendered, with its search record as JSON.
 */
export async function renderAll(jobs: readonly RenderJob[], settings: RenderSettings, rendered: (entry: RenderedEntry, searchJson: string) => void = () => undefined): Promise<RenderedEntry[]> {
  if (jobs.length === 0) return [];
  const workers = Math.max(1, Math.min(availableParallelism(), Math.floor(jobs.length / DOCUMENTS_PER_WORKER)));
  const entries: RenderedEntry[] = [];
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let held = 0;
      const send = () => {
        if (next < jobs.length) {
          worker.postMessage(jobs[next++]);
          held++;
        } else if (held === 0) worker.postMessage(null);
      };
      worker.on('message', (reply: { entry?: RenderedEntry; searchJson?: string; written?: true; error?: string }) => {
        if (reply.error) return reject(new Error(`Rendering failed: ${reply.error}`));
        if (reply.written) return resolve();
        held--;
        entries.push(reply.entry!);
        rendered(reply.entry!, reply.searchJson!);
        send();
      });
      worker.on('error', reject);
      for (let sent = 0; sent < AHEAD; sent++) send();
    });
  // Bundled when Astro's config was set up, unless this runs without the integration (a test, a tool).
  const file = await (loaderChannel().renderWorker ?? bundleRenderWorker(settings.cacheDir));
  const pool = Array.from({ length: workers }, () => new Worker(file, { workerData: settings, env: WORKER_ENV }));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return entries;
}
