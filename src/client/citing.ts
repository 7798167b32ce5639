/**
 * Citing from the page, the part that runs before any interaction: the tools a page number opens
 * (copy link, cite), the bar showing the page being read (with "cite this page"), and noticing a
 * selection to offer "copy quote with citation". Formatting citations loads on first use
 * (./cite-actions.ts).
 */
import { announce, confirm, copyText } from './dom.ts';
import { PAGE_BREAK, byId, excerptOf, labelOf, pageUrl } from './page.ts';

const actions = () => import('./cite-actions.ts');

/** The tools of one page number, moved next to the number that was activated. */
function initPageTools(): void {
  const tools = byId('page-tools');
  let active: HTMLAnchorElement | null = null;
  const close = (refocus: boolean) => {
    if (!active) return;
    tools.hidden = true;
    active.setAttribute('aria-expanded', 'false');
    if (refocus) active.focus();
    active = null;
  };
  for (const link of document.querySelectorAll('a.page-link')) {
    link.setAttribute('aria-expanded', 'false');
    link.setAttribute('aria-controls', 'page-tools');
  }
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a.page-link');
    if (link) {
      event.preventDefault();
      const again = link === active;
      close(again);
      if (again) return;
      active = link;
      link.after(tools);
      tools.hidden = false;
      tools.setAttribute('aria-label', `${link.dataset.label}: link and citation`);
      link.setAttribute('aria-expanded', 'true');
      history.replaceState(null, '', `#${link.previousElementSibling!.id}`);
      tools.querySelector('button')!.focus();
    } else if (active && !tools.contains(event.target as Node) && !byId('cite-dialog').contains(event.target as Node)) close(false);
  });
  tools.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close(true);
  });
  // Tabbing on past the tools puts them away; the cite dialog taking the focus does not.
  tools.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !tools.contains(next) && next !== active && !byId('cite-dialog').contains(next)) close(false);
  });
  tools.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest('button');
    const anchor = active?.previousElementSibling as HTMLElement | undefined;
    if (!button || !anchor) return;
    if (button.dataset.action === 'cite') return (await actions()).openCite(anchor);
    if (await copyText(pageUrl(anchor.id))) {
      confirm(button, 'Link copied');
      announce(`Link to ${labelOf(anchor)} copied`);
    }
  });
}

export function initCiting(): void {
  if (!document.getElementById('cite-dialog')) return;
  initPageTools();
  const bar = byId('reading-position');
  const label = byId('reading-position-label');
  const cite = bar.querySelector<HTMLButtonElement>('[data-action="cite-page"]')!;
  const copy = byId<HTMLButtonElement>('copy-quote');
  const article = document.querySelector('article[data-document]')!;
  const marks = [...document.querySelectorAll<HTMLElement>(`article ${PAGE_BREAK}, section.excerpt`)];
  let current: HTMLElement | undefined;
  let quote: Range | null = null;

  // The page being read: the last page number (or excerpt) above the top quarter of the window.
  const show = () => {
    let found: HTMLElement | undefined;
    for (const mark of marks) {
      if (mark.getBoundingClientRect().top > innerHeight / 4) break;
      found = mark;
    }
    current = found?.matches(PAGE_BREAK) ? found : undefined;
    const work = found && (excerptOf(found)?.dataset.work ?? 'Introduction');
    // The page first: on a phone the work's name is the part that gets cut short.
    label.textContent = [current && labelOf(current), work].filter(Boolean).join(' · ');
    cite.hidden = !current;
    copy.hidden = !quote;
    bar.hidden = !work && !quote;
  };
  const observer = new IntersectionObserver(show, { rootMargin: '0px 0px -75% 0px' });
  for (const mark of marks) observer.observe(mark);
  cite.addEventListener('click', async () => current && (await actions()).openCite(current));

  // A selection in the text offers "copy quote with citation". A tap on the button may clear the
  // selection first (phones), so the last one is kept while the button is being pressed.
  let pressing = false;
  copy.addEventListener('pointerdown', () => (pressing = true));
  document.addEventListener('selectionchange', () => {
    const selection = getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    if (range && article.contains(range.commonAncestorContainer) && range.toString().trim()) quote = range.cloneRange();
    else if (!pressing) quote = null;
    show();
  });
  copy.addEventListener('click', async () => {
    pressing = false;
    if (quote) await (await actions()).copyQuote(quote, copy);
  });
}
