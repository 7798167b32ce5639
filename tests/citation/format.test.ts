/**
 * The citation formats on their own: page labels and Chicago's page ranges, names, notes and
 * BibTeX, and the quoted works read from the seed's excerpts (authors, title, translator, place,
 * publisher, year).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bibtex, bibtexEscape, chicagoNote, type Host, invertName, joinNames, workFromCoins } from '../../src/citation/format.ts';
import { pageLabel, pageRange, pageSpan, readPage } from '../../src/citation/page-label.ts';
import { coins, documentDates } from '../../src/citation/metadata.ts';
import { type CitedWork, imprint, isCitable, readWork, splitNames } from '../../src/citation/work.ts';
import { renderDocument } from '../../src/markdown/processor.ts';
import { ROOT } from '../support/site.ts';

describe('page labels', () => {
  it('are read as written: the first and last page, and their numbers', () => {
    expect(readPage('31')).toEqual({ system: 'arabic', first: '31', last: '31', from: 31, to: 31 });
    expect(readPage('12-13')).toEqual({ system: 'arabic', first: '12', last: '13', from: 12, to: 13 });
    expect(readPage('12 – 13')).toEqual({ system: 'arabic', first: '12', last: '13', from: 12, to: 13 });
    expect(readPage('xiii-xv')).toEqual({ system: 'roman', first: 'xiii', last: 'xv', from: 13, to: 15 });
    expect(readPage('5 (Preface)')).toEqual({ system: 'arabic', first: '5 (Preface)', last: '5 (Preface)', from: 5, to: 5 });
    expect(readPage('12-xiii')).toMatchObject({ system: 'arabic', first: '12', last: 'xiii', from: 12, to: 12 });
  });

  it('keep a named page whole', () => {
    for (const name of ['frontispiece', 'title-page', 'plates 3-4', 'cover', 'map 2', 'illustration iv']) {
      expect(readPage(name)).toEqual({ system: 'named', first: name, last: name });
    }
  });

  it('are cited as a reader expects', () => {
    expect(['31', '32-33', 'xiv', 'frontispiece', '5 (Preface)', 'title-page'].map(pageLabel)).toEqual(['p. 31', 'pp. 32-33', 'p. xiv', 'frontispiece', 'p. 5 (Preface)', 'title-page']);
    expect(pageRange([])).toBe('');
    expect(pageRange(['103'])).toBe('p. 103');
    expect(pageRange(['12-13'])).toBe('pp. 12-13');
    expect(pageRange(['31', '32', '35'])).toBe('pp. 31–35');
    expect(pageRange(['31', '34-35'])).toBe('pp. 31–35');
  });
});

describe('page ranges, as The Chicago Manual of Style abbreviates them (9.61)', () => {
  // The manual's own examples, first number to second.
  it.each([
    ['3', '10', '3–10'],
    ['71', '72', '71–72'],
    ['96', '117', '96–117'],
    ['100', '104', '100–104'],
    ['1100', '1113', '1100–1113'],
    ['101', '108', '101–8'],
    ['808', '833', '808–33'],
    ['1103', '1104', '1103–4'],
    ['321', '328', '321–28'],
    ['498', '532', '498–532'],
    ['1087', '1089', '1087–89'],
    ['1496', '1500', '1496–500'],
    ['11564', '11615', '11564–615'],
    ['12991', '13001', '12991–3001'],
  ])('%s to %s is %s', (first, last, expected) => {
    expect(pageSpan(first, last)).toBe(expected);
  });

  it('keeps roman numbers and named pages whole, and a single page single', () => {
    expect(pageSpan('xiii', 'xvi')).toBe('xiii–xvi');
    expect(pageSpan('frontispiece', '3')).toBe('frontispiece–3');
    expect(pageSpan('523', '523')).toBe('523');
    expect(pageSpan('12-13', '14')).toBe('12–14');
    expect(pageSpan('title-page', 'title-page')).toBe('title-page');
  });
});

describe('names', () => {
  it('are inverted for a bibliography and joined for a note', () => {
    expect(invertName('Mikhail Heller')).toBe('Heller, Mikhail');
    expect(invertName('Phyllis B. Carlos')).toBe('Carlos, Phyllis B.');
    expect(invertName('Voltaire')).toBe('Voltaire');
    expect(joinNames(['A B'])).toBe('A B');
    expect(joinNames(['A B', 'C D'])).toBe('A B and C D');
    expect(joinNames(['A B', 'C D', 'E F'])).toBe('A B, C D, and E F');
    expect(splitNames('Mikhail Heller and Aleksandr Nekrich')).toEqual(['Mikhail Heller', 'Aleksandr Nekrich']);
    expect(splitNames('Heller & Nekrich')).toEqual(['Heller', 'Nekrich']);
    expect(splitNames('A B, C D, and E F')).toEqual(['A B', 'C D', 'E F']);
  });
});

describe('the quoted works of the seed', () => {
  const { data } = renderDocument(readFileSync(path.join(ROOT, 'content/beria.txt'), 'utf8'), 'beria');
  const work = (id: string) => data.excerpts.find((excerpt) => excerpt.id === id)!.work;

  it('read place and publisher from a parenthesis, a heading or a line of their own', () => {
    expect(work('heller-nekrich-1985')).toEqual({
      author: 'Mikhail Heller and Aleksandr Nekrich',
      authors: ['Mikhail Heller', 'Aleksandr Nekrich'],
      authorShort: 'Heller & Nekrich',
      label: 'Heller & Nekrich, Utopia in Power (1985)',
      key: 'heller nekrich 1985',
      title: 'Utopia in Power',
      translator: 'Phyllis B. Carlos',
      year: '1985',
      place: 'London',
      publisher: 'Hutchinson',
    });
    expect(work('deutscher-1953')).toMatchObject({ place: 'London', publisher: 'Hamish Hamilton', year: '1953' });
    expect(work('deriabin-gibney-1959')).toMatchObject({ authors: ['Peter Deriabin', 'Frank Gibney'], place: 'New York', publisher: 'Ballantine Books' });
    expect(work('sudoplatov-1994')).toMatchObject({ place: 'New York', publisher: 'Little, Brown and Company' });
    expect(work('sudoplatov-1994').title).toBeUndefined();
  });

  it('take no copyright notice for an imprint, and cite no work whose author and title are unknown', () => {
    expect(work('martens-1995')).toMatchObject({ title: 'Another view of Stalin', year: '1995' });
    expect([work('martens-1995').place, work('martens-1995').publisher]).toEqual([undefined, undefined]);
    expect(work('stalin-and-beria-as')).toMatchObject({ label: 'Stalin and Beria as a Team', authors: [] });
    expect(data.excerpts.filter((excerpt) => !isCitable(excerpt.work)).map((excerpt) => excerpt.id)).toEqual(['stalin-and-beria-as']);
  });

  it('travel through COinS unchanged', () => {
    for (const { work } of data.excerpts.filter((excerpt) => isCitable(excerpt.work))) {
      const cited: CitedWork = { authors: work.authors, title: work.title, translator: work.translator, place: work.place, publisher: work.publisher, year: work.year };
      expect(workFromCoins(coins(work))).toEqual(JSON.parse(JSON.stringify(cited)));
    }
  });

  it('are read once, by the parser, from the heading and bibliography lines', () => {
    expect(readWork('Isaac Deutscher, Russia After Stalin, Hamish Hamilton, London 1953:', [])).toMatchObject({
      author: 'Isaac Deutscher',
      label: 'Deutscher, Russia After Stalin (1953)',
      key: 'deutscher 1953',
      place: 'London',
      publisher: 'Hamish Hamilton',
    });
    expect(readWork('Peter Deriabin on Beria', ['The Secret World', 'by Peter Deriabin and Frank Gibney'])).toMatchObject({ authorShort: 'Deriabin & Gibney', title: 'The Secret World' });
    // A line naming its publisher is no title, whatever the publisher's name.
    expect(readWork('Kahan on Beria', ['London: Penguin Publishing', 'published by the Oxford University Press', 'The Wolf of the Kremlin']).title).toBe('The Wolf of the Kremlin');
  });

  it('date the document by its first year and its last update', () => {
    expect(documentDates(data.dates)).toEqual({ published: '2003', modified: 'February 13, 2019' });
    expect(documentDates('Date January 8, 2003.')).toEqual({ published: '2003', modified: undefined });
    expect(documentDates(undefined)).toEqual({});
  });
});

describe('imprints in other shapes', () => {
  it.each([
    [['Some Author, A Title, Penguin, Harmondsworth 1970.'], '1970', { place: 'Harmondsworth', publisher: 'Penguin' }],
    [['(Oxford University Press, Oxford, 1999)'], '1999', { place: 'Oxford', publisher: 'Oxford University Press' }],
    [['(New York, 1962)'], '1962', { place: 'New York', publisher: undefined }],
    [['first published 1950'], '1950', {}],
    [['No year here'], undefined, {}],
  ])('%j', (lines, year, expected) => {
    expect(imprint(lines, year)).toEqual(expected);
  });
});

describe('works by authors whose names are not in ASCII capitals', () => {
  it.each([
    ['Μαρία Παπαδοπούλου, Επιστολές από τη Θεσσαλονίκη, Εκδόσεις Κέδρος, Αθήνα 1996:', 'Παπαδοπούλου, Επιστολές από τη Θεσσαλονίκη (1996)', 'Αθήνα', 'Εκδόσεις Κέδρος'],
    ['Пётр Иванович Соколов, Записки из Салоник, Наука, Москва 1959:', 'Соколов, Записки из Салоник (1959)', 'Москва', 'Наука'],
    ['Sigrún Þórsdóttir, Fish and Salt, Island Books, Reykjavík 1985:', 'Þórsdóttir, Fish and Salt (1985)', 'Reykjavík', 'Island Books'],
    ['Đuro Kovačević, The Tobacco Roads, Sava Press, Zagreb 1958:', 'Kovačević, The Tobacco Roads (1958)', 'Zagreb', 'Sava Press'],
    ['Marie Dubois, Les Quais de Nantes, Éditions du Port, Nantes 1966:', 'Dubois, Les Quais de Nantes (1966)', 'Nantes', 'Éditions du Port'],
    // No publisher: the segment before the place is the title.
    ['David Ben-Haim, The Jewish Quarter of Salonica, Jerusalem 1981:', 'Ben-Haim, The Jewish Quarter of Salonica (1981)', 'Jerusalem', undefined],
  ])('%s', (heading, label, place, publisher) => {
    expect(readWork(heading, [])).toMatchObject({ label, place, publisher });
  });
});

describe('a heading whose author and title cannot be told', () => {
  it('is cited by its own words, even when it gives a year', () => {
    const heading = 'Customs Office of Hamburg, Annual Returns 1885 (Hamburg, 1886):';
    expect(readWork(heading, [])).toMatchObject({ label: heading, year: '1886', place: 'Hamburg' });
  });
});

describe('notes and entries', () => {
  const host: Host = { title: 'Beria', editor: 'Peter Myers', site: 'Annotated Reader', modified: 'February 13, 2019' };
  const work: CitedWork = { authors: ['Ann Author'], title: 'A {Curious} Book & 100% More', year: '1900' };
  const accessed = new Date(2026, 10, 1);

  it('write a Chicago note with the work, the pages and the document it is quoted in', () => {
    expect(chicagoNote({ work, pages: ['101', '108'], url: 'https://example.org/beria/#x', accessed }, host)).toBe(
      'Ann Author, A {Curious} Book & 100% More (1900), 101–8, quoted in Peter Myers, “Beria,” Annotated Reader, last modified February 13, 2019, accessed November 1, 2026, https://example.org/beria/#x.',
    );
    expect(chicagoNote({ pages: [], url: 'u', accessed }, { title: 'T', site: 'S' })).toBe('“T,” S, accessed November 1, 2026, u.');
  });

  it('write BibTeX with its special characters escaped and full page numbers', () => {
    const entry = bibtex({ work, pages: ['101', '108'], url: 'https://example.org/beria/#x_1', accessed }, host, 'x-1900');
    expect(entry).toContain('  title = {A \\{Curious\\} Book \\& 100\\% More},');
    expect(entry).toContain('  pages = {101--108},');
    expect(entry).toContain('  url = {https://example.org/beria/#x_1},');
    expect(entry).toContain('  urldate = {2026-11-01}');
    expect(bibtexEscape('a_b#c$d~e^f\\g')).toBe('a\\_b\\#c\\$d\\~{}e\\^{}f\\textbackslash{}g');
  });
});
