/**
 * Runs `astro build` with a cache folder of its own, for the benchmark and the incremental-build
 * tests: Astro keeps the content layer's data store and the incremental build's pages in `cacheDir`
 * (node_modules/.astro by default, shared by every build of the checkout), and there is no
 * command-line flag for it. Run it with a working directory that holds the outDir, or Astro writes
 * its prerender chunks into the project's shared `.astro/`. Prints
 * `[bench-phase] <name> <wall ms> <cpu ms>` at the build's milestones (CPU of this process only).
 *
 *   node tests/support/astro-build.ts <root> <outDir> <cacheDir>
 */
import type { AstroIntegration } from 'astro';
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) {
  console.error('Usage: node tests/support/astro-build.ts <root> <outDir> <cacheDir>');
  process.exit(2);
}

const started = performance.now();
const mark = (name: string) => {
  const { user, system } = process.cpuUsage();
  console.log(`[bench-phase] ${name} ${Math.round(performance.now() - started)} ${Math.round((user + system) / 1000)}`);
};

// Added after the project's own integrations, so its build:done runs after theirs (search indexing).
const phases: AstroIntegration = {
  name: 'bench-phases',
  hooks: {
    'astro:config:done': () => mark('config'),
    'astro:build:start': () => mark('content'),
    'astro:build:generated': () => mark('pages'),
    'astro:build:done': () => mark('done-hooks'),
  },
};

await build({ root, outDir, cacheDir, logLevel: process.env.BENCH_LOG_LEVEL === 'info' ? 'info' : 'warn', integrations: [phases] });
mark('end');
