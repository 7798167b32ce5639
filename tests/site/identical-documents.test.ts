/**
 * Two documents with the same text under different names (an editor copies a file before editing
 * it): each page is its own, though the loader keeps renderings by digest (src/content/loader.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildInFolder } from '../support/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'reader-identical-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('renders each of two identical documents as itself', () => {
  const content = path.join(work, 'content');
  mkdirSync(content);
  const text = '---\ntitle: The River Years\n---\n(1) Anna Korff, The River Years, London 1961:\n\n{p. 1} The river rose in the spring. {A note.}\n';
  for (const stem of ['original', 'copy']) writeFileSync(path.join(content, `${stem}.txt`), text);
  buildInFolder(work, content);
  for (const stem of ['original', 'copy']) {
    const html = readFileSync(path.join(work, 'dist', stem, 'index.html'), 'utf8');
    expect(html).toContain(`data-document="${stem}"`);
    expect(html).not.toContain(`data-document="${stem === 'copy' ? 'original' : 'copy'}"`);
  }
}, 120_000);
