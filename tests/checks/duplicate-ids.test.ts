/**
 * The build's check of the ids on a page (src/checks/duplicate-ids.ts): it finds every id of every
 * element as a browser would, and none in text, scripts, comments or a <template>'s content.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idLines } from '../../src/checks/duplicate-ids.ts';

const ids = (html: string) => Object.fromEntries(idLines(Buffer.from(html)));

describe('the ids of a page', () => {
  it('are found on the lines they stand on, decoded', () => {
    const html = [
      '<!doctype html><html><head><title><p id="t"></title></head>',
      '<body><p id="a" title="x > y">One</p><!-- <p id="c"> -->',
      "<P data-id=b ID='a'>Two &lt;p id=\"d\"&gt; with id=\"e\"</P>",
      '<script>document.write(\'<div id="s">\')</script><style>p[id="s"] {}</style>',
      '<template><p id="a"></p><template><i id="i"></i></template><b id="b"></b></template><br id=a/>',
      '<h2 id="&#x141;&oacute;d&#378;"></h2><h2 id="Łódź"></h2><img id="">',
      '</body></html>',
    ].join('\n');
    expect(ids(html)).toEqual({ a: [2, 3], 'a/': [5], 'Łódź': [6, 6] });
  });

  const text = fc.constantFrom('words', '<p id="a">', 'id="b"', ' & ', '"', "'", '>', '\n', 'ł', '<!--', '-->', '</script>');
  const id = fc.constantFrom('a', 'b', 'a&b', 'ł"ø', '<x>', "it's", '');
  const tree = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, text.map((value): ElementContent => ({ type: 'text', value })), tie('element') as fc.Arbitrary<ElementContent>),
    element: fc
      .record({
        name: fc.constantFrom('p', 'div', 'a', 'span', 'template', 'script', 'textarea'),
        id: fc.option(id),
        title: fc.option(text),
        children: fc.array(tie('node') as fc.Arbitrary<ElementContent>, { maxLength: 4 }),
      })
      .map(({ name, id, title, children }): Element => {
        // Text only in elements whose content is text, and none that would end them early.
        const raw = name === 'script' || name === 'textarea';
        const content = raw ? [{ type: 'text' as const, value: children.length > 0 ? 'if (a < b) x("<p id=\\"a\\">")' : '' }] : children;
        return h(name, { id: id ?? undefined, title: title ?? undefined, dataId: 'a' }, content);
      }),
  }));

  it('are those of the elements that hast-util-to-html wrote', () => {
    fc.assert(
      fc.property(fc.array(tree.element, { maxLength: 6 }), (elements) => {
        const expected = new Map<string, number>();
        const walk = (node: ElementContent) => {
          if (node.type !== 'element') return;
          const value = node.properties.id;
          if (typeof value === 'string' && value !== '') expected.set(value, (expected.get(value) ?? 0) + 1);
          // A template's own id is the page's; those of its content are not.
          if (node.tagName !== 'template') node.children.forEach(walk);
        };
        elements.forEach(walk);
        const found = Object.entries(ids(toHtml({ type: 'root', children: elements }))).map(([key, lines]) => [key, lines.length]);
        expect(Object.fromEntries(found)).toEqual(Object.fromEntries(expected));
      }),
      { numRuns: 500 },
    );
  });
});
