/**
 * A hostile document built into a site: tests/site/hostile/hostile.txt has a byte-order mark, CRLF
 * line ends, bytes that are not UTF-8, quoted <script>, <img onerror>, <iframe> and <style> tags,
 * entities, Markdown-looking lines, bracketed `javascript:` links, nested, stray and unbalanced
 * braces, pages out of order and a brace left open to the end of the file. Beside it: an empty
 * file, a file without excerpts and a clean document it cross-references.
 *
 * The site builds, reports each problem grouped per file, keeps every word in order, carries
 * nothing from the text as markup, and passes the same site checks as the seed's site. In strict
 * mode the same build stops.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parser/index.ts';
import { inOrderRatio, words } from '../support/fidelity.ts';
import { hostHeaders } from '../support/host-headers.ts';
import { brokenLinks, cspViolations, htmlErrors, inlineCode } from '../support/site-checks.ts';
import { ROOT } from '../support/site.ts';

const FIXTURE = path.join(ROOT, 'tests/site/hostile/hostile.txt');
const bytes = readFileSync(FIXTURE);
const work = mkdtempSync(path.join(tmpdir(), 'reader-hostile-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');

/** `astro build` with the given environment; its exit status and everything it printed. */
function build(outDir: string, env: Record<string, string>): { status: number | null; output: string } {
  // Vitest mirrors import.meta.env into process.env; a build must not inherit BASE_URL and the like.
  const { BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...inherited, READER_STRICT: '', ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let log: { status: number | null; output: string };
let page: string;

beforeAll(() => {
  mkdirSync(content);
  copyFileSync(FIXTURE, path.join(content, 'hostile.txt'));
  writeFileSync(path.join(content, 'empty.txt'), '');
  writeFileSync(path.join(content, 'prose.txt'), 'A page of prose with no numbered excerpt at all.\n');
  writeFileSync(path.join(content, 'kowalski.txt'), '(1) Jan Kowalski, Night Trains, Harbour Books, Leeds 1977:\n\n{p. 1} The trains ran late.\n');
  log = build(dist, { CONTENT_DIR: content });
  if (log.status !== 0) throw new Error(`The hostile site did not build:\n${log.output}`);
  page = readFileSync(path.join(dist, 'hostile/index.html'), 'utf8');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The document's text as decoded, newlines normalised: what its page must keep. */
const text = decodeText(bytes).text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');

describe('the hostile fixture', () => {
  it('is as hostile as it says', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes('\r\n')).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    for (const needle of ['<script>', 'onerror=', '](javascript:', '\n# ', '\n* ', '{a remark {nested', ' } stood', '{Unbalanced']) expect(text).toContain(needle);
    // The last brace is left open to the end of the file.
    expect(text.slice(text.lastIndexOf('{'))).not.toContain('}');
  });
});

describe('building it', () => {
  it('reports every problem under its file, with a count per file and for all', () => {
    const report = log.output.slice(log.output.indexOf('Problems in the documents:'));
    const hostile = report.slice(report.indexOf('hostile.txt: '), report.indexOf('\n\n', report.indexOf('hostile.txt: ')));
    expect(hostile).toMatch(/^hostile\.txt: \d+ warnings, \d+ infos?\n/);
    for (const rule of ['not-utf8', 'nested-brace', 'stray-brace', 'unclosed-brace', 'page-backwards', 'page-repeated']) {
      expect(hostile).toMatch(new RegExp(`^  \\S*hostile\\.txt:\\d+:\\d+ +warning  Unexpected .+, expected .+  ${rule}$`, 'm'));
    }
    expect(hostile).toContain('Unexpected byte 0xE9 at byte offset');
    expect(report).toMatch(/empty\.txt: 1 warning\n  \S*empty\.txt:1:1 +warning  Unexpected document without excerpts/);
    expect(report).toMatch(/prose\.txt: 1 warning\n/);
    expect(report).not.toContain('kowalski.txt:');
    expect(report).toMatch(/4 documents checked: \d+ warnings, \d+ infos? in 3 documents \(infos not listed/);
  });

  it('stops in strict mode, saying why and how to go on, before writing any page', () => {
    const strictDist = path.join(work, 'strict');
    const strict = build(strictDist, { CONTENT_DIR: content, READER_STRICT: '1' });
    expect(strict.status).not.toBe(0);
    expect(strict.output).toMatch(/Strict mode: \d+ warnings in the texts \(listed above\)\. Fix them, or build without strict mode/);
    expect(existsSync(path.join(strictDist, 'index.html'))).toBe(false);
  });

  it('builds a page for the empty file and for the file without excerpts', () => {
    for (const stem of ['empty', 'prose']) {
      const html = readFileSync(path.join(dist, `${stem}/index.html`), 'utf8');
      expect(select(`article[data-document="${stem}"]`, fromHtml(html))).toBeDefined();
    }
  });
});

describe('the hostile page', () => {
  const article = () => select('article[data-document]', fromHtml(page))!;
  const articleText = () => toText(article(), { whitespace: 'pre' });

  it('keeps at least 99.5% of the words, in order', () => {
    const expected = words(text.replace(/\{\s*pp?\b[^{}]*\}/gi, ' '));
    expect(expected.length).toBeGreaterThan(300);
    expect(inOrderRatio(expected, words(articleText()))).toBeGreaterThanOrEqual(0.995);
  });

  it('keeps what braces could not pair as text: the open brace to the end, the stray one, the nested ones', () => {
    const shown = articleText();
    expect(shown).toContain('{this remark runs to the end of the file and its words must all survive, every one of them, even without the closing brace');
    expect(shown).toContain('A stray brace } stood in the timetable');
    expect(shown).toContain('not a word {really} nothing');
    expect(shown).toContain('a remark {nested twice {and thrice}} left');
    expect(shown).toContain('The {Unbalanced Heading');
  });

  it('reads the bytes that are not UTF-8 as Windows-1252 and keeps the UTF-8 around them', () => {
    const shown = articleText();
    for (const word of ['Café owners', 'the mayor’s office', 'a naïve man', 'ÿþ and a lone continuation €']) expect(shown).toContain(word);
    expect(shown).not.toContain('\ufffd');
  });

  it('keeps tabs and non-breaking spaces', () => {
    expect(articleText()).toContain('ran\tlate, and the station\u00a0master');
  });

  it('has one page anchor per page marker, in order, with unique ids', () => {
    const anchors = selectAll('[role="doc-pagebreak"]', article()) as Element[];
    expect(anchors.map((anchor) => anchor.properties.dataPage)).toEqual(['12', '13', '11', '13', '40', '41']);
    expect(new Set(anchors.map((anchor) => anchor.properties.id)).size).toBe(anchors.length);
  });

  it('shows tags, entities, Markdown and javascript: links as the text they are', () => {
    const shown = articleText();
    for (const literal of [
      '<script>alert("preamble")</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(2)">a link</a>',
      '&amp; &lt;b&gt; and &#60;script&#62;',
      '[the archive](javascript:alert(3))',
      '[ref]: javascript:alert(4)',
      '# Not a heading',
      '* not a list item',
      '> not a quotation',
      '`inline code` and **bold** and _emphasis_ and <!-- a comment --> stay literal.',
      '<iframe src="javascript:alert(6)"></iframe>',
      'javascript:alert(5) is only words here',
    ]) {
      expect(shown).toContain(literal);
    }
    const elements = new Set<string>();
    visit(article(), 'element', (element: Element) => {
      elements.add(element.tagName);
    });
    for (const tag of ['script', 'img', 'iframe', 'style', 'h1', 'ul', 'code', 'strong', 'em', 'pre']) expect(elements).not.toContain(tag);
  });

  it('carries no script, event handler or javascript: URL anywhere on the page', () => {
    visit(fromHtml(page), 'element', (element: Element) => {
      if (element.tagName === 'script') expect(String(element.properties.src)).toMatch(/^\/_astro\//);
      for (const [name, value] of Object.entries(element.properties)) {
        expect(name).not.toMatch(/^on/i);
        expect(String(value)).not.toMatch(/^\s*javascript:/i);
      }
    });
  });

  it('links cross-references only to a document here or to the original site over http(s)', () => {
    const links = selectAll('a[data-xref]', article()) as Element[];
    expect(links.map((link) => [link.properties.dataXref, link.properties.href])).toEqual([
      ['kowalski', '/kowalski/'],
      ['kaganovich', 'http://mailstar.net/kaganovich.html'],
    ]);
    for (const link of selectAll('a[href]', article()) as Element[]) expect(String(link.properties.href)).toMatch(/^(#|\/|https?:\/\/)/);
  });

  it('offers the text for download as UTF-8, in its Windows-1252 reading', () => {
    const download = readFileSync(path.join(dist, 'hostile.txt'));
    expect(new TextDecoder('utf-8', { fatal: true }).decode(download)).toContain('Café owners complained');
  });
});

describe('the hostile site', () => {
  it('resolves every internal link and #anchor', async () => {
    expect(await brokenLinks(dist)).toEqual([]);
  });

  it('passes html-validate on every page', async () => {
    expect(await htmlErrors(dist)).toEqual([]);
  });

  it('has no inline code and meets no Content-Security-Policy violation in Chromium', async () => {
    expect(inlineCode(dist)).toEqual([]);
    expect(await cspViolations(dist, hostHeaders(dist), ['hostile/index.html', 'empty/index.html'])).toEqual([]);
  });
});
