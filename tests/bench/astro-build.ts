/**
 * Runs `astro build` for the benchmark with its own cache folder: Astro keeps the content layer's
 * data store in `cacheDir` (node_modules/.astro by default, shared by every build of the checkout),
 * and there is no command-line flag for it. Usage: astro-build.ts <root> <outDir> <cacheDir>
 */
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) {
  console.error('Usage: node tests/bench/astro-build.ts <root> <outDir> <cacheDir>');
  process.exit(2);
}
await build({ root, outDir, cacheDir, logLevel: process.env.BENCH_LOG_LEVEL === 'info' ? 'info' : 'warn' });
