/**
 * Page labels, read and written in one place: the parser's page checks, the pages' citations
 * (`p. 31`, `pp. 12-13`), an excerpt's pages in the contents (`pp. 31–35`), Chicago's page ranges
 * (`522–23`) and "go to page" in the browser all use these. Import-free, as the browser takes it.
 */

export const DASH = '–';

/**
 * A page label as written (the `value` of a page break), read: `31`, `12-13`, `xiii`, `5 (Preface)`.
 * A page the editor marks by name (`frontispiece`, `title-page`, `plates 3-4`) stays whole.
 */
export type Page =
  | { system: 'named'; first: string; last: string }
  | {
      system: 'arabic' | 'roman';
      /** The first and the last page as written: `12` and `13` of `12-13`; a single page is both. */
      first: string;
      last: string;
      /** Their numbers in that system, for comparing pages: `xiii–xv` is 13 to 15. */
      from: number;
      to: number;
    };

/** A number opening a label, arabic or roman, and what follows a dash after it. */
const NUMBERED = /^(?:(\d+)|([ivxlcdm]+)(?![a-z]))(?:\s*[-–]\s*(\S.*))?/i;

export function readPage(label: string): Page {
  const match = NUMBERED.exec(label);
  if (!match) return { system: 'named', first: label, last: label };
  const [, arabic, roman, rest] = match;
  const first = rest === undefined ? label : (arabic ?? roman)!;
  const last = rest ?? label;
  // The range's end counts only when it is written in the same system: `12-xiii` is page 12.
  if (arabic !== undefined) {
    const end = rest && /^\d+/.exec(rest)?.[0];
    return { system: 'arabic', first, last, from: Number(arabic), to: Number(end || arabic) };
  }
  const end = rest && /^[ivxlcdm]+(?![a-z])/i.exec(rest)?.[0];
  return { system: 'roman', first, last, from: romanValue(roman!), to: romanValue(end || roman!) };
}

function romanValue(numeral: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  const digits = [...numeral.toLowerCase()].map((digit) => values[digit]!);
  return digits.reduce((total, value, index) => total + (value < (digits[index + 1] ?? 0) ? -value : value), 0);
}

/** How one page is cited: `p. 31`, `pp. 12-13`, `p. xiii`, and a named page as written (`frontispiece`). */
export function pageLabel(label: string): string {
  const page = readPage(label);
  if (page.system === 'named') return label;
  // A range is written as two pages (`12-13`, even `12-12`); a single page's first page is its label.
  return page.first === label ? `p. ${label}` : `pp. ${label}`;
}

/**
 * Where a stretch of text stands, as the page's citations and search results name it: a page of
 * the quoted work (`Deutscher, Russia After Stalin (1953), p. 31`), or the document's introduction.
 */
export const citationTitle = {
  page: (work: string, label: string) => `${work}, ${pageLabel(label)}`,
  introduction: (documentTitle: string) => `${documentTitle}, introduction`,
};

/** The pages an excerpt quotes, first to last, for its line in the contents: `p. 103`, `pp. 31–35`. */
export function pageRange(labels: string[]): string {
  if (labels.length < 2) return labels.length === 0 ? '' : pageLabel(labels[0]!);
  return `pp. ${readPage(labels[0]!).first}${DASH}${readPage(labels.at(-1)!).last}`;
}

/**
 * A page range in Chicago's abbreviated form (CMOS 9.61): 3–10, 100–104, 101–8, 321–28, 1496–500.
 * Pages that are not plain numbers (xiii, frontispiece) are written whole.
 */
export function pageSpan(first: string, last: string): string {
  const from = readPage(first).first;
  const to = readPage(last).last;
  if (from === to) return from;
  if (!/^\d+$/.test(from) || !/^\d+$/.test(to) || Number(to) < Number(from)) return `${from}${DASH}${to}`;
  const start = Number(from);
  if (start < 100 || start % 100 === 0 || to.length !== from.length) return `${from}${DASH}${to}`;
  // Drop the leading digits the two numbers share, keeping at least two (one after 101–109).
  let shared = 0;
  while (shared < from.length && from[shared] === to[shared]) shared++;
  const keep = start % 100 < 10 ? 1 : 2;
  return `${from}${DASH}${to.slice(Math.min(shared, to.length - keep)).replace(/^0+(?=\d)/, '')}`;
}

/** Pages as Chicago cites them in a note: `523`, `522–23`, `12–13`. */
export function pagesCited(pages: string[]): string {
  return pages.length === 0 ? '' : pageSpan(pages[0]!, pages.at(-1)!);
}
