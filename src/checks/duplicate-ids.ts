/**
 * After the build: no id may appear twice on a page. A page anchor, a note or an excerpt whose id
 * repeats makes citations and links land on the wrong place, silently; the build stops instead.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeHTMLAttribute } from 'entities/decode';
import type { HtmlPage } from '../build/html-pages.ts';

export interface DuplicateId {
  /** The page, relative to the output folder. */
  page: string;
  id: string;
  /** Lines where it appears. */
  lines: number[];
}

/**
 * `checked`: a file (kept between builds) of the keys of pages found clean, which a rebuild then
 * skips: most of its pages are the last build's, and reading their ids again is most of the check.
 */
export async function findDuplicateIds(pages: readonly HtmlPage[], checked?: string): Promise<DuplicateId[]> {
  const clean = new Set(checked ? await readKeys(checked) : []);
  const found = new Set(pages.filter((page) => clean.has(page.key)).map((page) => page.key));
  // Read all at once, which is several times faster on a large site than one by one.
  const unchecked = pages.filter((page) => !found.has(page.key));
  const texts = await Promise.all(unchecked.map((page) => page.read()));
  const duplicates: DuplicateId[] = [];
  for (const [at, { file: page, key }] of unchecked.entries()) {
    const before = duplicates.length;
    for (const [id, lines] of idLines(texts[at]!)) if (lines.length > 1) duplicates.push({ page, id, lines });
    if (duplicates.length === before) found.add(key);
  }
  if (checked) {
    await mkdir(path.dirname(checked), { recursive: true });
    await writeFile(checked, JSON.stringify([...found]));
  }
  return duplicates;
}

async function readKeys(file: string): Promise<string[]> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as string[];
  } catch {
    return [];
  }
}

export function describeDuplicateIds(duplicates: readonly DuplicateId[]): string {
  const list = duplicates.map(({ page, id, lines }) => `  ${page}: id "${id}" ${lines.length} times (lines ${lines.join(', ')})`);
  return `Unexpected duplicate ids, expected every id once per page, or links and citations land on the wrong place:\n${list.join('\n')}\nThis is a fault of the site's code rather than of the texts: please report it with the page named above.`;
}

/** Elements whose content is text, not tags: a `<div id>` in a script is no id of the page. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** A comment, or a tag with its attributes (quoted values may hold `>`): `<`, `/` if it closes, name, attributes. */
const TOKEN = /<!--[^]*?-->|<(\/?)([a-zA-Z][^\s/>]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/g;
/** One attribute of a tag: name, and the value double-quoted, single-quoted or bare. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/**
 * Every id of a page with the lines it appears on. The page is read one byte to a character
 * (`latin1`) and its tags found by a regular expression: an HTML tokenizer (htmlparser2) cost
 * three times as long, most of it on text, where no id can be, and was a tenth of a build's
 * last second. Each id is decoded as UTF-8 and its character references resolved. A <template>'s
 * content is a separate fragment: its ids do not clash with the page's.
 */
export function idLines(page: Buffer): Map<string, number[]> {
  const html = page.toString('latin1');
  const lines = new Map<string, number[]>();
  let templates = 0;
  let line = 1;
  let counted = 0;
  const tokens = new RegExp(TOKEN);
  for (let token = tokens.exec(html); token; token = tokens.exec(html)) {
    const [, closing, tagName, attributes] = token;
    if (tagName === undefined) continue;
    const name = tagName.toLowerCase();
    if (closing) {
      if (name === 'template' && templates > 0) templates--;
      continue;
    }
    const id = templates === 0 && attributes!.includes('id') ? idOf(attributes!) : undefined;
    if (id) {
      for (let at = html.indexOf('\n', counted); at !== -1 && at < token.index; at = html.indexOf('\n', at + 1)) line++;
      counted = Math.max(counted, token.index);
      lines.set(id, [...(lines.get(id) ?? []), line]);
    }
    if (name === 'template') templates++;
    else if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = tokens.lastIndex;
      tokens.lastIndex = end.test(html) ? end.lastIndex - name.length - 2 : html.length;
    }
  }
  return lines;
}

/** The value of a tag's id attribute (its first, as a browser takes it), as the browser reads it. */
function idOf(attributes: string): string | undefined {
  for (const [, name, ...values] of attributes.matchAll(ATTRIBUTE)) {
    if (name!.toLowerCase() !== 'id') continue;
    const value = values.find((candidate) => candidate !== undefined) ?? '';
    return decodeHTMLAttribute(Buffer.from(value, 'latin1').toString('utf8')) || undefined;
  }
  return undefined;
}
