/**
 * Renders the documents of a content sync on every core: worker threads (./render-worker.ts) each
 * take the next document as they finish one. A few documents are rendered in this thread, since a
 * worker first spends a fraction of a second loading the pipeline.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedEntry, RenderJob, RenderSettings } from './render-job.ts';

/** Fewer documents than this per worker are not worth starting one for. */
const DOCUMENTS_PER_WORKER = 40;

/** `rendered` is told of each document as soon as it is rendered. */
export async function renderAll(jobs: readonly RenderJob[], settings: RenderSettings, rendered: (entry: RenderedEntry) => void = () => undefined): Promise<RenderedEntry[]> {
  const workers = Math.min(availableParallelism(), Math.floor(jobs.length / DOCUMENTS_PER_WORKER));
  if (workers < 2) {
    // Loaded only here: the loader's own thread needs the pipeline for a few documents at most, and
    // Vite, which loads the loader, took most of a second to transform the pipeline's modules.
    const { renderJob } = await import('./render-job.ts');
    const documents = new Set(settings.documents);
    const entries: RenderedEntry[] = [];
    for (const job of jobs) {
      const entry = await renderJob(job, settings, documents);
      entries.push(entry);
      rendered(entry);
    }
    return entries;
  }
  const entries: RenderedEntry[] = [];
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next < jobs.length) worker.postMessage(jobs[next++]);
        else resolve();
      };
      worker.on('message', (reply: { entry?: RenderedEntry; error?: string }) => {
        if (reply.error) return reject(new Error(`Rendering failed: ${reply.error}`));
        entries.push(reply.entry!);
        rendered(reply.entry!);
        send();
      });
      worker.on('error', reject);
      send();
    });
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: settings }));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return entries;
}
