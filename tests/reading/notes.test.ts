/**
 * The editor's notes: on a phone they open in the text and close again, by keyboard and by touch;
 * on a laptop each sits in the right margin beside its number, and no two overlap.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAPTOP, PHONE, scriptsReady, useReader } from '../support/reader.ts';

const reader = useReader();

/** The numbers of the notes that have a reference in the text. */
async function referencedNotes(page: Page): Promise<string[]> {
  return page.$$eval('a.note-ref', (refs) => refs.map((ref) => (ref as HTMLAnchorElement).hash.slice(1)));
}

const visible = (page: Page, id: string) => page.locator(`#${id}`).isVisible();

describe('on a 390 px phone', () => {
  it('keeps notes closed until their number is used, except notes with no number in the text', async () => {
    const page = await reader.open('beria/', PHONE);
    const ids = await referencedNotes(page);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(await visible(page, id), id).toBe(false);
    for (const standalone of await page.$$('.note-standalone')) expect(await standalone.isVisible()).toBe(true);
  });

  it('opens every note in the text with Enter on its number and closes it with its back link', async () => {
    const page = await reader.open('beria/', PHONE);
    await scriptsReady(page);
    for (const id of await referencedNotes(page)) {
      const ref = page.locator(`a.note-ref[href="#${id}"]`);
      await ref.focus();
      await page.keyboard.press('Enter');
      expect(await visible(page, id), `${id} opens`).toBe(true);
      // Opened in the text column, under its number, not off screen.
      const [note, number] = [await page.locator(`#${id}`).boundingBox(), await ref.boundingBox()];
      expect(note!.x).toBeGreaterThanOrEqual(0);
      expect(note!.x + note!.width).toBeLessThanOrEqual(PHONE.width);
      expect(note!.y).toBeGreaterThanOrEqual(number!.y);
      // The note takes the focus; Tab goes on inside it, to its back link, which closes it.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
      for (let step = 0; step < 5; step++) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('.note')?.id)).toBe(id);
        if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'doc-backlink')) break;
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('doc-backlink');
      await page.keyboard.press('Enter');
      expect(await visible(page, id), `${id} closes`).toBe(false);
    }
  });

  it('closes an open note with Escape and gives the focus back to its number', async () => {
    const page = await reader.open('beria/', PHONE);
    await scriptsReady(page);
    const [id] = await referencedNotes(page);
    await page.locator(`a.note-ref[href="#${id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await visible(page, id!)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`#${id}`);
  });

  it('opens and closes notes by touch: a tap on the number, a second tap or the back link', async () => {
    const page = await reader.open('beria/', PHONE, { hasTouch: true, isMobile: true });
    await scriptsReady(page);
    for (const id of await referencedNotes(page)) {
      const ref = page.locator(`a.note-ref[href="#${id}"]`);
      await ref.tap();
      expect(await visible(page, id), `${id} opens on tap`).toBe(true);
      await ref.tap();
      expect(await visible(page, id), `${id} closes on a second tap`).toBe(false);
      await ref.tap();
      await page.locator(`#${id} [role="doc-backlink"]`).tap();
      expect(await visible(page, id), `${id} closes by its back link`).toBe(false);
    }
  });

  it('says whose the note is: the editor’s, in the note and in its number’s description', async () => {
    const page = await reader.open('beria/', PHONE);
    for (const id of await referencedNotes(page)) {
      const ref = page.locator(`a.note-ref[href="#${id}"]`);
      expect(await ref.getAttribute('aria-describedby')).toBe(id);
      expect(await page.locator(`#${id}`).textContent()).toMatch(/^\s*Editor’s note \d+/);
    }
  });
});

describe('on a 1280 px laptop', () => {
  it('shows every note in the right margin beside its number, each below the one before', async () => {
    const page = await reader.open('beria/', LAPTOP);
    const layout = await page.evaluate(() => {
      const box = (element: Element) => {
        const rect = element.getBoundingClientRect();
        return { top: rect.top + scrollY, bottom: rect.bottom + scrollY, left: rect.left, right: rect.right };
      };
      const column = box(document.querySelector('article[data-document] p:not(.bibliography)')!);
      const notes = [...document.querySelectorAll('article .note')].map((note) => {
        const ref = document.querySelector(`a.note-ref[href="#${note.id}"]`);
        return { id: note.id, note: box(note), ref: ref && box(ref), lineHeight: parseFloat(getComputedStyle(ref?.closest('p') ?? note).lineHeight) };
      });
      return { column, notes };
    });
    expect(layout.notes.length).toBeGreaterThan(5);
    let previousBottom = -Infinity;
    for (const { id, note, ref, lineHeight } of layout.notes) {
      // In the margin: right of the text, inside the window.
      expect(note.left, id).toBeGreaterThan(layout.column.right);
      expect(note.right, id).toBeLessThanOrEqual(LAPTOP.width);
      // Never overlapping the note before it.
      expect(note.top, id).toBeGreaterThanOrEqual(previousBottom);
      if (ref) {
        // Beside its number: starting on the number's line, or as close under the note before as it can.
        const pushedDown = note.top - previousBottom < lineHeight;
        if (!pushedDown) expect(Math.abs(note.top - ref.top), id).toBeLessThan(lineHeight);
      }
      previousBottom = note.bottom;
    }
  });

  it('sets each note’s label on a line of its own, so that a note beginning with a number does not read as part of it', async () => {
    const page = await reader.open('beria/', LAPTOP);
    const notes = await page.evaluate(() =>
      [...document.querySelectorAll('article .note')].map((note) => {
        const label = note.querySelector('.note-label')!;
        // The note's own words: from after the label's line (its parent) to the end of the note.
        const words = document.createRange();
        words.setStartAfter(label.parentElement!);
        words.setEnd(note, note.childNodes.length);
        const first = [...words.getClientRects()].find((rect) => rect.width > 0);
        return { id: note.id, labelBottom: label.getBoundingClientRect().bottom, wordsTop: first?.top ?? Infinity };
      }),
    );
    expect(notes.length).toBeGreaterThan(5);
    for (const { id, labelBottom, wordsTop } of notes) expect(wordsTop, id).toBeGreaterThanOrEqual(labelBottom - 1);
  });
});
