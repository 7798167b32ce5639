/**
 * The HTML side of the fixture folders: each `tests/fixtures/<case>/input.txt` rendered by the
 * whole pipeline must equal `output.html`. `UPDATE=1` rewrites the files for review in `git diff`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/markdown/processor.ts';
import { fixtureNames, fixturesRoot } from '../parser/util.ts';

const update = Boolean(process.env.UPDATE);

describe('HTML fixtures', () => {
  for (const name of fixtureNames()) {
    it(name, () => {
      const folder = `${fixturesRoot}${name}/`;
      const { html } = renderDocument(readFileSync(`${folder}input.txt`, 'utf8'), name, { documents: new Set(['sudoplat']) });
      const output = `${html}\n`;
      if (update) return writeFileSync(`${folder}output.html`, output);
      if (!existsSync(`${folder}output.html`)) throw new Error(`Missing ${name}/output.html: run with UPDATE=1 to write it, then review it`);
      expect(output).toBe(readFileSync(`${folder}output.html`, 'utf8'));
    });
  }
});
