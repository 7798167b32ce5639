/**
 * Text in other scripts and in Latin letters beyond Western Europe's is set in the reading face
 * (Literata), as the English text is, and the works are cited by their authors' names.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, useReader } from '../support/reader.ts';
import { buildSite } from '../support/site.ts';

const DOCUMENT = `Letters from two cities

(1) Józef Wiśniewski, Kraków i Wrocław, Wydawnictwo Literackie, Kraków 1974:

{p. 118} Merchants from Łódź and Poznań met in Wrocław every autumn.

(2) Μαρία Παπαδοπούλου, Επιστολές από τη Θεσσαλονίκη, Εκδόσεις Κέδρος, Αθήνα 1996:

{p. 12} The letter begins «Αγαπητή μου αδελφή, η πόλη είναι γεμάτη στρατιώτες».

(3) Пётр Иванович Соколов, Записки из Салоник, Наука, Москва 1959:

{p. 78} His diary resumes with a single line: «Город снова спокоен».
`;

const work = mkdtempSync(path.join(tmpdir(), 'reader-scripts-'));
const dist = path.join(work, 'dist');
beforeAll(() => {
  mkdirSync(path.join(work, 'content'));
  writeFileSync(path.join(work, 'content', 'cities.txt'), DOCUMENT);
  buildSite(dist, { CONTENT_DIR: path.join(work, 'content') });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
const reader = useReader({ dist: () => dist });

describe('a page quoting Polish, Greek and Russian', () => {
  it('sets their letters in Literata, fetching the font files of the scripts the page uses', async () => {
    const context = await reader.context(LAPTOP);
    const fonts: string[] = [];
    context.on('response', (response) => {
      const name = new URL(response.url()).pathname.split('/').at(-1)!;
      if (name.endsWith('.woff2') && response.ok()) fonts.push(name.replace(/\..*$/, ''));
    });
    const page = await context.newPage();
    await page.goto(new URL('cities/', reader.server.url).href);
    await page.evaluate(() => document.fonts.ready);
    for (const subset of ['latin', 'latin-ext', 'greek', 'cyrillic']) expect(fonts).toContain(`literata-${subset}-400-normal`);
    await context.close();
  });

  it('cites each work by its author and title', async () => {
    const page = await reader.open('cities/', LAPTOP);
    const works = await page.$$eval('section[data-work]', (sections) => sections.map((section) => section.getAttribute('data-work')));
    expect(works).toEqual(['Wiśniewski, Kraków i Wrocław (1974)', 'Παπαδοπούλου, Επιστολές από τη Θεσσαλονίκη (1996)', 'Соколов, Записки из Салоник (1959)']);
  });
});
