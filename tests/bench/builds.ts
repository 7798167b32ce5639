/**
 * The builds the benchmark times: this project (`astro build`, whose integration runs Pagefind),
 * and the baseline, the plainest project a user would write for the same files: one
 * `src/pages/<stem>.md` per document with a layout, `astro build`, then `pagefind --site dist`.
 *
 * Each build runs in a folder of its own, which is also its working directory: Astro puts its
 * prerender chunks in `<cwd>/.astro/.prerender` when the outDir is outside the working directory,
 * and a shared one would collide with other builds of the checkout.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/site.ts';
import { type Measured, runMeasured } from './measure.ts';

const ASTRO_BUILD = path.join(ROOT, 'tests/support/astro-build.ts');
/** What `npx pagefind` runs: Pagefind's Node wrapper, which starts its binary. */
const PAGEFIND = path.join(ROOT, 'node_modules/.bin/pagefind');
/** The cores the builds may use: the share of the machine is CPU time / (wall time x CORES). */
export const CORES = os.availableParallelism();

export interface BuildResult {
  ms: number;
  /** CPU time of the build's process tree (see ./measure.ts). */
  cpuMs: number;
  /** CPU time by process name: `node` (Astro, the pipeline) and Pagefind's binary. */
  cpuByProcess: Record<string, number>;
  peakRss: number;
  /** Each process's own peak RSS, by process name: which one the memory went to. */
  peakRssByProcess: Record<string, number>;
  outDir: string;
  /** Where Astro's process spent its time, from tests/support/astro-build.ts's milestones. */
  phases: Phase[];
  /** True when the bench ran Pagefind's CLI itself because the build did not write /pagefind/. */
  pagefindByBench: boolean;
}

export interface Phase {
  name: 'startup' | 'content sync' | 'bundle + pages' | 'build:done hooks' | 'pagefind CLI';
  ms: number;
  cpuMs: number;
}

/** The share of the machine a build used: 1 is every core busy for the whole build. */
export function machineShare(build: BuildResult): number {
  return build.cpuMs / (build.ms * CORES);
}

/**
 * Builds this project (or a copy of it at `root`) from the `.txt` documents in `corpus`, in `dir`;
 * building again in the same `dir` reuses its caches (a rebuild).
 */
export async function buildReader(corpus: string, dir: string, root = ROOT): Promise<BuildResult> {
  const outDir = path.join(dir, 'dist');
  await mkdir(dir, { recursive: true });
  const astro = await runMeasured(process.execPath, [ASTRO_BUILD, root, outDir, path.join(dir, 'cache')], {
    cwd: dir,
    env: { CONTENT_DIR: corpus },
  });
  return withPagefind(astro, outDir);
}

/**
 * Builds the baseline of the same corpus: each `.txt` as `src/pages/<stem>.md`, then
 * `pagefind --site dist` as a process of its own, measured beside Astro's (wall and CPU summed).
 */
export async function buildBaseline(corpus: string, dir: string): Promise<BuildResult> {
  const project = path.join(dir, 'project');
  await writeBaselineProject(project);
  const pages = path.join(project, 'src/pages');
  for (const name of await readdir(corpus)) {
    if (!name.endsWith('.txt')) continue;
    const text = await readFile(path.join(corpus, name), 'utf8');
    await writeFile(path.join(pages, name.replace(/\.txt$/, '.md')), asMarkdownPage(text));
  }
  // Astro's default outDir, so that the command is the plainest one: `pagefind --site dist`.
  const outDir = path.join(project, 'dist');
  const astro = await runMeasured(process.execPath, [ASTRO_BUILD, project, outDir, path.join(dir, 'cache')], { cwd: dir });
  return withPagefind(astro, outDir);
}

/**
 * The document's bytes as the page's body, with the front matter a Markdown page needs: a document
 * that has front matter (the seed's form) gets `layout:` added to it, one that has a title line
 * instead (the editor's other form) gets front matter with that line as its title.
 */
function asMarkdownPage(text: string): string {
  const layout = 'layout: ../layouts/Doc.astro\n';
  if (/^---\n[^]*?\n---\n/.test(text)) return `---\n${layout}${text.slice(4)}`;
  const title = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  // JSON is YAML: the title may hold colons or quotes.
  return `---\n${layout}title: ${JSON.stringify(title)}\n---\n${text}`;
}

async function withPagefind(astro: Measured, outDir: string): Promise<BuildResult> {
  const phases = astroPhases(astro.stdout);
  const result = { ms: astro.ms, cpuMs: astro.cpuMs, cpuByProcess: astro.cpuByProcess, peakRss: astro.peakRss, peakRssByProcess: astro.peakRssByProcess, outDir, phases, pagefindByBench: false };
  if (existsSync(path.join(outDir, 'pagefind/pagefind.js'))) return result;
  const pagefind = await runMeasured(PAGEFIND, ['--site', path.basename(outDir)], { cwd: path.dirname(outDir) });
  const cpuByProcess = { ...astro.cpuByProcess };
  for (const [name, ms] of Object.entries(pagefind.cpuByProcess)) cpuByProcess[name] = (cpuByProcess[name] ?? 0) + ms;
  const peakRssByProcess = { ...astro.peakRssByProcess };
  for (const [name, bytes] of Object.entries(pagefind.peakRssByProcess)) peakRssByProcess[name] = Math.max(peakRssByProcess[name] ?? 0, bytes);
  return {
    ...result,
    ms: astro.ms + pagefind.ms,
    cpuMs: astro.cpuMs + pagefind.cpuMs,
    cpuByProcess,
    peakRss: Math.max(astro.peakRss, pagefind.peakRss),
    peakRssByProcess,
    phases: [...phases, { name: 'pagefind CLI', ms: pagefind.ms, cpuMs: pagefind.cpuMs }],
    pagefindByBench: true,
  };
}

/** Phases between the `[bench-phase] <name> <wall ms> <cpu ms>` milestones of tests/support/astro-build.ts. */
function astroPhases(log: string): Phase[] {
  const marks = new Map<string, { ms: number; cpuMs: number }>();
  for (const match of log.matchAll(/^\[bench-phase\] (\S+) (\d+) (\d+)$/gm)) marks.set(match[1]!, { ms: Number(match[2]), cpuMs: Number(match[3]) });
  const spans: Array<[Phase['name'], string | undefined, string]> = [
    ['startup', undefined, 'config'],
    ['content sync', 'config', 'content'],
    ['bundle + pages', 'content', 'pages'],
    ['build:done hooks', 'pages', 'done-hooks'],
  ];
  const phases: Phase[] = [];
  for (const [name, from, to] of spans) {
    const start = from ? marks.get(from) : { ms: 0, cpuMs: 0 };
    const end = marks.get(to);
    if (start && end) phases.push({ name, ms: end.ms - start.ms, cpuMs: end.cpuMs - start.cpuMs });
  }
  return phases;
}

/** The plainest Astro project for Markdown pages: a config, a layout, the pages; this checkout's packages. */
async function writeBaselineProject(project: string): Promise<void> {
  await mkdir(path.join(project, 'src/pages'), { recursive: true });
  await mkdir(path.join(project, 'src/layouts'), { recursive: true });
  if (!existsSync(path.join(project, 'node_modules'))) await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  // The same page URLs as the reader's (`<stem>/index.html`).
  await writeFile(
    path.join(project, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ build: { format: 'directory' } });\n`,
  );
  await writeFile(
    path.join(project, 'src/layouts/Doc.astro'),
    `---
const { frontmatter } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{frontmatter.title}</title>
  </head>
  <body>
    <slot />
  </body>
</html>
`,
  );
}
