/** Builds the site with `astro build` into a folder, optionally under a base path. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');

export function buildSite(outDir = DIST, env: Record<string, string> = {}): string {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...withoutVitestEnv(process.env), ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return outDir;
}

/**
 * Vitest mirrors import.meta.env into process.env (BASE_URL=/, MODE=test, NODE_ENV=test, ...);
 * a build started from a test must not inherit them, or BASE_URL=/ overrides the site's base path.
 */
function withoutVitestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, ...rest } = env;
  return rest;
}
