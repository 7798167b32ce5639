/**
 * The Markdown form of a document: front matter, then the tree written with directives
 * (./directives.ts). `fromMarkdown(toMarkdown(tree))` gives back the same tree, positions aside.
 */
import type { Root } from 'mdast';
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive';
import { fromMarkdown as parseMarkdown } from 'mdast-util-from-markdown';
import { defaultHandlers, type Handle, type Unsafe, toMarkdown as writeMarkdown } from 'mdast-util-to-markdown';
import { directive } from 'micromark-extension-directive';
import { fromDirectives, toDirectives } from './directives.ts';

export function toMarkdown(tree: Root): string {
  const body = writeMarkdown(toDirectives(tree), { extensions: [directives, { unsafe: STILL_UNSAFE, handlers: { text } }], bullet: '-', rule: '-' });
  return frontmatter(tree.data?.frontmatter) + body;
}

export function fromMarkdown(value: string): Root {
  const match = /^---\n([\s\S]*?)\n---\n\n?/.exec(value);
  const body = match ? value.slice(match[0].length) : value;
  const tree = fromDirectives(parseMarkdown(body, { extensions: [directive()], mdastExtensions: [directiveFromMarkdown()] }));
  if (match) {
    const data: Record<string, string> = {};
    for (const line of match[1]!.split('\n')) {
      const entry = /^([A-Za-z][\w-]*): (.*)$/.exec(line);
      if (entry) data[entry[1]!] = JSON.parse(entry[2]!) as string;
    }
    tree.data = { frontmatter: data };
  }
  return tree;
}

/**
 * mdast-util-directive writes a leaf directive's label (`::line[...]`) outside the `phrasing`
 * construct, so the escapes that keep text from becoming emphasis, links or HTML are not applied
 * there; entering `phrasing` around it restores them.
 */
const directives = directiveToMarkdown();
const writeLeaf = directives.handlers!.leafDirective!;
directives.handlers!.leafDirective = (node, parent, state, info) => {
  const exit = state.enter('phrasing');
  const value = writeLeaf(node, parent, state, info);
  exit();
  return value;
};

/**
 * Text, escaped as mdast-util-to-markdown escapes it, but tried only against the unsafe patterns
 * whose character it holds (no other can match): its `safe()` runs every one of some forty regular
 * expressions over every text, which was a third of the time of the Markdown form.
 */
const text: Handle = (node, parent, state, info) => {
  const every = state.unsafe;
  const around = `${info.before}${(node as { value: string }).value}${info.after}`;
  state.unsafe = every.filter((pattern) => around.includes(pattern.character));
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = every;
  }
};

/**
 * Escapes the serializers miss, found by the parser's property tests: a line-start marker after a
 * line that is only a marker (`-` then `- Wick` came back as a list; mdast-util-to-markdown), and a
 * colon before a letter or a tab, which micromark-extension-directive reads as a directive.
 */
const STILL_UNSAFE: Unsafe[] = [
  ...['-', '+', '*', '#', '>', '='].map((character): Unsafe => ({ atBreak: true, character })),
  ...['.', ')'].map((character): Unsafe => ({ atBreak: true, before: '\\d+', character })),
  { character: ':', after: '(?:[^\\s\\p{P}\\p{S}]|\\t)', inConstruct: 'phrasing', unicode: true },
];

/** YAML front matter; values are written as JSON strings, which YAML reads as they are. */
function frontmatter(data: Record<string, string> | undefined): string {
  if (!data || Object.keys(data).length === 0) return '';
  const lines = Object.entries(data).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}
