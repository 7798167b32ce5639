/**
 * Reads a document's bytes as text without losing a character. UTF-8 is expected; bytes that are
 * not UTF-8 are read as Windows-1252, the way old web pages were written (`0x92` is `’`), and
 * reported with their byte offsets. Sequences that are valid UTF-8 stay UTF-8, so one stray byte
 * in a UTF-8 file does not turn every other accented letter into mojibake.
 */

export interface DecodedText {
  text: string;
  /** Offsets of the bytes read as Windows-1252, in the file and in `text`. */
  invalid: Array<{ byte: number; char: number }>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { text: utf8.decode(bytes), invalid: [] };
  } catch {
    return decodeMixed(bytes);
  }
}

function decodeMixed(bytes: Uint8Array): DecodedText {
  const parts: string[] = [];
  const invalid: DecodedText['invalid'] = [];
  let chars = 0;
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) {
      const run = utf8.decode(bytes.subarray(runStart, end));
      parts.push(run);
      chars += run.length;
    }
  };
  let index = 0;
  while (index < bytes.length) {
    if (bytes[index]! < 0x80) {
      index++;
      continue;
    }
    const length = sequenceLength(bytes, index);
    if (length > 0) {
      index += length;
      continue;
    }
    flush(index);
    const char = WINDOWS_1252.decode(bytes.subarray(index, index + 1));
    invalid.push({ byte: index, char: chars });
    parts.push(char);
    chars += char.length;
    index++;
    runStart = index;
  }
  flush(bytes.length);
  return { text: parts.join(''), invalid };
}

/** Length of the well-formed UTF-8 sequence at `index` (Unicode table 3-7), or 0 when there is none. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index]!;
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return within(bytes, index + 1, 0x80, 0xbf) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    return within(bytes, index + 1, low, high) && within(bytes, index + 2, 0x80, 0xbf) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    return within(bytes, index + 1, low, high) && within(bytes, index + 2, 0x80, 0xbf) && within(bytes, index + 3, 0x80, 0xbf) ? 4 : 0;
  }
  return 0;
}

function within(bytes: Uint8Array, index: number, low: number, high: number): boolean {
  const byte = bytes[index];
  return byte !== undefined && byte >= low && byte <= high;
}
