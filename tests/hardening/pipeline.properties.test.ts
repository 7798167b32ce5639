/**
 * Properties of the whole pipeline (renderDocument: text -> HTML) on arbitrary input: the editor's
 * vocabulary (braces, page markers, headings, cross-references) mixed with HTML, Markdown, control
 * characters, lone surrogates and random Unicode. For every input: no exception; every word of the
 * input, in order, in the page's text; HTML that a browser parses back to the same tree; no
 * element or attribute that the input spelled out.
 */
import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/markdown/processor.ts';
import { firstMissing } from '../support/fidelity.ts';

const numRuns = 300;

/** Names no part of the reader uses: an element or attribute with one of them came from the input. */
const inventedName = fc.stringMatching(/^[a-z]{1,6}$/).map((name) => `zq${name}`);

const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('Stalin', 'the', 'Beria', 'of', 'de', 'viation', 'Jewish', 'end', 'start', 'été', 'Ωmega', '1953', 'naïve', 'Caf\u00e9') },
  { weight: 6, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '\u00a0', '\f') },
  { weight: 5, arbitrary: fc.constantFrom('{', '}', '{}', '<', '>', '&', '*', '#', '-', '[', ']', '(', ')', ':', '"', "'", '`', '_', '!', '|', '\\', '.', ',', ';') },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.nat(600), fc.constantFrom('{p. N}', '{p.N}', '{pp. N-M}', '{p. xiii}', '{frontispiece}')).map(([n, form]) =>
      form.replace('N', String(n)).replace('M', String(n + 1)),
    ),
  },
  { weight: 2, arbitrary: fc.nat(9).map((n) => `\n\n(${n}) `) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '[x](javascript:alert(1))',
      '[x]: javascript:alert(1)',
      'javascript:alert(1)',
      '<style>p{color:red}</style>',
      '<!-- c -->',
      '<![CDATA[ x ]]>',
      '</p></article>',
      '&amp; &lt;b&gt; &#60;i&#62; &#x3C;',
      '# heading',
      '* item',
      '> quote',
      '**bold** _em_ `code`',
      '<http://example.org>',
      'kaganovich.html',
      'http://mailstar.net/a.html?x=<b>&y="z"',
      ' rightist de-\n\n{p. 523} viation ',
      '{start}',
      '{end of text}',
      '{a {nested} group}',
    ),
  },
  { weight: 2, arbitrary: fc.tuple(inventedName, inventedName).map(([tag, attribute]) => `<${tag} ${attribute}="1" on${attribute}="alert(1)">`) },
  // Characters HTML cannot carry: control characters, noncharacters, lone surrogates.
  { weight: 2, arbitrary: fc.constantFrom('\u0000', '\u0001', '\u001a', '\u001b', '\u007f', '\u0085', '\u009d', '\ufdd0', '\ufffe', '\u{1fffe}', '\ud800', '\udfff') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

const document = fc.array(token, { maxLength: 80 }).map((tokens) => tokens.join(''));

/** The elements the pipeline makes: an element of any other name came from the input. */
const PIPELINE_ELEMENTS = new Set(['a', 'article', 'aside', 'blockquote', 'br', 'div', 'h2', 'h3', 'li', 'nav', 'ol', 'p', 'section', 'span', 'ul']);
/** Attributes that would run code or load something: never from the pipeline. */
const DANGEROUS_ATTRIBUTE = /^(on.*|style|src|srcset|srcdoc|action|formaction|xlink:href)$/i;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words the page must show, in order: the input's words, without page markers (they become
 * labelled anchors, not text) and without a front matter block on top (it becomes the title).
 * A group's words stay even when it is nested or unbalanced.
 */
function expectedWords(input: string): string[] {
  const text = input
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/, '')
    .replace(/\{\s*(?:pp?\b|frontispiece)[^{}]*\}/gi, ' ');
  return text.match(WORD) ?? [];
}

/** The words of the rendered page, in document order, hidden labels included. */
function pageWords(tree: Root): string[] {
  const texts: string[] = [];
  visit(tree, 'text', (node) => {
    texts.push(node.value);
  });
  return texts.join(' ').match(WORD) ?? [];
}

describe('renderDocument on arbitrary input', () => {
  it('never throws, and every warning says what it saw and what it expected, with a place and a rule', () => {
    fc.assert(
      fc.property(document, (input) => {
        const { file } = renderDocument(input, 'doc', { path: 'doc.txt' });
        for (const message of file.messages.filter((message) => message.fatal !== undefined)) {
          expect(message.reason).toMatch(/^Unexpected .+, expected /);
          expect(message.ruleId).toMatch(/^[a-z0-9-]+$/);
          expect(message.line).toBeGreaterThanOrEqual(1);
          expect(message.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns },
    );
  });

  it('shows every word of the input, in order', () => {
    fc.assert(
      fc.property(document, (input) => {
        const { html } = renderDocument(input, 'doc');
        const expected = expectedWords(input);
        const actual = pageWords(fromHtml(html, { fragment: true }));
        const missing = firstMissing(expected, actual, { joined: true });
        if (missing !== undefined) {
          throw new Error(`Word ${missing} ${JSON.stringify(expected[missing])} is lost or out of order.\nInput: ${JSON.stringify(input)}\nPage words: ${JSON.stringify(actual)}`);
        }
      }),
      { numRuns },
    );
  });

  it('writes HTML that parses without error back to the same tree', () => {
    fc.assert(
      fc.property(document, (input) => {
        const { html } = renderDocument(input, 'doc');
        const errors: string[] = [];
        const tree = fromHtml(html, { fragment: true, onerror: (error) => void errors.push(`${error.ruleId}: ${error.reason}`) });
        expect(errors, `Input: ${JSON.stringify(input)}`).toEqual([]);
        expect(tree.children).toHaveLength(1);
        // A browser builds the tree the pipeline meant: nothing reparented, closed early or dropped.
        // (The <article> around it is written by hand; its contents come from rehype-stringify.)
        const inner = html.slice(html.indexOf('>') + 1, html.lastIndexOf('</article>'));
        expect(toHtml(fromHtml(inner, { fragment: true }))).toBe(inner);
      }),
      { numRuns },
    );
  });

  it('carries no element, attribute or link target from the input', () => {
    fc.assert(
      fc.property(document, (input) => {
        const { html } = renderDocument(input, 'doc', { documents: new Set(['kaganovich']) });
        visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
          expect(PIPELINE_ELEMENTS, `<${element.tagName}> from ${JSON.stringify(input)}`).toContain(element.tagName);
          for (const name of Object.keys(element.properties)) {
            expect(name).not.toMatch(DANGEROUS_ATTRIBUTE);
            expect(name.toLowerCase()).not.toContain('zq');
          }
          const href = element.properties.href;
          if (href !== undefined) expect(String(href)).toMatch(/^(#|\/|https?:\/\/)/);
        });
      }),
      { numRuns },
    );
  });
});
