/**
 * Build-time descriptions of the quoted works and of the document, for citations and for
 * reference managers: a `Work` per excerpt (authors, title, translator, place, publisher, year, read
 * from its heading and bibliography lines), COinS for Zotero, Highwire `citation_*` tags.
 */
import type { ExcerptSummary } from '../markdown/document-data.ts';
import type { Host, Work } from './format.ts';

const YEAR = /\b(1[4-9]\d\d|20\d\d)\b/;
const TRANSLATOR = /\btrans(?:lated|\.)\s+by\s+([^,();]+?)\s*(?=[,();]|$)/i;
const NOT_AN_IMPRINT = /copyright|©|\bat$|\bonline\b/i;

/** The quoted work of an excerpt, or nothing when neither its author nor its title can be read. */
export function excerptWorkRecord(excerpt: Pick<ExcerptSummary, 'id' | 'heading' | 'bibliography' | 'author' | 'title' | 'year'>): Work | undefined {
  if (!excerpt.author && !excerpt.title) return undefined;
  const lines = [excerpt.heading, ...excerpt.bibliography];
  const translator = lines.map((line) => TRANSLATOR.exec(line)?.[1]).find(Boolean);
  return {
    id: excerpt.id,
    authors: excerpt.author ? splitNames(excerpt.author) : [],
    title: excerpt.title,
    translator,
    year: excerpt.year,
    ...imprint(lines, excerpt.year),
  };
}

/** `Mikhail Heller and Aleksandr Nekrich` -> two names; `Pavel Sudoplatov and Anatoli Sudoplatov` too. */
export function splitNames(author: string): string[] {
  return author
    .split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Place and publisher from the line that gives the year: the last parenthesis holding it
 * (`(Hutchinson, London, 1985)`), or the comma-separated words after the title
 * (`…, Hamish Hamilton, London 1953:`), or a line of its own (`Ballantine Books, New York 1959`).
 */
export function imprint(lines: string[], year: string | undefined): { place?: string; publisher?: string } {
  if (!year) return {};
  for (const line of [...lines].reverse()) {
    if (!line.includes(year)) continue;
    const parentheses = [...line.matchAll(/\(([^()]*)\)/g)].map((match) => match[1]!).filter((inner) => inner.includes(year));
    const source = parentheses.at(-1) ?? line.replace(/[.:;]+\s*$/, '');
    if (NOT_AN_IMPRINT.test(source)) return {};
    const segments = source.split(/\s*,\s*/);
    const at = segments.findIndex((segment) => YEAR.test(segment));
    if (at < 0) return {};
    const own = segments[at]!.replace(new RegExp(YEAR.source, 'g'), '').replace(/[\s,.:;]+$/, '').trim();
    const placeAt = own ? at : at - 1;
    const place = own || segments[placeAt];
    // Publisher: inside a parenthesis, the capitalised segments before the place (`Little, Brown
    // and Company`); in a heading's run of segments only the one before it, since the title and
    // the author come before that.
    const before: string[] = [];
    for (let index = placeAt - 1; index >= 0; index--) {
      const segment = segments[index]!.replace(/^\(/, '');
      if (!/^[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|and|&|of))*$/.test(segment) || segment.split(/\s+/).length > 5) break;
      before.unshift(segment);
      if (parentheses.length === 0) break;
    }
    if (!place || !/^[A-Z]/.test(place) || place.split(/\s+/).length > 4) return {};
    return { place, publisher: before.join(', ') || undefined };
  }
  return {};
}

/** An OpenURL ContextObject (KEV) for a COinS span: what Zotero reads as a book. */
export function coins(work: Work): string {
  const fields = new URLSearchParams({
    ctx_ver: 'Z39.88-2004',
    rft_val_fmt: 'info:ofi/fmt:kev:mtx:book',
    'rft.genre': 'book',
  });
  for (const author of work.authors) fields.append('rft.au', author);
  const optional: Array<[string, string | undefined]> = [
    ['rft.btitle', work.title],
    ['rft.translator', work.translator],
    ['rft.place', work.place],
    ['rft.pub', work.publisher],
    ['rft.date', work.year],
  ];
  for (const [name, value] of optional) if (value) fields.append(name, value);
  return fields.toString();
}

/** Highwire Press `citation_*` tags (Google Scholar, Zotero) for the document and the works it quotes. */
export function citationMeta(host: Host, options: { url: string; published?: string; language: string; works: Work[] }): Array<{ name: string; content: string }> {
  const tags: Array<{ name: string; content: string }> = [{ name: 'citation_title', content: host.title }];
  if (host.editor) tags.push({ name: 'citation_author', content: host.editor });
  if (options.published) tags.push({ name: 'citation_publication_date', content: options.published });
  tags.push(
    { name: 'citation_publisher', content: host.site },
    { name: 'citation_language', content: options.language },
    { name: 'citation_fulltext_html_url', content: options.url },
  );
  for (const work of options.works) {
    const parts = [
      work.title && `citation_title=${work.title}`,
      ...work.authors.map((author) => `citation_author=${author}`),
      work.year && `citation_publication_date=${work.year}`,
      work.publisher && `citation_publisher=${work.publisher}`,
    ].filter(Boolean);
    tags.push({ name: 'citation_reference', content: parts.join('; ') });
  }
  return tags;
}

const DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})\b/g;

/** From the document's dates line: the first year (publication) and the last full date (last update). */
export function documentDates(dates: string | undefined): { published?: string; modified?: string } {
  if (!dates) return {};
  const full = [...dates.matchAll(DATE)].map((match) => match[0]);
  return { published: YEAR.exec(dates)?.[1], modified: full.length > 1 || /updat/i.test(dates) ? full.at(-1) : undefined };
}
