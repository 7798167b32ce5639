/**
 * What a document page tells reference managers: a COinS record for each quoted work (Zotero) and
 * Highwire Press `citation_*` tags for the document and the works it quotes (Google Scholar, Zotero).
 * Build-time only; the browser reads the COinS back with `workFromCoins` (./format.ts).
 */
import type { Host } from './format.ts';
import type { CitedWork } from './work.ts';
import { YEAR } from './work.ts';

/** An OpenURL ContextObject (KEV) for a COinS span: what Zotero reads as a book. */
export function coins(work: CitedWork): string {
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
export function citationMeta(host: Host, options: { url: string; published?: string; language: string; works: CitedWork[] }): Array<{ name: string; content: string }> {
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
