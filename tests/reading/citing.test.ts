/**
 * Citing a page: copy link and cite (Chicago and BibTeX) from a page number, cite the page being
 * read, copy a selected quote with its citation (a quote across a page break cites both pages),
 * and the metadata reference managers read (Highwire tags, COinS). Text-fragment links work
 * because no word is broken by markup.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clipboard, LAPTOP, PHONE, scriptsReady, today, useReader } from '../support/reader.ts';

const reader = useReader();

const HELLER = 'Mikhail Heller and Aleksandr Nekrich, Utopia in Power, trans. Phyllis B. Carlos (London: Hutchinson, 1985)';
const BERIA = (url: string) => `quoted in Peter Myers, “Beria,” Annotated Reader, last modified February 13, 2019, accessed ${today()}, ${url}.`;

async function openTools(page: Page, anchorId: string): Promise<void> {
  await scriptsReady(page);
  await page.locator(`a.page-link[href="#${anchorId}"]`).click();
  await page.locator('#page-tools').waitFor();
}

describe('a page number', () => {
  it('copies the link to its page', async () => {
    const page = await reader.open('beria/', LAPTOP);
    await openTools(page, 'heller-nekrich-1985-p523');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Link copied' }).waitFor();
    expect(await clipboard(page)).toBe(`${reader.server.url}beria/#heller-nekrich-1985-p523`);
    // The link leads back to that page's anchor.
    const other = await reader.open(`beria/#heller-nekrich-1985-p523`, LAPTOP);
    expect(await other.locator('#heller-nekrich-1985-p523').getAttribute('data-page')).toBe('523');
    expect(await other.evaluate(() => document.getElementById('heller-nekrich-1985-p523')!.getBoundingClientRect().top)).toBeLessThan(LAPTOP.height / 2);
  });

  it('cites the quoted work at that page, quoted in the document, in Chicago style and BibTeX', async () => {
    const page = await reader.open('beria/', LAPTOP);
    await openTools(page, 'heller-nekrich-1985-p523');
    await page.getByRole('button', { name: 'Cite…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite p. 523' });
    await dialog.waitFor();
    const url = `${reader.server.url}beria/#heller-nekrich-1985-p523`;
    expect(await page.inputValue('#cite-chicago')).toBe(`${HELLER}, 523, ${BERIA(url)}`);
    const bibtex = await page.inputValue('#cite-bibtex');
    expect(bibtex).toMatch(/^@book\{heller-nekrich-1985,\n/);
    for (const field of [
      'author = {Heller, Mikhail and Nekrich, Aleksandr}',
      'title = {Utopia in Power}',
      'translator = {Carlos, Phyllis B.}',
      'publisher = {Hutchinson}',
      'address = {London}',
      'year = {1985}',
      'pages = {523}',
      "note = {Quoted in Peter Myers, ``Beria'', Annotated Reader}",
      `url = {${url}}`,
    ]) expect(bibtex).toContain(`  ${field}`);
    expect(bibtex).toMatch(/urldate = \{\d{4}-\d\d-\d\d\}\n\}$/);
    expect(await page.inputValue('#cite-link')).toBe(url);
    // Each Copy button puts its field on the clipboard.
    for (const field of ['cite-chicago', 'cite-bibtex', 'cite-link']) {
      await page.locator(`button[data-copy="${field}"]`).click();
      await page.locator(`button[data-copy="${field}"]`, { hasText: 'Copied' }).waitFor();
      expect(await clipboard(page)).toBe(await page.inputValue(`#${field}`));
    }
    // For word processors the Chicago note also goes as rich text, the book's title in italics.
    await page.locator('button[data-copy="cite-chicago"]').click();
    const html = () =>
      page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return item!.types.includes('text/html') ? (await item!.getType('text/html')).text() : '';
      });
    await expect.poll(html).toContain('Aleksandr Nekrich, <i>Utopia in Power</i>, trans. Phyllis B. Carlos');
    // Escape closes the dialog and the focus returns to the tools.
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cite…');
  });

  it('works from the keyboard: Enter opens the tools, Escape closes them and returns to the number', async () => {
    const page = await reader.open('beria/', PHONE);
    await scriptsReady(page);
    const link = page.locator('a.page-link[href="#deutscher-1953-p31"]');
    await link.focus();
    await page.keyboard.press('Enter');
    expect(await link.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link');
    // The tools are on screen, under their number.
    const [tools, number] = [await page.locator('#page-tools').boundingBox(), await link.boundingBox()];
    expect(tools!.x).toBeGreaterThanOrEqual(0);
    expect(tools!.x + tools!.width).toBeLessThanOrEqual(PHONE.width);
    expect(tools!.y).toBeGreaterThan(number!.y);
    await page.keyboard.press('Escape');
    expect(await page.locator('#page-tools').isVisible()).toBe(false);
    expect(await link.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#deutscher-1953-p31');
    // Tabbing on past them puts the tools away too.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.locator('#page-tools').isVisible()).toBe(false);
  });

  it('cites a page before the first excerpt as a page quoted in the document', async () => {
    const page = await reader.open('beria/', LAPTOP);
    await openTools(page, 'preamble-p256');
    await page.getByRole('button', { name: 'Cite…' }).click();
    await page.getByRole('dialog', { name: 'Cite p. 256' }).waitFor();
    const url = `${reader.server.url}beria/#preamble-p256`;
    expect(await page.inputValue('#cite-chicago')).toBe(
      `Peter Myers, “Beria,” Annotated Reader, p. 256 of a work quoted in the introduction, last modified February 13, 2019, accessed ${today()}, ${url}.`,
    );
  });
});

describe('the page being read', () => {
  it('is shown as one reads and can be cited from there', async () => {
    const page = await reader.open('beria/', LAPTOP);
    await scriptsReady(page);
    const bar = page.locator('#reading-position');
    expect(await bar.isVisible()).toBe(false);
    await page.evaluate(() => scrollTo(0, document.getElementById('deutscher-1953-p31')!.getBoundingClientRect().top + scrollY - 100));
    await expect.poll(() => page.locator('#reading-position-label').textContent()).toBe(
      'p. 31 · Deutscher, Russia After Stalin With a Postscript on the Beria Affair (1953)',
    );
    await page.getByRole('button', { name: 'Cite this page' }).click();
    await page.getByRole('dialog', { name: 'Cite p. 31' }).waitFor();
    expect(await page.inputValue('#cite-chicago')).toContain(', 31, quoted in');
    await page.keyboard.press('Escape');
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => bar.isVisible()).toBe(false);
  });
});

/** Selects with the mouse, from the start of `from` to the end of `to` (words of one paragraph). */
async function dragSelect(page: Page, anchorId: string, from: string, to: string): Promise<void> {
  const points = await page.evaluate(
    ({ anchorId, from, to }) => {
      const paragraph = document.getElementById(anchorId)!.closest('p')!;
      paragraph.scrollIntoView({ block: 'center' });
      const rect = (word: string, end: boolean) => {
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(word);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, end ? at + word.length - 1 : at);
          range.setEnd(node, end ? at + word.length : at + 1);
          const box = range.getBoundingClientRect();
          return { x: end ? box.right - 1 : box.left + 1, y: box.top + box.height / 2 };
        }
        throw new Error(`${word} not found`);
      };
      return [rect(from, false), rect(to, true)] as const;
    },
    { anchorId, from, to },
  );
  await page.mouse.move(points[0].x, points[0].y);
  await page.mouse.down();
  await page.mouse.move(points[1].x, points[1].y, { steps: 8 });
  await page.mouse.up();
}

