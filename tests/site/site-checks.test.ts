/**
 * The built site as a whole (the suite's build of content/): valid HTML, links and #anchors that
 * resolve, unique ids, no inline code, and a strict Content-Security-Policy that Chromium enforces
 * without a single violation. Each check is first shown to catch the fault it looks for.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readHtmlPages } from '../../src/build/html-pages.ts';
import { describeDuplicateIds, findDuplicateIds } from '../../src/checks/duplicate-ids.ts';
import { hostHeaders } from '../support/host-headers.ts';
import { brokenLinks, builtPages, cspViolations, htmlErrors, inlineCode } from '../support/site-checks.ts';

const dist = inject('dist');

/** A small site with one fault of each kind, to show that the checks find them. */
const faulty = mkdtempSync(path.join(tmpdir(), 'reader-faulty-'));
afterAll(() => rmSync(faulty, { recursive: true, force: true }));
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Faulty</title></head><body><main>${body}</main></body></html>`;
mkdirSync(path.join(faulty, 'doc'));
writeFileSync(path.join(faulty, 'index.html'), page('<p id="a">One <a href="/doc/#missing">two</a> <a href="/nowhere/">three</a></p><p id="a">Four</p>'));
writeFileSync(path.join(faulty, 'doc/index.html'), page('<p style="color: red" onclick="go()">Text</p><script>go()</script><style>p{}</style>'));
writeFileSync(path.join(faulty, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n");

describe('the site checks', () => {
  it('find what they look for on a faulty site', async () => {
    expect(await findDuplicateIds(await readHtmlPages(faulty))).toEqual([{ page: 'index.html', id: 'a', lines: [1, 1] }]);
    expect(await brokenLinks(faulty)).toEqual([expect.stringMatching(/^404 .*\/nowhere\//), expect.stringMatching(/^no id for .*\/doc\/#missing/)]);
    expect(inlineCode(faulty)).toEqual(['doc/index.html:1 style attribute on <p>', 'doc/index.html:1 onClick attribute on <p>', 'doc/index.html:1 inline <script>', 'doc/index.html:1 <style>']);
    expect((await htmlErrors(faulty)).join('\n')).toMatch(/no-dup-id/);
    const violations = await cspViolations(faulty, hostHeaders(faulty), ['doc/index.html']);
    expect(violations.some((violation) => /script-src/.test(violation))).toBe(true);
    expect(violations.some((violation) => /style-src/.test(violation))).toBe(true);
  });
});

describe('the duplicate-id check on a rebuild', () => {
  it('skips the pages it found clean before and checks the others', async () => {
    const checked = path.join(faulty, 'checked.json');
    const pages = await readHtmlPages(faulty);
    const [index, doc] = [pages.find((p) => p.file === 'index.html')!, pages.find((p) => p.file === path.join('doc', 'index.html'))!];
    expect(await findDuplicateIds([doc], checked)).toEqual([]);
    expect(JSON.parse(readFileSync(checked, 'utf8'))).toEqual([doc.key]);
    // A page with the key of one found clean is not read again; a faulty page is never remembered.
    const cleanBefore = { ...doc, read: index.read };
    expect(await findDuplicateIds([cleanBefore, index], checked)).toEqual([{ page: 'index.html', id: 'a', lines: [1, 1] }]);
    expect(JSON.parse(readFileSync(checked, 'utf8'))).toEqual([doc.key]);
    // Written again, a page is read again.
    writeFileSync(path.join(faulty, 'doc/index.html'), readFileSync(path.join(faulty, 'index.html')));
    const rewritten = (await readHtmlPages(faulty)).find((p) => p.file === path.join('doc', 'index.html'))!;
    expect(await findDuplicateIds([rewritten], checked)).toEqual([{ page: path.join('doc', 'index.html'), id: 'a', lines: [1, 1] }]);
  });
});

describe('the built site', () => {
  it('has pages to check', () => {
    expect(builtPages(dist)).toEqual(expect.arrayContaining(['index.html', 'beria/index.html']));
  });

  it('has no duplicate ids on any page (the build checks this too)', async () => {
    const duplicates = await findDuplicateIds(await readHtmlPages(dist));
    expect(duplicates, duplicates.length > 0 ? describeDuplicateIds(duplicates) : '').toEqual([]);
  });

  it('resolves every internal link, asset and #anchor on every page', async () => {
    expect(await brokenLinks(dist)).toEqual([]);
  });

  it('passes html-validate on every page', async () => {
    expect(await htmlErrors(dist)).toEqual([]);
  });

  it('has no inline script, style, event handler or javascript: URL', () => {
    expect(inlineCode(dist)).toEqual([]);
  });

  it('ships a Content-Security-Policy without unsafe-inline, and Chromium meets no violation on any page', async () => {
    const headers = hostHeaders(dist);
    const policy = headers('/beria/')['Content-Security-Policy'] ?? '';
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).toMatch(/style-src 'self'/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(await cspViolations(dist, headers)).toEqual([]);
  });

  it('needs wasm-unsafe-eval for search: without it, Pagefind is blocked', async () => {
    const headers = hostHeaders(dist);
    const policy = headers('/beria/')['Content-Security-Policy']!.replace(" 'wasm-unsafe-eval'", '');
    const violations = await cspViolations(dist, (pathname) => ({ ...headers(pathname), 'Content-Security-Policy': policy }), ['beria/index.html']);
    expect(violations.join('\n')).toMatch(/wasm-eval|WebAssembly/i);
  });
});
