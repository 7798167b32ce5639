/**
 * A worker of the render pool (./render-pool.ts): renders each job it is sent and replies with the
 * entry and its search record at once, writing the job's files while it renders the next (waiting
 * for the disk had kept it idle a quarter of the time). `null` asks for a reply once all are written.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type RenderJob, type RenderSettings, renderJob } from './render-job.ts';
import { writeRendering } from './rendered-html.ts';

/** Renderings being written at most, before the next reply waits for one: what memory they may hold. */
const MAX_WRITING = 4;

const settings = workerData as RenderSettings;
const documents = new Set(settings.documents);
const writing = new Set<Promise<void>>();
const failed = (job: RenderJob) => (error: Error) => parentPort!.postMessage({ error: `${job.filePath}: ${error.stack ?? error.message}` });

parentPort!.on('message', async (job: RenderJob | null) => {
  if (job === null) return void Promise.all(writing).then(() => parentPort!.postMessage({ written: true }));
  try {
    const { entry, rendering } = renderJob(job, settings, documents);
    const written: Promise<void> = writeRendering(settings.cacheDir, job.digest, rendering)
      .catch(failed(job))
      .finally(() => writing.delete(written));
    writing.add(written);
    if (writing.size > MAX_WRITING) await Promise.race(writing);
    parentPort!.postMessage({ entry, searchJson: rendering.searchJson });
  } catch (error) {
    failed(job)(error as Error);
  }
});
