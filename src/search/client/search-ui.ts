/**
 * The search, loaded when the reader focuses the search field: Pagefind's JS API behind a small
 * list of results, one per page citation (Pagefind's sub-results), each linking to its page break
 * with the query attached so that the page can highlight it (highlight.ts).
 */
import { DOCUMENT_FILTER, EDITOR_NOTES, editorHeading, mergedBundles, onDocumentPage, PAGE_FILTER, type Revisions, REVISIONS_FILE, SOURCE_FILTER, TEXT_FILTER, withDefaults } from '../filters.ts';
import { foldWord, showSearchText } from '../search-text.ts';
import { exactForm, parseQuery, type Query } from './query.ts';
import { HIGHLIGHT_PARAM } from './shared.ts';

interface SubResult {
  title?: string;
  url: string;
  excerpt: string;
  locations: number[];
}

interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
}

interface Result {
  id: string;
  data(): Promise<ResultData>;
}

type Filters = Record<string, string | Array<Record<string, { any: string[] }>>>;

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Filters }): Promise<{ results: Result[] } | null>;
  preload(term: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface Hit {
  title: string;
  document: string;
  url: string;
  excerpt: string;
  editor: boolean;
  /** Higher first: [phrase, distinct words, words spelt as typed, the source's text before the editor's, longest run of words in order, fewer ranks, hits]. */
  rank: number[];
}

const BASE = import.meta.env.BASE_URL;
/** Hits shown at a time. */
const PAGE = 8;
/** Pagefind results (documents, notes) whose data is fetched at a time. */
const BATCH = 6;
const DEBOUNCE_MS = 120;

/** Pagefind, with the filter that leaves out the main bundle's pages a revised bundle replaces. */
let pagefind: Promise<{ api: Pagefind; replaced: Filters }> | undefined;

function load(): Promise<{ api: Pagefind; replaced: Filters }> {
  pagefind ??= (async () => {
    const [api, revisions] = await Promise.all([import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<Pagefind>, loadRevisions()]);
    // On the main thread: the index is small, and a worker would cost another 40 kB and a CSP rule.
    await api.options({ baseUrl: BASE, noWorker: true });
    await api.init();
    // A large site's index is in parts, and after a rebuild the pages changed since the last full
    // index are in a bundle of their own (src/search/index-site.ts).
    for (const bundle of mergedBundles(revisions)) await api.mergeIndex(`${BASE}pagefind/${bundle}`, { baseUrl: BASE });
    const replaced: Filters = revisions.replaced.length > 0 ? { none: [{ [PAGE_FILTER]: { any: revisions.replaced } }] } : {};
    return { api, replaced };
  })();
  // A failed load (offline, say) is tried again by the next search.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** The build's note of the index's other parts and of a revised bundle. */
async function loadRevisions(): Promise<Revisions> {
  const response = await fetch(`${BASE}pagefind/${REVISIONS_FILE}`);
  return withDefaults(response.ok ? ((await response.json()) as Partial<Revisions>) : undefined);
}

/** Wires the search to the field; `openFirst`: the reader already pressed Enter. */
export function start(field: HTMLInputElement, openFirst = false): void {
  const root = field.closest<HTMLElement>('[data-site-search]')!;
  const panel = root.querySelector<HTMLElement>('.search-panel')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('.search-filters')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('.search-filters select')];

  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The field's value the shown results answer. */
  let answered = '';
  /** The current search: its results, the next one to fetch, hits fetched but not shown yet. */
  let state: { query: Query; results: Result[]; phrased: Set<string>; next: number; waiting: Hit[]; shown: number } | undefined;

  void load().catch(() => undefined);

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
    // While the reader types, the words' index chunks are fetched already (as Pagefind's own
    // debounced search does): the search that follows finds them loaded.
    const { terms } = parseQuery(field.value);
    if (terms) void load().then(({ api }) => api.preload(terms)).catch(() => undefined);
  };

  async function run(): Promise<void> {
    clearTimeout(timer);
    const ticket = ++sequence;
    answered = field.value;
    const query = parseQuery(field.value);
    if (query.words.length === 0) {
      state = undefined;
      list.replaceChildren();
      more.hidden = true;
      panel.hidden = true;
      return;
    }
    panel.hidden = false;
    status.textContent = 'Searching…';
    try {
      const { api, replaced } = await load();
      const filters = { ...activeFilters(), ...replaced };
      // A quote typed without quotation marks is tried as a phrase too: those hits come first.
      const [words, phrase] = await Promise.all([
        query.phrase ? null : api.search(query.terms, { filters }),
        query.phrase || query.words.length >= 3 ? api.search(`"${query.terms}"`, { filters }) : null,
      ]);
      // Pagefind's phrase search misses a few phrases that stand on a page (seen with repeated
      // words): then the words alone, the pages where they stand together first (longestRun).
      const plain = words ?? (phrase?.results.length === 0 && query.words.length > 1 ? await api.search(query.terms, { filters }) : null);
      if (ticket !== sequence) return;
      const phrased = new Set(phrase?.results.map((result) => result.id) ?? []);
      const seen = new Set<string>();
      const results = [...(phrase?.results ?? []), ...(plain?.results ?? [])].filter((result) => !seen.has(result.id) && seen.add(result.id));
      state = { query, results, phrased, next: 0, waiting: [], shown: 0 };
      list.replaceChildren();
      await showMore(ticket);
    } catch (error) {
      if (ticket !== sequence) return;
      status.textContent = `Search could not load its index from ${BASE}pagefind/ (${(error as Error).message}). The site's build writes it: npm run build.`;
    }
  }

  /** Shows the next hits, fetching more results' data while fewer are waiting than a page holds. */
  async function showMore(ticket = sequence): Promise<void> {
    if (!state) return;
    const current = state;
    while (current.waiting.length < PAGE && current.next < current.results.length) {
      const batch = current.results.slice(current.next, current.next + BATCH);
      const first = current.next;
      current.next += batch.length;
      const data = await Promise.all(batch.map((result) => result.data()));
      if (ticket !== sequence) return;
      data.forEach((result, offset) => current.waiting.push(...hitsOf(result, current.query, first + offset, current.phrased.has(batch[offset]!.id))));
      current.waiting.sort(byRank);
    }
    const page = current.waiting.splice(0, PAGE);
    current.shown += page.length;
    list.append(...page.map((hit) => item(hit, current.query)));
    const waiting = current.waiting.length > 0 || current.next < current.results.length;
    more.hidden = !waiting;
    status.textContent =
      current.shown === 0
        ? `Nothing found for ${current.query.shown}.`
        : `${current.shown} result${current.shown === 1 ? '' : 's'} for ${current.query.shown}${waiting ? ', more below' : ''}.`;
  }

  function hitsOf(result: ResultData, query: Query, order: number, phrase: boolean): Hit[] {
    const editor = result.filters[TEXT_FILTER]?.includes(EDITOR_NOTES) ?? false;
    // The filter holds the title as written; the searched title is written as the index reads text.
    const document = result.filters[DOCUMENT_FILTER]?.[0] || showSearchText(result.meta.title ?? '');
    const source = activeFilters()[SOURCE_FILTER];
    const words = result.content.split(/\s+/);
    // A note's or gloss's title names the citation it is on: "Editor’s note 5 on <citation>".
    const citationOf = (sub: SubResult) => (editor ? sub.title?.replace(editorHeading.prefix, '') : sub.title);
    return result.sub_results
      .filter((sub) => sub.locations.length > 0)
      // Pagefind filters whole pages; a source narrows a document (or its notes) to that source's pages.
      .filter((sub) => !source || citationOf(sub) === source || citationOf(sub)?.startsWith(`${source}, `))
      .map((sub) => ({
        title: sub.title || (editor ? editorHeading.gloss(document) : document),
        document,
        url: editor ? onDocumentPage(sub.url) : sub.url,
        excerpt: showSearchText(sub.excerpt),
        editor,
        rank: [Number(phrase), termsFound(query.words, sub.locations, words), spelledAsTyped(query.typed, sub.locations, words), Number(!editor), longestRun(sub.locations), -order, sub.locations.length],
      }));
  }

  function item(hit: Hit, query: Query): HTMLLIElement {
    const entry = document.createElement('li');
    entry.className = hit.editor ? 'search-result search-result-editor' : 'search-result';
    const link = document.createElement('a');
    link.className = 'search-result-link';
    link.href = withHighlight(hit.url, query.shown);
    const title = document.createElement('span');
    title.className = 'search-result-title';
    title.textContent = hit.title;
    const where = document.createElement('span');
    where.className = 'search-result-document';
    where.textContent = hit.document;
    link.append(title, where);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    // Pagefind escapes the text of excerpts and adds only <mark> elements.
    excerpt.innerHTML = hit.excerpt;
    entry.append(link, excerpt);
    return entry;
  }

  function activeFilters(): Record<string, string> {
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.name] = select.value;
    return filters;
  }

  async function loadFilterValues(): Promise<void> {
    const { api } = await load();
    const values = await api.filters();
    for (const select of selects) {
      if (select.name === TEXT_FILTER) continue;
      const known = new Set([...select.options].map((option) => option.value));
      for (const value of Object.keys(values[select.name] ?? {}).sort((a, b) => a.localeCompare(b))) {
        if (!known.has(value)) select.add(new Option(value, value));
      }
    }
  }

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result-link')];

  field.addEventListener('input', schedule);
  field.addEventListener('focus', () => {
    if (state) panel.hidden = false;
  });
  for (const select of selects) select.addEventListener('change', () => void run());
  filterBox.addEventListener('toggle', () => {
    if (filterBox.open) void loadFilterValues().catch(() => undefined);
  });
  more.addEventListener('click', () => {
    const next = links().length;
    void showMore().then(() => links()[next]?.focus());
  });
  root.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      // The first Escape closes the results and keeps the query; the next one clears the field.
      if (panel.hidden) return;
      event.preventDefault();
      panel.hidden = true;
      field.focus();
    } else if (event.key === 'Enter' && event.target === field) {
      // Enter opens the first result of what the field says now, not of an earlier keystroke.
      event.preventDefault();
      void (answered === field.value && all[0] ? Promise.resolve() : run()).then(() => links()[0]?.click());
    } else if (event.key === 'ArrowDown' && (event.target === field || at >= 0) && all.length > 0) {
      event.preventDefault();
      panel.hidden = false;
      all[Math.min(at + 1, all.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? field : all[at - 1]!).focus();
    }
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) panel.hidden = true;
  });

  if (field.value) void run().then(() => openFirst && links()[0]?.click());
}

