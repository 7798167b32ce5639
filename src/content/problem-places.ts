/**
 * Where on a document's page a problem is, for the problems panel of `astro dev`
 * (src/components/DevProblems.astro): the page break a page-order problem is about, or else the
 * words at the problem's place, as a text fragment (`:~:text=`) that the browser scrolls to and
 * marks: text the parser did not understand stays on the page as text.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { eachOfType, normalizeNewlines } from '../parser/index.ts';

/** The fragment (without `#`) of each message of `file`, in order; '' where there is none. */
export function problemPlaces(tree: Root, file: VFile): string[] {
  const breaks = new Map<string, string>();
  eachOfType(tree, 'pageBreak', (node) => {
    const start = node.position?.start;
    if (start) breaks.set(`${start.line}:${start.column}`, node.id);
  });
  // Positions are those of the text the parser saw: newlines as LF.
  const lines = normalizeNewlines(String(file.value)).split('\n');
  return file.messages.map((message) => {
    if (!message.line) return '';
    const pageBreak = breaks.get(`${message.line}:${message.column ?? 1}`);
    if (pageBreak) return pageBreak;
    const rest = (lines[message.line - 1] ?? '').slice((message.column ?? 1) - 1);
    // A few whole words from the place on, without the braces the page may not show.
    const words = rest.split(/\s+/).filter(Boolean).slice(0, 6).join(' ').replace(/[{}]/g, '').trim();
    return /[\p{L}\p{N}]/u.test(words) ? `:~:text=${encodeURIComponent(words)}` : '';
  });
}
