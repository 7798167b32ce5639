/** Builds the site with `astro build` into a folder, optionally under a base path. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');

export function buildSite(outDir = DIST, env: Record<string, string> = {}): string {
  withBuildLock(() =>
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...withoutVitestEnv(process.env), ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  return outDir;
}

/**
 * Builds the documents in `content` into `<work>/dist`, keeping Astro's cache in `<work>/cache`:
 * building again in the same `work` is a rebuild, which finds what the last one left (rendered
 * documents, pages, the search index). Runs from `work` (tests/support/astro-build.ts says why),
 * which needs no lock. Returns Astro's log at info level, without colours.
 */
export function buildInFolder(work: string, content: string): string {
  if (!existsSync(path.join(work, 'node_modules'))) symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  return execFileSync(process.execPath, [path.join(ROOT, 'tests/support/astro-build.ts'), ROOT, path.join(work, 'dist'), path.join(work, 'cache')], {
    cwd: work,
    env: { ...withoutVitestEnv(process.env), CONTENT_DIR: content, BENCH_LOG_LEVEL: 'info', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  }).replace(/\u001b\[[0-9;]*m/g, '');
}

/**
 * Astro writes its prerender chunks to the project's own `.astro/` whatever the output folder, so
 * two builds of this checkout at once (test files run in parallel) break each other with
 * ERR_MODULE_NOT_FOUND. Builds from tests take turns through a lock folder; a lock left by a
 * process that has died is taken over.
 */
function withBuildLock(build: () => void): void {
  const release = acquireBuildLock();
  try {
    build();
  } finally {
    release();
  }
}

/** Takes the lock that builds of this checkout take turns through (a dev server writes `.astro/` too); returns its release. */
export function acquireBuildLock(): () => void {
  const lock = path.join(tmpdir(), `reader-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`);
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(sleeper, 0, 0, 200);
    }
  }
  return () => rmSync(lock, { recursive: true, force: true });
}

function holderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    // No pid yet: held if the lock was taken a moment ago, abandoned otherwise.
    try {
      return Date.now() - statSync(lock).mtimeMs < 30_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Vitest mirrors import.meta.env into process.env (BASE_URL=/, MODE=test, NODE_ENV=test, ...);
 * a build started from a test must not inherit them, or BASE_URL=/ overrides the site's base path.
 */
export function withoutVitestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, ...rest } = env;
  // Astro serves no pages in a dev server that believes it runs under Vitest.
  return Object.fromEntries(Object.entries(rest).filter(([name]) => !name.startsWith('VITEST')));
}
