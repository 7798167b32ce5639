/**
 * The builds the benchmark times: this project (`astro build`, whose integration runs Pagefind),
 * and the baseline a user would otherwise write: a minimal Astro project rendering the same files
 * as plain Markdown pages (glob loader, one `[slug].astro`), then `pagefind --site`.
 *
 * Each build runs in a folder of its own, which is also its working directory: Astro puts its
 * prerender chunks in `<cwd>/.astro/.prerender` when the outDir is outside the working directory,
 * and a shared one would collide with other builds of the checkout.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../support/site.ts';
import { type Measured, runMeasured } from './measure.ts';

const ASTRO_BUILD = path.join(ROOT, 'tests/support/astro-build.ts');
const PAGEFIND = path.join(ROOT, 'node_modules/.bin/pagefind');

export interface BuildResult {
  ms: number;
  /** CPU time of the build's process tree (see ./measure.ts). */
  cpuMs: number;
  /** CPU time by process name: `node` (Astro, the pipeline) and Pagefind's binary. */
  cpuByProcess: Record<string, number>;
  peakRss: number;
  outDir: string;
  /** Where Astro's process spent its time, from tests/support/astro-build.ts's milestones. */
  phases: Phase[];
  /** True when the bench ran Pagefind itself because the build did not write /pagefind/. */
  pagefindByBench: boolean;
}

export interface Phase {
  name: 'startup' | 'content sync' | 'bundle + pages' | 'build:done hooks' | 'pagefind CLI';
  ms: number;
  cpuMs: number;
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

/** Builds the plain-Markdown baseline of the same corpus: the `.txt` files copied as `.md`. */
export async function buildBaseline(corpus: string, dir: string): Promise<BuildResult> {
  const project = path.join(dir, 'project');
  await writeBaselineProject(project);
  const pages = path.join(project, 'pages');
  await mkdir(pages, { recursive: true });
  for (const name of await readdir(corpus)) {
    if (name.endsWith('.txt')) await copyFile(path.join(corpus, name), path.join(pages, name.replace(/\.txt$/, '.md')));
  }
  const outDir = path.join(dir, 'dist');
  const astro = await runMeasured(process.execPath, [ASTRO_BUILD, project, outDir, path.join(dir, 'cache')], {
    cwd: dir,
    env: {},
  });
  return withPagefind(astro, outDir);
}

async function withPagefind(astro: Measured, outDir: string): Promise<BuildResult> {
  const phases = astroPhases(astro.stdout);
  const result = { ms: astro.ms, cpuMs: astro.cpuMs, cpuByProcess: astro.cpuByProcess, peakRss: astro.peakRss, outDir, phases, pagefindByBench: false };
  if (existsSync(path.join(outDir, 'pagefind/pagefind.js'))) return result;
  const pagefind = await runMeasured(PAGEFIND, ['--site', outDir, '--silent'], { cwd: path.dirname(outDir) });
  const cpuByProcess = { ...astro.cpuByProcess };
  for (const [name, ms] of Object.entries(pagefind.cpuByProcess)) cpuByProcess[name] = (cpuByProcess[name] ?? 0) + ms;
  return {
    ...result,
    ms: astro.ms + pagefind.ms,
    cpuMs: astro.cpuMs + pagefind.cpuMs,
    cpuByProcess,
    peakRss: Math.max(astro.peakRss, pagefind.peakRss),
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

/** The minimal Astro project a user would write for Markdown pages, using this checkout's packages. */
async function writeBaselineProject(project: string): Promise<void> {
  await mkdir(path.join(project, 'src/pages'), { recursive: true });
  if (!existsSync(path.join(project, 'node_modules'))) await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  await writeFile(path.join(project, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n`);
  await writeFile(
    path.join(project, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '*.md', base: './pages' }) }),
};
`,
  );
  await writeFile(
    path.join(project, 'src/pages/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}

const { page } = Astro.props;
const { Content } = await render(page);
const title = page.data.title ?? page.id;
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{title}</h1>
      <Content />
    </main>
  </body>
</html>
`,
  );
  await writeFile(
    path.join(project, 'src/pages/index.astro'),
    `---
import { getCollection } from 'astro:content';

const pages = await getCollection('pages');
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Documents</title></head>
  <body>
    <ul>{pages.map((page) => <li><a href={\`/\${page.id}/\`}>{page.data.title ?? page.id}</a></li>)}</ul>
  </body>
</html>
`,
  );
}
