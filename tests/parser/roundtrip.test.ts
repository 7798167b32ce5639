/**
 * The Markdown form carries the whole tree: for every fixture and for the seed,
 * `fromMarkdown(toMarkdown(tree))` deep-equals `tree` once positions are removed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromMarkdown, toMarkdown } from '../../src/markdown/markdown.ts';
import { fromText } from '../../src/parser/index.ts';
import { fixtureNames, fixturesRoot, removePositions, seedPath } from './util.ts';

function roundTrip(input: string): void {
  const tree = removePositions(fromText(input));
  const back = removePositions(fromMarkdown(toMarkdown(tree)));
  expect(back).toStrictEqual(tree);
}

describe('Markdown round trip', () => {
  it('content/beria.txt', () => {
    roundTrip(readFileSync(seedPath, 'utf8'));
  });

  for (const name of fixtureNames()) {
    it(name, () => {
      roundTrip(readFileSync(`${fixturesRoot}${name}/input.txt`, 'utf8'));
    });
  }
});
