/**
 * Live preview (`npm run dev`, i.e. `astro dev`): with the dev server running on a content folder
 * outside the project, a document edited, added (with a problem) and removed on disk shows on the
 * served pages within 5 s, without a restart; the open page reloads by itself; the page lists its
 * problems in a panel, each linked to its place; the search field says that search needs a build.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { acquireBuildLock, ROOT, withoutVitestEnv } from '../support/site.ts';

const HEADING = '(1) Anna Korff, The River Years, Meridian Press, London 1961:\n\n';
const work = mkdtempSync(path.join(tmpdir(), 'reader-dev-'));
const content = path.join(work, 'content');
const write = (stem: string, title: string, body: string) => writeFileSync(path.join(content, `${stem}.txt`), `---\ntitle: ${title}\n---\n${HEADING}${body}\n`);

let server: ChildProcess;
let base = '';
let output = '';
let release: () => void = () => undefined;
let browser: Browser;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function get(pathname: string): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(pathname, base));
  return { status: response.status, text: await response.text() };
}

/** Asks for `pathname` until `ready` holds, at most `limit` ms; returns how long it took. */
async function until(pathname: string, ready: (page: { status: number; text: string }) => boolean, limit = 5000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const page = await get(pathname).catch(() => ({ status: 0, text: '' }));
    if (ready(page)) return Date.now() - started;
    if (Date.now() - started > limit) throw new Error(`${pathname} did not show the change within ${limit} ms:\n${page.text.slice(0, 400)}\n--- server output:\n${output.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  mkdirSync(content);
  write('alpha', 'Alpha', '{p. 1} The ferryman counted the barges. See beta.html for the rest.');
  write('beta', 'Beta', '{p. 2} The otter swam under the pier.');
  // The dev server writes the project's `.astro/`, as builds do: it takes their turn (hence the
  // long timeout: other test files' builds may come first).
  release = acquireBuildLock();
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...withoutVitestEnv(process.env), CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  for (const stream of [server.stdout!, server.stderr!]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until('alpha/', (page) => page.status === 200, 90_000);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  release();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows an edit on the open page, which reloads by itself, within 5 s', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('alpha/', base).href);
    write('alpha', 'Alpha', '{p. 1} The heron waited by the weir. See beta.html for the rest.');
    const started = Date.now();
    await page.waitForFunction(() => document.body.textContent?.includes('The heron waited by the weir'), undefined, { timeout: 5000 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await page.locator('#site-search-input').getAttribute('placeholder')).toBe('Search needs npm run build');
    await page.close();
  });

  it('shows the whole of a save that reaches the disk in two writes', async () => {
    // An editor's save truncates the file and writes it, and a large one takes more than one write;
    // the watcher reports the first change and drops a second one within 50 ms.
    const file = openSync(path.join(content, 'alpha.txt'), 'w');
    writeSync(file, `---\ntitle: Alpha\n---\n${HEADING}{p. 1} The kingfisher dived`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    writeSync(file, ' from the willow. See beta.html for the rest.\n');
    closeSync(file);
    expect(await until('alpha/', (page) => page.text.includes('dived from the willow'))).toBeLessThan(5000);
  });

  it('serves a new document with its problems in a panel linked to their places, lists it on the home page, and prints them', async () => {
    write('gamma', 'Gamma', '{p. 3} The gulls {circled the mast.');
    expect(await until('gamma/', (page) => page.status === 200 && page.text.includes('circled the mast'))).toBeLessThan(5000);
    const { text } = await get('gamma/');
    // (The dev server adds data-astro-source attributes.)
    expect(text).toMatch(/<section class="dev-problems"/);
    expect(text).toMatch(/<li data-rule="unclosed-brace"[^>]*><a href="#:~:text=circled%20the%20mast\."[^>]*>[^<]*gamma\.txt:6:\d+<\/a>/);
    expect((await get('')).text).toContain('>Gamma</a>');
    expect(output).toMatch(/gamma\.txt:6:\d+ +warning +Unexpected unclosed `\{`/);
    // A document without warnings has no panel.
    expect((await get('beta/')).text).not.toContain('dev-problems');
  });

  it('answers 404 for a removed document, and the documents that linked to it link elsewhere', async () => {
    unlinkSync(path.join(content, 'beta.txt'));
    expect(await until('beta/', (page) => page.status === 404)).toBeLessThan(5000);
    await until('alpha/', (page) => page.text.includes('href="http://mailstar.net/beta.html"'));
    expect((await get('')).text).not.toContain('>Beta</a>');
  });
});
