import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { firstMissing, inOrderRatio, readPage, readSource, words } from '../support/fidelity.ts';
import { ROOT } from '../support/site.ts';

describe('the seed page keeps the editor\'s document', () => {
  const document = readFileSync(path.join(ROOT, 'content/beria.txt'), 'utf8');
  const page = readPage(readFileSync(path.join(inject('dist'), 'beria/index.html'), 'utf8'));
  const source = readSource(document);

  it('has every word of the source, in order, outside the editor\'s content', () => {
    expect(inOrderRatio(words(source.text), words(page.source))).toBe(1);
  });

  it('has one page anchor for each page marker, with the same labels and unique ids', () => {
    expect(page.anchors.map((anchor) => anchor.page)).toEqual(source.pages);
    expect(new Set(page.anchors.map((anchor) => anchor.id)).size).toBe(page.anchors.length);
  });

  it('puts every word of every comment inside the editor\'s content, in order', () => {
    expect(source.comments.length).toBeGreaterThan(10);
    expect(inOrderRatio(words(source.comments.join(' ')), words(page.editor))).toBe(1);
  });

  it('shows no raw braces in the source text', () => {
    expect(page.source).not.toMatch(/[{}]/);
  });
});

describe('firstMissing, the order check of the property tests', () => {
  it('finds the first word lost or out of order, and may take two words joined as one', () => {
    expect(firstMissing(['a', 'b', 'c'], ['a', 'x', 'b', 'y', 'c'])).toBeUndefined();
    expect(firstMissing(['a', 'b', 'c'], ['a', 'c', 'b'])).toBe(2);
    expect(firstMissing(['a', 'b'], [])).toBe(0);
    expect(firstMissing(['rightist', 'de', 'viation'], ['rightist', 'deviation'])).toBe(1);
    expect(firstMissing(['rightist', 'de', 'viation'], ['rightist', 'deviation'], { joined: true })).toBeUndefined();
  });
});
