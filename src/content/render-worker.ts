/** A worker of the render pool (./render-pool.ts): renders the jobs it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { type RenderJob, type RenderSettings, renderJob } from './render-job.ts';

const settings = workerData as RenderSettings;
const documents = new Set(settings.documents);

parentPort!.on('message', (job: RenderJob) => {
  renderJob(job, settings, documents).then(
    (entry) => parentPort!.postMessage({ entry }),
    (error: Error) => parentPort!.postMessage({ error: `${job.filePath}: ${error.stack ?? error.message}` }),
  );
});