/** The result's address with the query, for the page to highlight; the fragment stays last. */
function withHighlight(url: string, query: string): string {
  const target = new URL(url, location.href);
  target.searchParams.set(HIGHLIGHT_PARAM, query);
  return target.origin === location.origin ? target.pathname + target.search + target.hash : target.href;
}

/** How many of the query's words a sub-result holds (Pagefind also finds longer and stemmed forms). */
function termsFound(terms: string[], locations: number[], words: string[]): number {
  const found = locations.map((location) => foldWord(words[location] ?? ''));
  return terms.filter((term) => found.some((word) => word.startsWith(term) || term.startsWith(word) || commonStart(word, term) >= 5)).length;
}

/** How many of the words typed stand at the locations spelt exactly so, accents included. */
function spelledAsTyped(typed: string[], locations: number[], words: string[]): number {
  const found = new Set(locations.map((location) => exactForm(showSearchText(words[location] ?? ''))));
  return typed.filter((word) => found.has(word)).length;
}

function commonStart(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
}

function longestRun(locations: number[]): number {
  const sorted = [...locations].sort((a, b) => a - b);
  let best = sorted.length > 0 ? 1 : 0;
  let run = best;
  for (let index = 1; index < sorted.length; index++) {
    run = sorted[index] === sorted[index - 1]! + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

function byRank(a: Hit, b: Hit): number {
  for (let index = 0; index < a.rank.length; index++) {
    const difference = b.rank[index]! - a.rank[index]!;
    if (difference !== 0) return difference;
  }
  return 0;
}
