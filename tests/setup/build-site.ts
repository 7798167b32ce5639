/**
 * Builds the site once before the suite, into a folder of its own (so parallel runs do not
 * collide), and hands its path to the tests: `inject('dist')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dist = mkdtempSync(path.join(tmpdir(), 'reader-dist-'));
  buildSite(dist);
  project.provide('dist', dist);
  return () => rmSync(dist, { recursive: true, force: true });
}
