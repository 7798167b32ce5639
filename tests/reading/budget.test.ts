/**
 * What a reader downloads before doing anything: under 5 KB of JavaScript (gzip), no search code;
 * and every page reads without it. (Nothing a strict Content-Security-Policy would refuse:
 * tests/site/site-checks.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { documentStems, LAPTOP, PHONE, scriptsReady, useReader } from '../support/reader.ts';

const reader = useReader();

describe('the scripts loaded before any interaction', () => {
  it.each([
    ['phone', PHONE],
    ['laptop', LAPTOP],
  ])('weigh under 5 KB gzip on the seed page (%s) and hold no search code', async (_, viewport) => {
    const context = await reader.context(viewport);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
    });
    await page.goto(`${reader.server.url}beria/`, { waitUntil: 'networkidle' });
    await scriptsReady(page);
    // Scrolling is reading, not interacting: it must not load more.
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(300);
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    for (const script of scripts) {
      const source = readFileSync(path.join(reader.dist, script));
      expect(source.toString(), script).not.toMatch(/pagefind/i);
      total += gzipSync(source, { level: 9 }).length;
    }
    expect(total).toBeLessThan(5 * 1024);
  });
});

describe('every built page', () => {
  it('reads without JavaScript: every document page shows its text and notes open by link', async () => {
    for (const stem of documentStems(reader.dist)) {
      const page = await reader.open(`${stem}/`, PHONE, { javaScriptEnabled: false });
      expect(await page.locator('article[data-document]').innerText()).not.toBe('');
      const ref = page.locator('a.note-ref').first();
      if (await ref.count()) {
        await ref.click();
        expect(await page.locator((await ref.getAttribute('href'))!).isVisible()).toBe(true);
      }
      await page.context().close();
    }
  });
});
