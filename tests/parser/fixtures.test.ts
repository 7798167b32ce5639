/**
 * Fixture folders, in the style of unified's packages: each `tests/fixtures/<case>/input.txt` is
 * parsed with `parseDocument` (as the site reads it: a document `sudoplat` in the collection) and
 * written with `toMarkdown`; the result must equal `output.md`, and the
 * messages (`line:column ruleId reason`, one a line) must equal `messages.txt`.
 *
 * `UPDATE=1 npx vitest run tests/parser/fixtures.test.ts` rewrites the expected files instead of
 * comparing, so that a change of behaviour can be reviewed with `git diff tests/fixtures`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/markdown/markdown.ts';
import { parseDocument } from '../../src/parser/index.ts';
import { fixtureNames, fixturesRoot, formatMessages } from './util.ts';

const update = Boolean(process.env.UPDATE);

describe('fixtures', () => {
  const names = fixtureNames();

  it('finds the fixture folders', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  for (const name of names) {
    it(name, () => {
      const folder = `${fixturesRoot}${name}/`;
      const file = new VFile({ path: 'input.txt', value: readFileSync(`${folder}input.txt`) });
      const tree = parseDocument(file, { documents: new Set(['sudoplat']) });
      const markdown = toMarkdown(tree);
      const messages = formatMessages(file);

      if (update) {
        writeFileSync(`${folder}output.md`, markdown);
        writeFileSync(`${folder}messages.txt`, messages);
        return;
      }

      for (const expected of ['output.md', 'messages.txt']) {
        if (!existsSync(folder + expected)) {
          throw new Error(`Missing ${name}/${expected}: run with UPDATE=1 to write it, then review it`);
        }
      }
      expect(markdown).toBe(readFileSync(`${folder}output.md`, 'utf8'));
      expect(messages).toBe(readFileSync(`${folder}messages.txt`, 'utf8'));
    });
  }
});
