/**
 * After the build: no id may appear twice on a page. A page anchor, a note or an excerpt whose id
 * repeats makes citations and links land on the wrong place, silently; the build stops instead.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface DuplicateId {
  /** The page, relative to the output folder. */
  page: string;
  id: string;
  /** Lines where it appears. */
  lines: number[];
}

export async function findDuplicateIds(outDir: string): Promise<DuplicateId[]> {
  const pages = (await readdir(outDir, { recursive: true })).filter((name) => name.endsWith('.html')).sort();
  const duplicates: DuplicateId[] = [];
  for (const page of pages) {
    const lines = new Map<string, number[]>();
    collectIds(fromHtml(await readFile(path.join(outDir, page), 'utf8')), lines);
    for (const [id, at] of lines) if (at.length > 1) duplicates.push({ page, id, lines: at });
  }
  return duplicates;
}

export function describeDuplicateIds(duplicates: readonly DuplicateId[]): string {
  const list = duplicates.map(({ page, id, lines }) => `  ${page}: id "${id}" ${lines.length} times (lines ${lines.join(', ')})`);
  return `Unexpected duplicate ids, expected every id once per page, or links and citations land on the wrong place:\n${list.join('\n')}\nThis is a fault of the site's code rather than of the texts: please report it with the page named above.`;
}

function collectIds(node: Nodes, lines: Map<string, number[]>): void {
  if (node.type === 'element') {
    const id = node.properties.id;
    if (typeof id === 'string' && id !== '') {
      const at = lines.get(id) ?? [];
      at.push(node.position?.start.line ?? 0);
      lines.set(id, at);
    }
  }
  // A <template>'s content is not among its children: a separate fragment, whose ids do not clash.
  if ('children' in node) for (const child of node.children) collectIds(child, lines);
}
