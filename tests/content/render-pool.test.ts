/**
 * The content loader's rendering on every core (src/content/render-pool.ts): a large collection is
 * rendered by worker threads into the cache folder, with the same entries, problems and files as
 * when rendered in the loader's own thread.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loaderChannel } from '../../src/build/loader-channel.ts';
import { renderAll } from '../../src/content/render-pool.ts';
import { bundleRenderWorker } from '../../src/content/worker-bundle.ts';
import { renderJob } from '../../src/content/render-job.ts';
import { writeRendering } from '../../src/content/rendered-html.ts';

const cache = mkdtempSync(path.join(tmpdir(), 'reader-pool-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const text = (at: number) =>
  `(1) Anna Korff, The River Years, Meridian Press, London 1961:\n\n{p. ${at}} The ferryman counted ${at} barges {sic}. {p. ${at}} See volume-${at + 1}.html.\n`;
const jobs = Array.from({ length: 90 }, (_, at) => ({ stem: `volume-${at}`, filePath: `content/volume-${at}.txt`, bytes: Buffer.from(text(at)), digest: `digest-${at}` }));
const settings = (folder: string) => ({ cacheDir: path.join(cache, folder), documents: jobs.map((job) => job.stem), base: '/', originalBase: 'http://mailstar.net/' });

describe('rendering a collection', () => {
  it('gives on worker threads what it gives in one thread', async () => {
    const pooled = await renderAll(jobs, settings('pool'));
    const documents = new Set(settings('one').documents);
    const alone = await Promise.all(jobs.map(async (job) => {
      const { entry, rendering } = renderJob(job, settings('one'), documents);
      await writeRendering(settings('one').cacheDir, job.digest, rendering);
      return entry;
    }));
    const byStem = (entries: typeof alone) => Object.fromEntries(entries.map((entry) => [entry.job.stem, entry]));
    expect(byStem(pooled)).toEqual(byStem(alone));
    // The repeated page is reported, and the cross-reference to the last volume leaves the collection.
    expect(pooled.find((entry) => entry.job.stem === 'volume-89')!.data.problems.map((problem) => problem.ruleId)).toEqual(['page-repeated', 'xref-original']);
    for (const name of ['digest-5.html', 'digest-5.md', 'digest-5.search.json']) {
      expect(readFileSync(path.join(cache, 'pool/reader-html', name), 'utf8')).toBe(readFileSync(path.join(cache, 'one/reader-html', name), 'utf8'));
    }
  });

  it('names the document whose rendering failed', async () => {
    // A rendering that cannot be written, as on a full disk.
    const broken = [...jobs.slice(0, 89), { ...jobs[0]!, stem: 'broken', filePath: 'content/broken.txt', digest: 'no/such/folder' }];
    await expect(renderAll(broken, settings('broken'))).rejects.toThrow(/content\/broken\.txt/);
  });

  it('starts the worker the integration bundled, or bundles one itself', async () => {
    const few = jobs.slice(0, 3);
    loaderChannel().renderWorker = Promise.resolve(path.join(cache, 'no-such-worker.mjs'));
    try {
      await expect(renderAll(few, settings('channel'))).rejects.toThrow(/no-such-worker\.mjs/);
    } finally {
      delete loaderChannel().renderWorker;
    }
    expect((await renderAll(few, settings('channel'))).map((entry) => entry.job.stem).sort()).toEqual(['volume-0', 'volume-1', 'volume-2']);
  });

  it('names the bundle by its content, so that the same code is one file', async () => {
    const cacheDir = path.join(cache, 'bundle');
    const first = await bundleRenderWorker(cacheDir);
    expect(await bundleRenderWorker(cacheDir)).toBe(first);
    expect(readdirSync(path.dirname(first))).toEqual([path.basename(first)]);
    expect(path.basename(first)).toMatch(/^render-worker-[\w-]{16}\.mjs$/);
  });
});
