/**
 * Characters that HTML cannot carry as text: control characters (other than tab, line feed, form
 * feed and carriage return), noncharacters such as U+FFFE and lone surrogates. A browser would
 * drop or replace them silently; here each is shown where it was, one for one, and reported once
 * per document with the place of the first: a control character as its Unicode picture (U+001A ->
 * `␚`), anything else as `�` (U+FFFD).
 */
import type { VFile } from 'vfile';
import { createLocator, normalizeNewlines } from './text.ts';

// eslint-disable-next-line no-control-regex
const UNSHOWABLE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g;

export function showUnshowable(value: string, file?: VFile): string {
  const wellFormed = value.toWellFormed();
  const lone = firstDifference(value, wellFormed);
  let first: number | undefined = lone;
  let count = lone === undefined ? 0 : countDifferences(value, wellFormed);
  const shown = wellFormed.replace(UNSHOWABLE, (char, offset: number) => {
    count++;
    if (first === undefined || offset < first) first = offset;
    return picture(char);
  });
  if (file && first !== undefined) {
    const code = value.codePointAt(first)!;
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    // Positions are those of the text the parser sees: without a byte-order mark, newlines as LF.
    const normalized = normalizeNewlines(value.slice(0, first));
    const place = createLocator(normalized)(normalized.length);
    const more = count > 1 ? ` (and ${count - 1} more)` : '';
    file.message(`Unexpected character ${name}${more}, expected printable text; shown as \`${picture(String.fromCodePoint(code))}\``, {
      place,
      ruleId: 'unprintable-character',
      source: 'reader-parse',
    });
  }
  return shown;
}

function picture(char: string): string {
  const code = char.codePointAt(0)!;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  // A supplementary noncharacter is two code units: keep the length, so offsets stay true.
  return char.length === 2 ? '\ufffd\ufffd' : '\ufffd';
}

function firstDifference(a: string, b: string): number | undefined {
  if (a === b) return undefined;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return index;
  return undefined;
}

function countDifferences(a: string, b: string): number {
  let count = 0;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) count++;
  return count;
}
