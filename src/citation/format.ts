/**
 * Citations of a quoted work at a page, "quoted in" the editor's document: Chicago notes and
 * BibTeX. Pure functions, shared by the build (tests, metadata) and the browser (cite dialog, copy
 * quote), so they stay small and import no code but the page labels (./page-label.ts), which import
 * none: the browser's copy of them holds nothing else.
 */
import { DASH, pagesCited, readPage } from './page-label.ts';
import type { CitedWork } from './work.ts';

/** The editor's document the work is quoted in. */
export interface Host {
  title: string;
  editor?: string;
  /** The site's name: `Annotated Reader`. */
  site: string;
  /** `February 13, 2019`, when the document says when it was last updated. */
  modified?: string;
}

/** What a citation points at: a work (or none, outside the excerpts), pages, the address, the day. */
export interface CiteTarget {
  work?: CitedWork;
  /** Page labels as written in the document, `523`, `xiii`, `12-13`: the first and the last page. */
  pages: string[];
  url: string;
  accessed: Date;
}

/** `Mikhail Heller` -> `Heller, Mikhail`; a single word stays as it is. */
export function invertName(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length < 2 ? name.trim() : `${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}`;
}

/** `A`, `A and B`, `A, B, and C`. */
export function joinNames(names: string[]): string {
  return names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/** `November 1, 2026`. */
export function longDate(date: Date): string {
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}

/** `2026-11-01`, in the reader's own time zone. */
export function isoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** How a book's title is set: italic in rich text; plain text cannot, so by default as it is. */
export type Emphasis = (title: string) => string;
const plain: Emphasis = (title) => title;

/** The quoted work in a Chicago note, without page: `Mikhail Heller and Aleksandr Nekrich, Utopia in Power, trans. … (London: Hutchinson, 1985)`. */
export function chicagoWork(work: CitedWork, emphasis = plain): string {
  const imprint = [[work.place, work.publisher].filter(Boolean).join(': '), work.year].filter(Boolean).join(', ');
  const head = [joinNames(work.authors), work.title && emphasis(work.title), work.translator && `trans. ${work.translator}`].filter(Boolean).join(', ');
  return [head, imprint && `(${imprint})`].filter(Boolean).join(' ');
}

/** The editor's document in a Chicago note: `Peter Myers, “Beria,” Annotated Reader, last modified …, accessed …, URL`. */
export function chicagoHost(host: Host, url: string, accessed: Date, locator = ''): string {
  const editor = host.editor ? `${host.editor}, ` : '';
  const modified = host.modified ? `last modified ${host.modified}, ` : '';
  return `${editor}“${host.title},” ${host.site}, ${locator && `${locator}, `}${modified}accessed ${longDate(accessed)}, ${url}`;
}

/** Where a page outside the excerpts is: `p. 256 of a work quoted in the introduction`. */
function introductionPage(pages: string): string {
  return pages && `${pages.includes(DASH) ? 'pp.' : 'p.'} ${pages} of a work quoted in the introduction`;
}

/** A Chicago note citing the work at its pages, quoted in the editor's document. */
export function chicagoNote(target: CiteTarget, host: Host, emphasis = plain): string {
  const pages = pagesCited(target.pages);
  if (!target.work) return `${chicagoHost(host, target.url, target.accessed, introductionPage(pages))}.`;
  return `${[chicagoWork(target.work, emphasis), pages].filter(Boolean).join(', ')}, quoted in ${chicagoHost(host, target.url, target.accessed)}.`;
}

const BIBTEX_SPECIAL = /[\\{}&%$#_~^]/g;

/** Text made safe for a BibTeX field: `Heller & Nekrich` -> `Heller \& Nekrich`. */
export function bibtexEscape(value: string): string {
  return value.replace(BIBTEX_SPECIAL, (character) =>
    character === '\\' ? '\\textbackslash{}' : character === '~' || character === '^' ? `\\${character}{}` : `\\${character}`,
  );
}

/** A BibTeX entry for the work at its pages (a `@book` with `pages`), or for the document itself. */
export function bibtex(target: CiteTarget, host: Host, key: string): string {
  const work = target.work;
  // BibTeX styles abbreviate ranges themselves: give them the full numbers.
  const first = target.pages[0] === undefined ? undefined : readPage(target.pages[0]).first;
  const last = target.pages.at(-1) === undefined ? undefined : readPage(target.pages.at(-1)!).last;
  const pages = first === undefined ? '' : first === last ? first : `${first}--${last}`;
  const quotedIn = [host.editor, `\`\`${host.title}''`, host.site].filter(Boolean).map((part) => bibtexEscape(part!)).join(', ');
  const fields: Array<[string, string | undefined]> = work
    ? [
        ['author', work.authors.map((name) => bibtexEscape(invertName(name))).join(' and ') || undefined],
        ['title', work.title && bibtexEscape(work.title)],
        ['translator', work.translator && bibtexEscape(invertName(work.translator))],
        ['publisher', work.publisher && bibtexEscape(work.publisher)],
        ['address', work.place && bibtexEscape(work.place)],
        ['year', work.year],
        ['pages', pages || undefined],
        ['note', `Quoted in ${quotedIn}`],
      ]
    : [
        ['author', host.editor && bibtexEscape(invertName(host.editor))],
        ['title', bibtexEscape(host.title)],
        ['organization', bibtexEscape(host.site)],
        ['note', introductionPage(pagesCited(target.pages)) || undefined],
      ];
  fields.push(['url', target.url], ['urldate', isoDate(target.accessed)]);
  const body = fields
    .filter((field): field is [string, string] => Boolean(field[1]))
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${work ? 'book' : 'online'}{${key},\n${body}\n}`;
}

/** A work described by a COinS `title` (OpenURL KEV), as the page carries for Zotero. */
export function workFromCoins(kev: string): CitedWork {
  const fields = new URLSearchParams(kev);
  const get = (name: string) => fields.get(`rft.${name}`) ?? undefined;
  return {
    authors: fields.getAll('rft.au'),
    title: get('btitle'),
    translator: get('translator'),
    place: get('place'),
    publisher: get('pub'),
    year: get('date'),
  };
}
