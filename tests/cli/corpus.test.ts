/**
 * The corpus generator (src/cli/corpus.ts): documents for scale tests made from the seed alone,
 * deterministic, each parsing cleanly, different from one another, and plausible (every paragraph
 * of the body is one of the seed's, with fresh page numbers).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, SEED_PATH } from '../../src/cli/corpus.ts';
import { renderDocument } from '../../src/markdown/processor.ts';
import { ROOT } from '../support/site.ts';

const corpus = [...generateCorpus({ docs: 30, seed: 1 })];
const PAGE_MARKER = /\{pp?\s*\.?\s*[0-9ivxlcdm]+(?:\s*-\s*[0-9ivxlcdm]+)?\}/gi;
const normalize = (block: string) => block.replace(PAGE_MARKER, '{p}').replace(/^\(\d+\)/, '(n)').trim();
const blocks = (text: string) => text.split(/\n\s*\n/).map(normalize).filter(Boolean);

describe('generateCorpus', () => {
  it('gives the same documents for the same seed, and document i whatever the count', () => {
    const again = [...generateCorpus({ docs: 10, seed: 1 })];
    expect(again).toEqual(corpus.slice(0, 10));
  });

  it('gives other documents for another seed', () => {
    const other = [...generateCorpus({ docs: 10, seed: 2 })];
    const texts = new Set(corpus.map((document) => document.text));
    expect(other.filter((document) => texts.has(document.text))).toEqual([]);
  });

  it('writes documents that draw no warning from the whole pipeline', () => {
    for (const { stem, text } of corpus) {
      const { file } = renderDocument(text, stem, { documents: new Set(corpus.map((document) => document.stem)) });
      // Infos (a cross-reference linked to the original site) are not warnings.
      const problems = file.messages.filter((message) => message.fatal !== undefined).map((message) => `${stem}: ${message.reason}`);
      expect(problems).toEqual([]);
    }
  });

  it('gives every document its own stem, title and text', () => {
    const titles = corpus.map(({ stem, text }) => renderDocument(text, stem).data.title);
    expect(new Set(corpus.map((document) => document.stem)).size).toBe(corpus.length);
    expect(new Set(titles).size).toBe(corpus.length);
    expect(new Set(corpus.map((document) => document.text)).size).toBe(corpus.length);
  });

  it('builds every excerpt from the seed: each paragraph from the first heading on is one of the seed’s', () => {
    const seed = new Set(blocks(readFileSync(SEED_PATH, 'utf8')));
    for (const { stem, text } of corpus) {
      const body = blocks(text);
      const first = body.findIndex((block) => block.startsWith('(n) ') && !block.includes('\n'));
      expect(first, stem).toBeGreaterThan(0);
      expect(body.slice(first).filter((block) => !seed.has(block)), stem).toEqual([]);
    }
  });

  it('draws fresh page numbers, rising within each excerpt', () => {
    const labels = new Set<string>();
    for (const { stem, text } of corpus) {
      const tree = renderDocument(text, stem).data;
      for (const excerpt of tree.excerpts) {
        const numbers = excerpt.pages.map((page) => Number.parseInt(page.label, 10));
        for (const page of excerpt.pages) labels.add(page.label);
        expect(numbers, `${stem} ${excerpt.id}`).toEqual([...numbers].sort((a, b) => a - b));
      }
    }
    const seedPages = renderDocument(readFileSync(SEED_PATH, 'utf8'), 'beria').data.excerpts.flatMap((excerpt) => excerpt.pages.map((page) => page.label));
    expect(labels.size).toBeGreaterThan(5 * new Set(seedPages).size);
  });

  it('varies the length of the documents, as the editor’s pages vary', () => {
    const sizes = corpus.map((document) => document.text.length).sort((a, b) => a - b);
    expect(sizes.at(-1)! / sizes[0]!).toBeGreaterThan(5);
  });
});

describe('npm run corpus', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'reader-corpus-'));
  const cli = path.join(ROOT, 'src/cli/corpus.ts');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes N documents into the folder and says where', () => {
    const out = path.join(folder, 'three');
    const stdout = execFileSync(process.execPath, [cli, '--docs', '3', '--out', out, '--seed', '7'], { encoding: 'utf8' });
    expect(stdout).toContain(`Wrote 3 document(s)`);
    expect(readdirSync(out).sort()).toEqual([...generateCorpus({ docs: 3, seed: 7 })].map((document) => `${document.stem}.txt`).sort());
  });

  it('refuses a folder that already holds documents unless told to replace them', () => {
    const out = path.join(folder, 'taken');
    execFileSync(process.execPath, [cli, '--docs', '2', '--out', out]);
    writeFileSync(path.join(out, 'mine.txt'), 'an editor’s own document');
    const refused = spawnSync(process.execPath, [cli, '--docs', '2', '--out', out], { encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('already holds 3 .txt file(s)');
    const forced = spawnSync(process.execPath, [cli, '--docs', '1', '--out', out, '--force'], { encoding: 'utf8' });
    expect(forced.status).toBe(0);
    expect(readdirSync(out)).toHaveLength(1);
  });

  it('explains a missing or wrong argument', () => {
    const missing = spawnSync(process.execPath, [cli, '--out', folder], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Expected `--docs` with a whole number');
    const unknown = spawnSync(process.execPath, [cli, '--docs', '2', '--out', folder, '--fast'], { encoding: 'utf8' });
    expect(unknown.stderr).toContain('Unknown option `--fast`');
  });
});
