/**
 * Reading modes: "source only" hides every word of the editor's and nothing else, and is
 * remembered; the theme follows the system unless the reader picks light or dark, remembered too;
 * both switches work without JavaScript. Printing puts notes beside or below their paragraph and
 * page numbers in the text as [p. 31].
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAPTOP, PHONE, scriptsReady, useReader } from '../support/reader.ts';

const reader = useReader();

interface TextNodeState {
  text: string;
  editor: boolean;
  visible: boolean;
}

/** Every non-blank text node of the document, whether it is the editor's, whether it is shown. */
function textNodes(page: Page): Promise<TextNodeState[]> {
  return page.evaluate(() => {
    const article = document.querySelector('article[data-document]')!;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const states: Array<{ text: string; editor: boolean; visible: boolean }> = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent!.trim()) continue;
      const parent = node.parentElement!;
      states.push({
        text: node.textContent!,
        editor: parent.closest('[data-editor], .note-ref') !== null,
        visible: parent.checkVisibility(),
      });
    }
    return states;
  });
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

async function setSourceOnly(page: Page, on: boolean): Promise<void> {
  const toggle = page.getByRole('switch', { name: /Source only/ });
  if ((await toggle.isChecked()) !== on) await toggle.click();
}

describe('source only', () => {
  it('hides every note, gloss, marker and note number, and nothing else', async () => {
    const page = await reader.open('beria/', LAPTOP);
    await scriptsReady(page);
    const before = await textNodes(page);
    expect(before.filter((node) => node.editor && node.visible).length).toBeGreaterThan(20);
    const shownText = await page.locator('article').innerText();

    await setSourceOnly(page, true);
    const after = await textNodes(page);
    expect(after.length).toBe(before.length);
    after.forEach((node, index) => {
      if (node.editor) expect(node.visible, node.text).toBe(false);
      else expect(node.visible, node.text).toBe(before[index]!.visible);
    });
    // What the reader sees: the words shown before, minus the editor's, in the same order.
    const expected = words(before.filter((node) => node.visible && !node.editor).map((node) => node.text).join(' '));
    expect(words(await page.locator('article').innerText())).toEqual(expected);

    await setSourceOnly(page, false);
    expect(await page.locator('article').innerText()).toBe(shownText);
  });

  it('is remembered across visits, and forgotten when turned off', async () => {
    const context = await reader.context(PHONE);
    const page = await context.newPage();
    await page.goto(`${reader.server.url}beria/`);
    await scriptsReady(page);
    await setSourceOnly(page, true);
    await page.reload();
    await scriptsReady(page);
    expect(await page.getByRole('switch', { name: /Source only/ }).isChecked()).toBe(true);
    expect(await page.locator('.gloss').first().isVisible()).toBe(false);
    await setSourceOnly(page, false);
    await page.reload();
    await scriptsReady(page);
    expect(await page.locator('.gloss').first().isVisible()).toBe(true);
  });

  it('works without JavaScript', async () => {
    const page = await reader.open('beria/', PHONE, { javaScriptEnabled: false });
    expect(await page.locator('.gloss').first().isVisible()).toBe(true);
    await setSourceOnly(page, true);
    expect(await page.locator('.gloss').first().isVisible()).toBe(false);
    expect(await page.locator('.marker').first().isVisible()).toBe(false);
  });
});

/** The page's background as relative luminance (0 black .. 1 white). */
function background(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number) as [number, number, number];
    const linear = (value: number) => (value / 255 <= 0.03928 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  });
}

const theme = (page: Page, name: 'System' | 'Light' | 'Dark') => page.getByRole('radio', { name }).check({ force: true });

describe('themes', () => {
  it('follow the system by default', async () => {
    expect(await background(await reader.open('beria/', LAPTOP, { colorScheme: 'light' }))).toBeGreaterThan(0.8);
    expect(await background(await reader.open('beria/', LAPTOP, { colorScheme: 'dark' }))).toBeLessThan(0.05);
  });

  it('switch three ways, against the system, and remember the choice across pages', async () => {
    const context = await reader.context(LAPTOP, { colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${reader.server.url}beria/`);
    await scriptsReady(page);
    await theme(page, 'Light');
    expect(await background(page)).toBeGreaterThan(0.8);
    await page.goto(reader.server.url);
    await page.waitForFunction(() => (document.querySelector('input[name="theme"][value="light"]') as HTMLInputElement).checked);
    expect(await background(page)).toBeGreaterThan(0.8);
    await theme(page, 'Dark');
    expect(await background(page)).toBeLessThan(0.05);
    await theme(page, 'System');
    expect(await background(page)).toBeLessThan(0.05);
    await page.reload();
    await page.waitForLoadState('load');
    expect(await page.getByRole('radio', { name: 'System' }).isChecked()).toBe(true);
  });

  it('switch without JavaScript', async () => {
    const page = await reader.open('beria/', PHONE, { javaScriptEnabled: false, colorScheme: 'light' });
    await theme(page, 'Dark');
    expect(await background(page)).toBeLessThan(0.05);
  });

  it('keep the editor’s words apart from the source in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await reader.open('beria/', LAPTOP, { colorScheme });
      const [gloss, text] = await page.evaluate(() => [
        getComputedStyle(document.querySelector('.gloss')!).color,
        getComputedStyle(document.querySelector('article p:not(.bibliography)')!).color,
      ]);
      expect(gloss, colorScheme).not.toBe(text);
    }
  });
});

describe('print', () => {
  it('prints page numbers in the text as [p. 31], and every note beside or below its paragraph', async () => {
    const page = await reader.open('beria/', LAPTOP);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const link = document.querySelector('a.page-link[href="#deutscher-1953-p31"]')!;
      const paragraph = link.closest('p')!.getBoundingClientRect();
      const box = link.getBoundingClientRect();
      const notes = [...document.querySelectorAll('article .note')].map((note) => {
        const ref = document.querySelector(`a.note-ref[href="#${note.id}"]`);
        const text = (ref?.closest('p') ?? note).getBoundingClientRect();
        const own = note.getBoundingClientRect();
        return {
          id: note.id,
          shown: getComputedStyle(note).display !== 'none' && own.height > 0,
          beside: own.left >= text.right - 1,
          below: own.top >= (ref ?? note).getBoundingClientRect().top - 1,
        };
      });
      return {
        label: getComputedStyle(link, '::before').content,
        inText: box.left >= paragraph.left && box.right <= paragraph.right,
        hidden: ['.site-header', '.reading-position', '.goto-page', '.page-list'].map((selector) => !document.querySelector(selector)!.checkVisibility()),
        notes,
      };
    });
    expect(printed.label).toMatch(/^"\[" attr\(data-label\) "\]"$|^"\[p\. 31\]"$/);
    expect(printed.inText).toBe(true);
    expect(printed.hidden).toEqual([true, true, true, true]);
    expect(printed.notes.length).toBeGreaterThan(5);
    for (const note of printed.notes) {
      expect(note.shown, note.id).toBe(true);
      expect(note.beside || note.below, note.id).toBe(true);
    }
  });
});
