/**
 * parseDocument: a document file -> the reader's tree, with every problem on the file. The one way
 * in for every route, command and test: decoding (bytes that are not UTF-8 are read as
 * Windows-1252), characters HTML cannot carry shown as pictures, `fromText`, then the checks that
 * need the whole tree (page order, cross-references). Everything later only renders the tree.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { decodeText } from './lib/decode.ts';
import { fromText } from './lib/from-text.ts';
import { showUnshowable } from './lib/hygiene.ts';
import { lintTree } from './lib/lint.ts';
import { createLocator, normalizeNewlines } from './lib/text.ts';
import { resolveXrefs, type XrefOptions } from './lib/xrefs.ts';

export type ParseOptions = XrefOptions;

/** `file.value` is the document's bytes or text; it holds the decoded text afterwards. */
export function parseDocument(file: VFile, options: ParseOptions = {}): Root {
  const text = decode(file);
  const tree = fromText(showUnshowable(text, file), { file });
  lintTree(tree, file);
  resolveXrefs(tree, file, options);
  return tree;
}

function decode(file: VFile): string {
  if (typeof file.value === 'string') return file.value;
  const bytes = file.value ?? new Uint8Array();
  const { text, invalid } = decodeText(bytes);
  file.value = text;
  if (invalid.length > 0) {
    const first = invalid[0]!;
    const before = normalizeNewlines(text.slice(0, first.char));
    const byte = bytes[first.byte]!.toString(16).toUpperCase().padStart(2, '0');
    const more = invalid.length > 1 ? ` (and ${invalid.length - 1} more)` : '';
    file.message(
      `Unexpected byte 0x${byte} at byte offset ${first.byte}${more}, expected UTF-8; read as Windows-1252 \`${text[first.char]}\`: save the file as UTF-8 to keep that reading`,
      { place: createLocator(before)(before.length), ruleId: 'not-utf8', source: 'reader-load' },
    );
  }
  return text;
}
