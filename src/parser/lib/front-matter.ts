/**
 * An optional `---` block of `key: value` lines (and `#` comments) on top of the document. A `---`
 * block with any other line, or a key given twice, is not front matter: it stays text, with a warning.
 */
import type { SourceText } from './source-text.ts';

export interface FrontMatter {
  frontmatter?: Record<string, string>;
  /** Where the document's own text starts: after the block, or at 0 when there is none. */
  bodyStart: number;
}

export function readFrontMatter(source: SourceText): FrontMatter {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source.text);
  if (!match) return { bodyStart: 0 };
  const frontmatter: Record<string, string> = {};
  let offset = match[0].indexOf('\n') + 1;
  for (const line of match[1]!.split('\n')) {
    const entry = /^([A-Za-z][\w-]*):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (entry && !Object.hasOwn(frontmatter, entry[1]!)) frontmatter[entry[1]!] = unquote(entry[2]!);
    else if (entry || (line.trim() && !line.trim().startsWith('#'))) {
      const what = entry ? `repeated front matter key \`${entry[1]}\`` : `front matter line \`${line.trim()}\``;
      source.warn(`Unexpected ${what}, expected \`key: value\` lines with distinct keys; the \`---\` block is kept as text`, offset, offset + line.length, 'frontmatter-line');
      return { bodyStart: 0 };
    }
    offset += line.length + 1;
  }
  if (Object.keys(frontmatter).length === 0) return { bodyStart: 0 };
  return { frontmatter, bodyStart: match[0].length };
}

/** A value in double quotes is read as JSON, one in single quotes as YAML reads it; others as written. */
function unquote(value: string): string {
  if (/^".*"$/.test(value)) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return value;
    }
  }
  if (/^'.*'$/.test(value)) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}
