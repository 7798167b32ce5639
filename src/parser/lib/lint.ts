/**
 * Checks run on the parsed tree, after fromText: problems that need the whole structure rather than
 * one paragraph. They report on the file and never change the tree.
 *
 * - page-backwards: a page marker lower than the one before it in the same excerpt;
 * - page-repeated: a page marked twice in one excerpt (a range marks each of its pages).
 * Only pages numbered the same way are compared (roman front matter, then arabic); named pages
 * such as `{frontispiece}` and the preamble, which quotes several books, are not checked.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type Page, readPage } from '../../citation/page-label.ts';
import type { PageBreak } from '../types.ts';
import { eachOfType } from './each-node.ts';

const SOURCE = 'reader-lint';
/** Pages of a range remembered as seen: `{pp. 12-13}`; a mistyped `{pp. 12-1300}` stays cheap. */
const MAX_RANGE = 100;

type PageNumber = Exclude<Page, { system: 'named' }>;

export function lintTree(tree: Root, file: VFile): void {
  for (const section of tree.children) {
    if (section.type !== 'excerpt') continue;
    const previous: Partial<Record<PageNumber['system'], { page: PageNumber; node: PageBreak }>> = {};
    const seen = new Map<string, PageBreak>();
    eachOfType(section, 'pageBreak', (node) => {
      const page = readPage(node.value);
      if (page.system === 'named') return;
      const before = previous[page.system];
      const arabicBefore = page.system === 'roman' ? previous.arabic : undefined;
      const again = seen.get(`${page.system} ${page.from}`);
      if (again) {
        report(file, node, `Unexpected page \`${node.raw}\` again in the same excerpt${at(again, 'first on line')}, expected each page once; is a number mistyped?`, 'page-repeated');
      } else if (arabicBefore) {
        report(file, node, `Unexpected roman page \`${node.raw}\` after \`${arabicBefore.node.raw}\`${at(arabicBefore.node)} in the same excerpt, expected roman pages before arabic ones`, 'page-backwards');
        delete previous.arabic;
      } else if (before && page.from < before.page.to) {
        report(file, node, `Unexpected page \`${node.raw}\` after \`${before.node.raw}\`${at(before.node)} in the same excerpt, expected a page after ${before.page.to}; is a number mistyped?`, 'page-backwards');
      }
      // Each marker is compared with the one just before it, so one mistyped number is reported once.
      previous[page.system] = { page, node };
      for (let number = page.from; number <= Math.min(page.to, page.from + MAX_RANGE); number++) {
        if (!seen.has(`${page.system} ${number}`)) seen.set(`${page.system} ${number}`, node);
      }
    });
  }
}

function at(node: PageBreak, words = 'line'): string {
  const start = node.position?.start;
  return start ? ` (${words} ${start.line})` : '';
}

function report(file: VFile, node: PageBreak, reason: string, ruleId: string): void {
  file.message(reason, { place: node.position, ruleId, source: SOURCE });
}
