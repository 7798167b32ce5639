/**
 * The only script a reading page runs: it wakes the search field, makes `/` focus it, and loads the
 * search itself (search-ui.ts, then Pagefind) only when the reader focuses the field. A page opened
 * from a search result (`?highlight=...`) also loads the small highlighter.
 */
import { FIELD_ID, HIGHLIGHT_PARAM } from './shared.ts';

const field = document.getElementById(FIELD_ID);

if (field instanceof HTMLInputElement && import.meta.env.DEV) {
  // `astro dev` builds no search index (Pagefind reads the built site): say so, rather than find nothing.
  field.placeholder = 'Search needs npm run build';
  field.title = 'The search index is made by `npm run build`; `npm start` serves the built site with search.';
} else if (field instanceof HTMLInputElement) {
  field.disabled = false;
  field.placeholder = field.dataset.placeholder ?? '';
  // Enter pressed before the search has loaded still opens the first result once it has.
  let entered = false;
  const early = (event: KeyboardEvent) => {
    if (event.key === 'Enter') entered = true;
  };
  field.addEventListener('keydown', early);
  field.addEventListener('focus', () => void import('./search-ui.ts').then((ui) => {
    field.removeEventListener('keydown', early);
    ui.start(field, entered);
  }), { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTyping(event.target)) return;
    event.preventDefault();
    field.focus();
  });
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import('./highlight.ts');

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
