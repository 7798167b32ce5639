/**
 * What the collection knows beyond any one document: which documents link to a document
 * (backlinks) and where each quoted work is quoted (the index of quoted works). Pure functions over
 * the loader's entries, so pages and tests share them.
 */
import GithubSlugger, { slug } from 'github-slugger';
import type { DocumentData, ExcerptSummary } from '../markdown/document-data.ts';

export interface CollectionDocument {
  id: string;
  data: Pick<DocumentData, 'title' | 'links' | 'excerpts'>;
}

/** The documents, other than `stem` itself, whose cross-references point to `stem`, by title. */
export function backlinks<T extends CollectionDocument>(documents: readonly T[], stem: string): T[] {
  return documents.filter((doc) => doc.id !== stem && doc.data.links.includes(stem)).sort(byTitle);
}

/** A document, and the documents around it, as its page names them. */
export interface DocumentPage<T extends CollectionDocument> {
  doc: T;
  previous?: { id: string; title: string };
  next?: { id: string; title: string };
  /** The documents that link here, by title. */
  linkedFrom: Array<{ id: string; title: string }>;
}

/** Each document's page: its neighbours in the home page's order (by title), and its backlinks. */
export function documentPages<T extends CollectionDocument>(entries: readonly T[]): Array<DocumentPage<T>> {
  const documents = [...entries].sort((a, b) => a.data.title.localeCompare(b.data.title));
  const neighbour = (doc?: T) => doc && { id: doc.id, title: doc.data.title };
  return documents.map((doc, index) => ({
    doc,
    previous: neighbour(documents[index - 1]),
    next: neighbour(documents[index + 1]),
    linkedFrom: backlinks(documents, doc.id).map((source) => ({ id: source.id, title: source.data.title })),
  }));
}

export interface Quotation {
  document: { id: string; title: string };
  excerpt: Pick<ExcerptSummary, 'id' | 'number' | 'heading'>;
  pages: ExcerptSummary['pages'];
}

export interface QuotedWorkEntry {
  /** A readable, unique id for the work's entry on the index page, e.g. `deutscher-russia-after-stalin-1953`. */
  id: string;
  /** The short citation label, e.g. `Deutscher, Russia After Stalin (1953)`. */
  label: string;
  author?: string;
  title?: string;
  year?: string;
  quotations: Quotation[];
}

/**
 * Every quoted work across the collection, with the documents, excerpts and pages quoting it.
 * Excerpts name the same work when their citation labels agree (ignoring case, spacing and
 * Unicode forms); the labels are built the same way in every document.
 */
export function quotedWorks(documents: readonly CollectionDocument[], language = 'en'): QuotedWorkEntry[] {
  const works = new Map<string, QuotedWorkEntry>();
  for (const doc of [...documents].sort(byTitle)) {
    for (const excerpt of doc.data.excerpts) {
      const { label, author, title, year } = excerpt.work;
      const key = label.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
      let work = works.get(key);
      if (!work) {
        work = { id: '', label, author, title, year, quotations: [] };
        works.set(key, work);
      }
      // The fullest description seen wins: one document may name the author where another does not.
      work.author ??= author;
      work.title ??= title;
      work.year ??= year;
      work.quotations.push({
        document: { id: doc.id, title: doc.data.title },
        excerpt: { id: excerpt.id, number: excerpt.number, heading: excerpt.heading },
        pages: excerpt.pages,
      });
    }
  }
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const sorted = [...works.values()].sort((a, b) => collator.compare(a.label, b.label));
  const slugger = new GithubSlugger();
  // An id begins with a letter (`1984-1949` would not be a valid one for every tool).
  for (const work of sorted) {
    const own = slug(work.label);
    work.id = slugger.slug(/^\p{L}/u.test(own) ? work.label : `work ${own}`.trim());
  }
  return sorted;
}

function byTitle(a: CollectionDocument, b: CollectionDocument): number {
  return a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);
}
