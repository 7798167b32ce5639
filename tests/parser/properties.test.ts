/**
 * Properties of the parser on arbitrary input built from the convention's vocabulary (words, braces,
 * page markers, headings, blank lines) mixed with characters that mean something to Markdown or HTML.
 */
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { fromMarkdown, toMarkdown } from '../../src/markdown/markdown.ts';
import { fromText } from '../../src/parser/index.ts';
import { firstMissing } from '../support/fidelity.ts';
import { removePositions } from './util.ts';

/** 200 keeps the suite fast; `PROPERTY_RUNS=5000` searches harder. */
const numRuns = Number(process.env.PROPERTY_RUNS ?? 200);

const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('Stalin', 'the', 'Beria', 'of', 'de', 'viation', 'Jewish', 'end', 'start', 'p', 'xiii', 'Preface', 'by', 'Ab1', 'été', 'Ωmega', '1953') },
  { weight: 6, arbitrary: fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\n\n\n', '\r\n', '\r\n\r\n', '\t', '\u00a0') },
  { weight: 5, arbitrary: fc.constantFrom('{', '}', '{}', '<', '*', '#', '-', '>', '[', ']', ':', '&', '.', ',', '(', ')', '"', '\\', '`', '_', '!', '|', '~', ';') },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.nat(600), fc.constantFrom('{p. N}', '{p.N}', '{p N}', '{pp. N-M}', '{p. N (Preface)}', '{P. N}')).map(([n, form]) =>
      form.replace('N', String(n)).replace('M', String(n + 1)),
    ),
  },
  { weight: 2, arbitrary: fc.nat(9).map((n) => `\n\n(${n}) `) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '{start}',
      '{end of text}',
      '{endquote}',
      '{end part}',
      '{frontispiece}',
      '{p. xiii}',
      'kaganovich.html',
      'http://mailstar.net/a.html',
      '(p. 307)',
      '---\n',
      '- ',
      'Date ',
      'My comments are shown ',
      'You are at ',
      ' rightist de-\n\n{p. 523} viation ',
      ' Anglo-\n\n{p. 40} Scottish ',
      '<script>alert(1)</script>',
      '[x](javascript:alert(1))',
    ),
  },
);

/** Sometimes a front-matter-like block on top, well formed or not. */
const top = fc.constantFrom('', '', '', '---\n', '---\ntitle: Beria\n---\n', '---\ntitle: Beria\ntitle: the\n---\n', '\ufeff');

const document = fc.tuple(top, fc.array(token, { maxLength: 80 })).map(([head, tokens]) => head + tokens.join(''));

interface AnyNode {
  type: string;
  value?: unknown;
  raw?: unknown;
  split?: unknown;
  number?: unknown;
  children?: AnyNode[];
  data?: { frontmatter?: Record<string, string> };
}

const WORD = /[\p{L}\p{N}]+/gu;
const words = (value: string): string[] => value.match(WORD) ?? [];

/**
 * Every piece of text the tree holds, in document order, editor's content included: text and other
 * literal values, page markers as written (`raw`), the numbers of excerpts and contents lines, the
 * front matter. A word joined across a page (`de-` / `{p. 523} viation`) is split back as written,
 * using the page break's `split`, so that the result reads in the order of the input.
 */
function pieces(tree: AnyNode): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(tree.data?.frontmatter ?? {})) out.push(key, value);
  const walk = (node: AnyNode) => {
    if (node.type === 'excerpt' || node.type === 'contentsItem') out.push(`(${String(node.number)})`);
    if (node.type === 'pageBreak') {
      if (typeof node.split === 'string') {
        const [head, tail] = node.split.split('|') as [string, string];
        const previous = out.length - 1;
        const joined = [head.slice(0, -1) + tail, head + tail].find((form) => out[previous]?.endsWith(form));
        if (joined === undefined) throw new Error(`Split ${node.split} does not follow its joined word: ${JSON.stringify(out[previous])}`);
        out[previous] = out[previous]!.slice(0, -joined.length) + head;
        out.push(String(node.raw), tail);
      } else out.push(String(node.raw));
      return;
    }
    if (typeof node.value === 'string') out.push(node.value);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return out;
}

describe('fromText on arbitrary input', () => {
  it('never throws, and reports problems as positioned "Unexpected ..., expected ..." messages', () => {
    fc.assert(
      fc.property(document, (input) => {
        const file = new VFile({ path: 'input.txt', value: input });
        fromText(input, { file });
        for (const message of file.messages) {
          expect(message.reason).toMatch(/^Unexpected .+, expected /);
          expect(message.ruleId).toMatch(/^[a-z-]+$/);
          expect(message.line).toBeGreaterThanOrEqual(1);
          expect(message.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns },
    );
  });

  it('builds a sound tree: no empty text, positions in order', () => {
    fc.assert(
      fc.property(document, (input) => {
        const check = (node: AnyNode & { position?: { start: { offset?: number }; end: { offset?: number } } }) => {
          if (node.type === 'text') expect(node.value).not.toBe('');
          if (node.position) expect(node.position.start.offset!).toBeLessThanOrEqual(node.position.end.offset!);
          for (const child of node.children ?? []) check(child);
        };
        check(fromText(input) as unknown as AnyNode);
      }),
      { numRuns },
    );
  });

  it('keeps every word of the input, in order', () => {
    fc.assert(
      fc.property(document, (input) => {
        const expected = words(input);
        const actual = words(pieces(fromText(input) as unknown as AnyNode).join(' '));
        const at = firstMissing(expected, actual);
        if (at !== undefined) throw new Error(`Word ${at} ${JSON.stringify(expected[at])} is lost or out of order:\n${JSON.stringify(input)}`);
        // Nothing is added either, but for the page labels' normal forms.
        expect(actual.length).toBe(expected.length);
      }),
      { numRuns },
    );
  });

  it('survives the Markdown round trip', () => {
    fc.assert(
      fc.property(document, (input) => {
        const tree = removePositions(fromText(input));
        expect(removePositions(fromMarkdown(toMarkdown(tree)))).toStrictEqual(tree);
      }),
      { numRuns },
    );
  });
});
