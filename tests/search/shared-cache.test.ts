/**
 * Builds of two sites from one checkout share Astro's cache folder, where the search index is
 * made and from which it is linked into each site: building the second must leave the first
 * site's index as it was (a search there once found the other site's documents).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'reader-shared-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(name: string, sentence: string): string {
  const content = path.join(work, `${name}-content`);
  mkdirSync(content);
  writeFileSync(path.join(content, `${name}.txt`), `(1) Anna Korff, The River Years, Meridian Press, London 1961:\n\n{p. 1} ${sentence}\n`);
  return buildSite(path.join(work, `${name}-dist`), { CONTENT_DIR: content });
}

const snapshot = (dist: string) =>
  Object.fromEntries(readdirSync(path.join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' }).sort().flatMap((file) => {
    try {
      return [[file, readFileSync(path.join(dist, 'pagefind', file)).toString('base64')]];
    } catch {
      return [];
    }
  }));

describe('two sites built with one cache folder', () => {
  it('each keep their own search index', () => {
    const first = site('heron', 'The heron waited by the weir.');
    const before = snapshot(first);
    site('otter', 'The otter swam under the pier.');
    expect(snapshot(first)).toEqual(before);
  }, 180_000);
});
