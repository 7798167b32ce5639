/**
 * The renderings kept in Astro's cache folder (src/content/rendered-html.ts): written and found by
 * digest, and pruned only when no build uses them and none has for an hour (builds of other
 * content folders may share the cache folder and still be reading theirs).
 */
import { existsSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasRendering, pruneRenderedHtml, readSearchRecordJson, writeRendering } from '../../src/content/rendered-html.ts';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'reader-rendered-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const file = (digest: string) => path.join(cacheDir, 'reader-html', `${digest}.html`);
const rendering = (html: string) => ({ html, searchJson: JSON.stringify({ title: 'One', body: html, notes: [] }), markdown: '', text: '' });
const age = (digest: string, hours: number) => {
  const when = new Date(Date.now() - hours * 3600 * 1000);
  utimesSync(file(digest), when, when);
};

describe('renderings in the cache folder', () => {
  it('are found by the digest they were written under, with their search record', async () => {
    await writeRendering(cacheDir, 'aaa', rendering('<article>One</article>'));
    expect(await hasRendering(cacheDir, 'aaa')).toBe(true);
    expect(await hasRendering(cacheDir, 'bbb')).toBe(false);
    expect(JSON.parse(await readSearchRecordJson(cacheDir, 'aaa')).body).toBe('<article>One</article>');
  });

  it('are pruned when unused and old, kept when used or recent', async () => {
    for (const digest of ['used-old', 'unused-old', 'unused-recent']) await writeRendering(cacheDir, digest, rendering('<article></article>'));
    age('used-old', 5);
    age('unused-old', 5);
    await pruneRenderedHtml(cacheDir, new Set(['used-old']));
    expect(existsSync(file('used-old'))).toBe(true);
    expect(existsSync(file('unused-old'))).toBe(false);
    expect(existsSync(file('unused-recent'))).toBe(true);
  });

  it('prune nothing when the folder does not exist yet', async () => {
    await expect(pruneRenderedHtml(path.join(cacheDir, 'nowhere'), new Set())).resolves.toBeUndefined();
  });
});
