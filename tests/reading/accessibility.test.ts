/**
 * WCAG 2.2 AA as axe-core checks it, on the home page and every document page at 1280 and 390 px,
 * also with the reader's tools open and in the dark theme; keyboard focus always visible and never
 * hidden under the reading-position bar; and screenshots of the seed page at both widths, kept in
 * test-results/reading/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site.ts';
import { documentStems, LAPTOP, PHONE, scriptsReady, useReader } from '../support/reader.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = path.join(ROOT, 'test-results/reading');

const reader = useReader();

interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's WCAG 2.x A/AA rules and its best practices; each violation as `rule: selectors`. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations;
  });
  return violations.map((violation) => `${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const pages = () => ['', ...documentStems(reader.dist).map((stem) => `${stem}/`)];

describe.each([
  ['1280 px', LAPTOP],
  ['390 px', PHONE],
])('axe-core at %s', (_, viewport) => {
  it('finds nothing on the home page and on every document page, in both themes', async () => {
    expect(pages().length).toBeGreaterThan(1);
    for (const pathname of pages()) {
      for (const colorScheme of ['light', 'dark'] as const) {
        // Injecting axe is a script the site's Content-Security-Policy would refuse.
        const page = await reader.open(pathname, viewport, { colorScheme, bypassCSP: true });
        await page.waitForLoadState('load');
        expect(await axe(page), `${pathname || 'home'} (${colorScheme})`).toEqual([]);
        await page.context().close();
      }
    }
  });

  it('finds nothing with a note open, a page number’s tools open, the reading bar shown, and the cite dialog open', async () => {
    const page = await reader.open('beria/', viewport, { bypassCSP: true });
    await scriptsReady(page);
    const ref = page.locator('a.note-ref').first();
    await ref.click();
    await page.locator('a.page-link[href="#deutscher-1953-p31"]').click();
    await page.locator('#page-tools').waitFor();
    await page.locator('#reading-position').waitFor();
    expect(await axe(page), 'tools open').toEqual([]);
    await page.getByRole('button', { name: 'Cite…' }).click();
    await page.locator('#cite-dialog[open]').waitFor();
    expect(await axe(page), 'dialog open').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('switch', { name: /Source only/ }).check();
    expect(await axe(page), 'source only').toEqual([]);
  });
});

describe('keyboard use', () => {
  it('shows where the focus is on every stop, never hidden under the reading-position bar', async () => {
    for (const viewport of [PHONE, LAPTOP]) {
      const page = await reader.open('beria/', viewport);
      await scriptsReady(page);
      let stops = 0;
      for (; stops < 400; stops++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          if (element === document.body) return undefined;
          const box = element.getBoundingClientRect();
          // The theme's radio buttons are drawn by their labels, which carry the focus ring.
          const style = getComputedStyle(getComputedStyle(element).opacity === '0' ? element.closest('label')! : element);
          const bar = document.getElementById('reading-position')!;
          const barTop = bar.checkVisibility() && !bar.contains(element) ? bar.getBoundingClientRect().top : innerHeight;
          // A link over several lines: the middle of its first line.
          const first = element.getClientRects()[0] ?? box;
          const x = Math.min(Math.max(first.left + first.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(first.top + first.height / 2, 0), innerHeight - 1);
          const atPoint = document.elementFromPoint(x, y);
          return {
            name: element.outerHTML.slice(0, 80),
            outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            inView: box.bottom > 0 && box.top < barTop,
            onTop: atPoint === element || element.contains(atPoint) || (atPoint !== null && atPoint.contains(element)) || element.tagName === 'INPUT',
          };
        });
        // Past the last stop the focus leaves the page.
        if (!focus) break;
        expect(focus, focus.name).toMatchObject({ outlined: true, inView: true, onTop: true });
      }
      expect(stops).toBeGreaterThan(60);
      await page.context().close();
    }
  });
});

describe('the seed page', () => {
  it('is set for long reading: 60 to 75 characters a line, page numbers in the margin or inline and small', async () => {
    const laptop = await reader.open('beria/', LAPTOP);
    const measure = await laptop.evaluate(() => {
      // The longest plain paragraph: characters per line = its characters / its lines.
      const paragraphs = [...document.querySelectorAll('article p')].filter((p) => !p.querySelector('.note, .page-break') && !p.className);
      const longest = paragraphs.sort((a, b) => b.textContent!.length - a.textContent!.length)[0]!;
      const lines = Math.round(longest.getBoundingClientRect().height / parseFloat(getComputedStyle(longest).lineHeight));
      return longest.textContent!.length / lines;
    });
    expect(measure).toBeGreaterThanOrEqual(60);
    expect(measure).toBeLessThanOrEqual(75);
    const margin = await laptop.evaluate(() => {
      const link = document.querySelector('article a.page-link')!;
      return link.getBoundingClientRect().right <= link.closest('p')!.getBoundingClientRect().left;
    });
    expect(margin).toBe(true);

    const phone = await reader.open('beria/', PHONE);
    const inline = await phone.evaluate(() => {
      const link = document.querySelector('article a.page-link')!;
      const paragraph = link.closest('p')!;
      return {
        inside: link.getBoundingClientRect().left >= paragraph.getBoundingClientRect().left,
        smaller: parseFloat(getComputedStyle(link).fontSize) < parseFloat(getComputedStyle(paragraph).fontSize),
        fits: document.documentElement.scrollWidth <= innerWidth,
      };
    });
    expect(inline).toEqual({ inside: true, smaller: true, fits: true });
  });

  it('is photographed at 1280 and 390 px (test-results/reading/)', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, viewport] of [['1280', LAPTOP], ['390', PHONE]] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await reader.open('beria/', viewport, { colorScheme });
        await page.evaluate(() => document.fonts.ready);
        const suffix = colorScheme === 'dark' ? '-dark' : '';
        await page.screenshot({ path: path.join(SHOTS, `seed-${name}${suffix}.png`) });
        if (colorScheme === 'light') {
          await page.screenshot({ path: path.join(SHOTS, `seed-${name}-full.png`), fullPage: true });
          await page.locator('#heller-nekrich-1985-p523').evaluate((anchor) => anchor.closest('p')!.scrollIntoView());
          await page.screenshot({ path: path.join(SHOTS, `seed-${name}-p523.png`) });
        }
      }
    }
  });
});
