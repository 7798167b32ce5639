/**
 * "Go to page" of an excerpt: type 523, land on p. 523 of that excerpt's work. Without JavaScript
 * the form still takes the reader to the excerpt (its action is the excerpt's anchor).
 */
import { pageLabel, readPage } from '../citation/page-label.ts';
import { PAGE_BREAK } from './page.ts';

/** Does a page label (`523`, `xiii`, `12-13`) hold the wanted page? */
function holds(label: string, wanted: string): boolean {
  const page = readPage(label);
  if (page.first.toLowerCase() === wanted || page.last.toLowerCase() === wanted) return true;
  const number = Number(wanted);
  return /^\d+$/.test(wanted) && page.system === 'arabic' && page.from <= number && number <= page.to;
}

function go(form: HTMLFormElement, value: string): void {
  const wanted = value.trim().replace(/^pp?\.?\s*/i, '').toLowerCase();
  const output = form.querySelector('output')!;
  const section = document.getElementById(form.dataset.excerpt!);
  if (!wanted || !section) return;
  const anchors = [...section.querySelectorAll<HTMLElement>(PAGE_BREAK)];
  const hit = anchors.find((anchor) => holds(anchor.dataset.page!, wanted));
  if (hit) {
    output.textContent = '';
    location.hash = hit.id;
    (hit.nextElementSibling as HTMLElement).focus({ preventScroll: true });
    return;
  }
  const number = Number(wanted);
  const numbered = anchors.map((anchor) => anchor.dataset.page!).filter((page) => /^\d+$/.test(page));
  const below = numbered.filter((page) => Number(page) < number).at(-1);
  const above = numbered.find((page) => Number(page) > number);
  const nearest = [below, above].filter(Boolean).map((page) => pageLabel(page!)).join(' and ');
  output.textContent = `p. ${wanted} is not quoted in this excerpt${nearest ? `; the nearest quoted ${below && above ? 'pages are' : 'page is'} ${nearest}` : ''}.`;
}

export function initGoToPage(): void {
  const forms = document.querySelectorAll<HTMLFormElement>('form.goto-page');
  for (const form of forms) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      go(form, (form.elements.namedItem('page') as HTMLInputElement).value);
    });
  }
  // A form sent before this script ran (or without it) arrives as ?page=523#excerpt.
  const page = new URLSearchParams(location.search).get('page');
  const form = page && [...forms].find((candidate) => `#${candidate.dataset.excerpt}` === location.hash);
  if (form) go(form, page);
}