/** Presses "copy quote with citation" and waits until it says the quote is copied. */
async function copyQuote(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Copy quote with citation' }).click();
  await page.getByRole('button', { name: 'Quote copied' }).waitFor();
}

describe('copy quote with citation', () => {
  it('cites both pages of a quote that spans a page break, linking to the first', async () => {
    const page = await reader.open('beria/', LAPTOP);
    await scriptsReady(page);
    // "rightist de-" ends p. 522 and "viation" opens p. 523: the word is whole on the page.
    await dragSelect(page, 'heller-nekrich-1985-p523', 'Nagy', 'removed');
    await copyQuote(page);
    const url = `${reader.server.url}beria/#heller-nekrich-1985-p522`;
    expect(await clipboard(page)).toBe(`“Nagy was accused of rightist deviation and removed”\n${HELLER}, 522–23, ${BERIA(url)}`);
  });

  it('cites one page for a quote within it, and keeps the source’s words only', async () => {
    const page = await reader.open('beria/', LAPTOP);
    await scriptsReady(page);
    await dragSelect(page, 'heller-nekrich-1985-p523', 'removed', 'April');
    await copyQuote(page);
    const text = await clipboard(page);
    expect(text).toBe(`“removed from his post as prime minister in April”\n${HELLER}, 523, ${BERIA(`${reader.server.url}beria/#heller-nekrich-1985-p523`)}`);
  });

  it('leaves the editor’s notes out of a quote that runs past one', async () => {
    const page = await reader.open('beria/', LAPTOP);
    await scriptsReady(page);
    const note = await page.evaluate(() => {
      const ref = document.querySelector('span.note-group a.note-ref')!;
      const paragraph = ref.closest('p')!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return document.getElementById((ref as HTMLAnchorElement).hash.slice(1))!.textContent!;
    });
    await copyQuote(page);
    const quote = (await clipboard(page)).split('\n')[0]!;
    const noteWords = note.replace('Editor’s note', '').trim().split(/\s+/).slice(2, 6).join(' ');
    expect(quote.length).toBeGreaterThan(10);
    expect(quote).not.toContain(noteWords);
    expect(quote).not.toContain('Editor’s note');
  });
});

describe('metadata for reference managers', () => {
  it('carries Highwire citation tags for the document and each quoted work', async () => {
    const page = await reader.open('beria/', LAPTOP);
    const meta = await page.$$eval('meta[name^="citation_"]', (tags) => tags.map((tag) => [tag.getAttribute('name'), tag.getAttribute('content')]));
    const get = (name: string) => meta.filter(([key]) => key === name).map(([, value]) => value);
    expect(get('citation_title')).toEqual([await page.locator('h1').textContent()]);
    expect(get('citation_author')).toEqual(['Peter Myers']);
    expect(get('citation_publication_date')).toEqual(['2003']);
    expect(get('citation_fulltext_html_url')[0]).toMatch(/\/beria\/$/);
    expect(get('citation_reference')).toContain(
      'citation_title=Utopia in Power; citation_author=Mikhail Heller; citation_author=Aleksandr Nekrich; citation_publication_date=1985; citation_publisher=Hutchinson',
    );
  });

  it('describes each quoted work as a book in a COinS span, as Zotero reads them', async () => {
    const page = await reader.open('beria/', LAPTOP);
    const spans = await page.$$eval('span.Z3988', (found) => found.map((span) => ({ excerpt: (span as HTMLElement).dataset.excerpt!, title: span.getAttribute('title')! })));
    const excerpts = await page.$$eval('section.excerpt', (sections) => sections.map((section) => section.id));
    // Every span names an excerpt of the page; only an excerpt naming neither author nor title has none.
    expect(spans.map((span) => span.excerpt).every((id) => excerpts.includes(id))).toBe(true);
    expect(spans.length).toBe(excerpts.length - 1);
    const heller = new URLSearchParams(spans.find((span) => span.excerpt === 'heller-nekrich-1985')!.title);
    expect(heller.get('ctx_ver')).toBe('Z39.88-2004');
    expect(heller.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:book');
    expect(heller.get('rft.btitle')).toBe('Utopia in Power');
    expect(heller.getAll('rft.au')).toEqual(['Mikhail Heller', 'Aleksandr Nekrich']);
    expect([heller.get('rft.date'), heller.get('rft.pub'), heller.get('rft.place')]).toEqual(['1985', 'Hutchinson', 'London']);
  });
});

describe('text-fragment links', () => {
  it('land on words that span a page break, since markup never splits a word', async () => {
    const page = await reader.open('beria/#:~:text=rightist%20deviation', LAPTOP);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    const inView = await page.evaluate(() => {
      const paragraph = document.getElementById('heller-nekrich-1985-p523')!.closest('p')!;
      const box = paragraph.getBoundingClientRect();
      return box.top < innerHeight && box.bottom > 0;
    });
    expect(inView).toBe(true);
  });

  it('do not move a page for words it does not have', async () => {
    const page = await reader.open('beria/#:~:text=rightist%20deviationism', LAPTOP);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
});
