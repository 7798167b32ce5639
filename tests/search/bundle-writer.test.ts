/**
 * Writing Pagefind bundles with Pagefind's own command (src/search/bundle-writer.ts): a site
 * without documents still gets a bundle, which finds nothing, and a failed run says where.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/markdown/processor.ts';
import { indexSite } from '../../src/search/index-site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'reader-bundle-writer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const record = (text: string) => JSON.stringify(renderDocument(text, 'one', { documents: new Set(['one']) }).search);

describe('a main bundle written by Pagefind', () => {
  it('is written for a site without documents, with no page in it', async () => {
    const bundle = path.join(work, 'empty');
    const summary = await indexSite({ bundle, documents: [], language: 'en', cache: path.join(work, 'empty-cache') });
    expect(summary).toMatchObject({ documents: 0, indexed: 0 });
    expect(existsSync(path.join(bundle, 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((pages, language) => pages + language.page_count, 0)).toBe(0);
  });

  it('holds each document and its notes page', async () => {
    const bundle = path.join(work, 'one');
    const json = record('(1) Mara Quint, Tides of the North, Saltmarsh Press, London 1958:\n\n{p. 3} The heron waded. {The editor saw it too.}\n');
    await indexSite({ bundle, documents: [{ url: '/one/', json }], language: 'en', cache: path.join(work, 'one-cache') });
    const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.en?.page_count).toBe(2);
  });

  it('says what it was writing when Pagefind fails', async () => {
    // Pagefind's command runs the binary this names (lib/resolveBinary.js); `false` fails at once.
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = '/bin/false';
    try {
      const json = record('(1) Mara Quint, Tides of the North, Saltmarsh Press, London 1958:\n\n{p. 3} The plover ran.\n');
      const bundle = path.join(work, 'failing');
      await expect(indexSite({ bundle, documents: [{ url: '/one/', json }], language: 'en', cache: path.join(work, 'failing-cache') })).rejects.toThrow(
        `Pagefind failed (exit code 1) while writing the search bundle of ${bundle}-pages/0 to ${bundle}`,
      );
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    }
  });
});
