/**
 * What citing does once asked, loaded on first use so that reading loads none of it: fill and open
 * the cite dialog (Chicago and BibTeX), and copy a selected quote with its citation. The quoted
 * work comes from the excerpt's COinS span, the document from the reader's data-cite-* attributes:
 * the same facts Zotero reads.
 */
import { type CiteTarget, type Host, bibtex, chicagoNote, workFromCoins } from '../citation/format.ts';
import { pagesCited } from '../citation/page-label.ts';
import type { CitedWork } from '../citation/work.ts';
import { announce, confirm, copyText } from './dom.ts';
import { sourceOnly } from './reading-mode.ts';
import { PAGE_BREAK, byId, excerptOf, labelOf, pageUrl } from './page.ts';

const OPEN = '\uE001';
const CLOSE = '\uE002';

/** A citation as plain text and as HTML with the book's title in italics, for word processors. */
function rich(write: (emphasis: (title: string) => string) => string): { text: string; html: string } {
  const marked = write((title) => `${OPEN}${title}${CLOSE}`);
  const escaped = marked.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
  return { text: marked.replace(/[\uE001\uE002]/g, ''), html: escaped.replaceAll(OPEN, '<i>').replaceAll(CLOSE, '</i>') };
}

/** Copies rich text where the browser allows it, plain text otherwise. */
async function copyRich({ text, html }: { text: string; html: string }): Promise<boolean> {
  try {
    const item = new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) });
    await navigator.clipboard.write([item]);
    return true;
  } catch {
    return copyText(text);
  }
}

let chicago = { text: '', html: '' };

function host(): Host {
  const data = document.querySelector<HTMLElement>('[data-cite-title]')!.dataset;
  return { title: data.citeTitle!, editor: data.citeEditor, site: data.citeSite!, modified: data.citeModified };
}

function workOf(section: HTMLElement | null): CitedWork | undefined {
  const coins = section && document.querySelector<HTMLElement>(`.Z3988[data-excerpt="${section.id}"]`);
  return coins ? workFromCoins(coins.title) : undefined;
}

let dialogReady = false;

export function openCite(anchor: HTMLElement): void {
  const dialog = byId<HTMLDialogElement>('cite-dialog');
  if (!dialogReady) {
    dialogReady = true;
    dialog.addEventListener('click', async (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
      if (!button) return;
      const field = byId<HTMLInputElement | HTMLTextAreaElement>(button.dataset.copy!);
      if (await (field.id === 'cite-chicago' ? copyRich(chicago) : copyText(field.value))) {
        confirm(button, 'Copied');
        announce(`${button.dataset.what} copied`);
      } else field.select();
    });
  }
  const section = excerptOf(anchor);
  const target: CiteTarget = { work: workOf(section), pages: [anchor.dataset.page!], url: pageUrl(anchor.id), accessed: new Date() };
  const about = host();
  byId('cite-title').textContent = `Cite ${labelOf(anchor)}`;
  byId('cite-work').textContent = section?.dataset.work ?? about.title;
  chicago = rich((emphasis) => chicagoNote(target, about, emphasis));
  byId<HTMLTextAreaElement>('cite-chicago').value = chicago.text;
  // The BibTeX key: the excerpt's id for a work, the document's stem for the document itself.
  const key = target.work ? section!.id : document.querySelector<HTMLElement>('[data-document]')!.dataset.document!;
  byId<HTMLTextAreaElement>('cite-bibtex').value = bibtex(target, about, key);
  byId<HTMLInputElement>('cite-link').value = target.url;
  dialog.showModal();
}

/** The words of a range as a reader sees them: no note, note number or hidden label; paragraphs kept. */
export function quoteText(range: Range): string {
  const fragment = range.cloneContents();
  const hidden = `.note, .note-ref, .visually-hidden, .page-tools${sourceOnly() ? ', [data-editor]' : ''}`;
  for (const element of fragment.querySelectorAll(hidden)) element.remove();
  for (const block of fragment.querySelectorAll('p, blockquote, h2, h3, li')) block.append('\uE000');
  return fragment
    .textContent!.split('\uE000')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The page anchors a range spans: the page its first word is on and every break it crosses into words. */
export function quotePages(range: Range): HTMLElement[] {
  const root = excerptOf(range.startContainer) ?? document.querySelector('article[data-document]')!;
  const anchors = [...root.querySelectorAll<HTMLElement>(PAGE_BREAK)];
  const words = (after: Node | null, before: Node | null) => {
    const part = range.cloneRange();
    if (after) part.setStartAfter(after);
    if (before) part.setEndBefore(before);
    return /[\p{L}\p{N}]/u.test(part.toString());
  };
  const inside = anchors.filter((anchor) => range.comparePoint(anchor, 0) === 0);
  const before = anchors.filter((anchor) => range.comparePoint(anchor, 0) < 0).at(-1);
  if (inside.length > 0 && !words(inside.at(-1)!, null)) inside.pop();
  const start = before && (inside.length === 0 || words(null, inside[0]!)) ? [before] : [];
  return [...start, ...inside];
}

export async function copyQuote(range: Range, button: HTMLElement): Promise<void> {
  const anchors = quotePages(range);
  const section = excerptOf(range.startContainer);
  const target: CiteTarget = {
    work: workOf(section),
    pages: anchors.map((anchor) => anchor.dataset.page!),
    url: pageUrl(anchors[0]?.id ?? section?.id ?? 'main'),
    accessed: new Date(),
  };
  const words = quoteText(range);
  const note = rich((emphasis) => chicagoNote(target, host(), emphasis));
  const html = `<p>“${words.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`).replaceAll('\n\n', '</p><p>')}”</p><p>${note.html}</p>`;
  if (await copyRich({ text: `“${words}”\n${note.text}`, html })) {
    confirm(button, 'Quote copied');
    const pages = pagesCited(target.pages);
    announce(`Quote copied${pages ? ` with ${pages.includes('–') ? 'pages' : 'page'} ${pages}` : ''}`);
  }
}
