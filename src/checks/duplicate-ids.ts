/**
 * After the build: no id may appear twice on a page. A page anchor, a note or an excerpt whose id
 * repeats makes citations and links land on the wrong place, silently; the build stops instead.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
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
    for (const [id, lines] of idLines(texts[at]!.toString('utf8'))) if (lines.length > 1) duplicates.push({ page, id, lines });
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

/**
 * Every id of a page with the lines it appears on. A streaming tokenizer, not a tree: on a large
 * site a full parse of every page cost more than a tenth of the build. A <template>'s content is a
 * separate fragment: its ids do not clash with the page's.
 */
function idLines(html: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  let templates = 0;
  let line = 1;
  let counted = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const { id } = attributes;
        if (templates === 0 && id) {
          for (let at = html.indexOf('\n', counted); at !== -1 && at < parser.startIndex; at = html.indexOf('\n', at + 1)) line++;
          counted = Math.max(counted, parser.startIndex);
          lines.set(id, [...(lines.get(id) ?? []), line]);
        }
        if (name === 'template') templates++;
      },
      onclosetag(name) {
        if (name === 'template' && templates > 0) templates--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return lines;
}
