/** Reading a document's bytes: UTF-8, with bytes that are not UTF-8 read as Windows-1252 and reported. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parser/index.ts';
import { renderDocument } from '../../src/markdown/processor.ts';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeText', () => {
  it('reads UTF-8 as UTF-8, a byte-order mark included (the parser drops it)', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'naïve € 𝔘'))).toEqual({ text: '\ufeffnaïve € 𝔘', invalid: [] });
  });

  it('reads a Windows-1252 file the way old web pages were written', () => {
    // "Café owners’ “words”" as an old editor saved it.
    const { text, invalid } = decodeText(bytes('Caf', [0xe9], ' owners', [0x92], ' ', [0x93], 'words', [0x94]));
    expect(text).toBe('Café owners’ “words”');
    expect(invalid.map((at) => at.byte)).toEqual([3, 11, 13, 19]);
  });

  it('keeps valid UTF-8 around a stray byte, so one bad byte does not garble the rest', () => {
    const { text, invalid } = decodeText(bytes('naïve ', [0x92], ' été'));
    expect(text).toBe('naïve ’ été');
    expect(invalid).toEqual([{ byte: 7, char: 6 }]);
  });

  it('reads truncated, overlong and out-of-range sequences byte by byte', () => {
    // E2 82 without its last byte; C0 AF is an overlong "/"; ED A0 80 a surrogate; F5 out of range.
    const { text, invalid } = decodeText(bytes('a', [0xe2, 0x82], 'b', [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf5], 'c'));
    expect(text).toBe('aâ\u201abÀ¯í\u00a0\u20acõc');
    expect(invalid.map((at) => at.byte)).toEqual([1, 2, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps every byte: as many characters as bytes it could not read', () => {
    const input = new Uint8Array(256).map((_, index) => index);
    const { text, invalid } = decodeText(input);
    expect(invalid).toHaveLength(128);
    expect(text.slice(0, 128)).toBe(String.fromCharCode(...Array.from({ length: 128 }, (_, index) => index)));
    expect(text).toHaveLength(256);
  });
});

describe('decodeText on arbitrary bytes', () => {
  it('gives back any UTF-8 text as it was, with nothing reported', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const text = value.toWellFormed();
        expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, invalid: [] });
      }),
    );
  });

  it('loses no byte: the valid stretches re-encoded and the reported bytes put back give the input', () => {
    const windows1252 = new TextDecoder('windows-1252');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'binary', maxLength: 8 }), (noise, valid) => {
        const input = Buffer.concat([Buffer.from(valid.toWellFormed()), noise, Buffer.from(valid.toWellFormed())]);
        const { text, invalid } = decodeText(input);
        const rebuilt: Buffer[] = [];
        let cursor = 0;
        for (const { byte, char } of invalid) {
          rebuilt.push(Buffer.from(text.slice(cursor, char)));
          expect(text[char]).toBe(windows1252.decode(input.subarray(byte, byte + 1)));
          rebuilt.push(input.subarray(byte, byte + 1));
          cursor = char + 1;
        }
        rebuilt.push(Buffer.from(text.slice(cursor)));
        expect(Buffer.concat(rebuilt).equals(input)).toBe(true);
      }),
    );
  });
});

describe('a document that is not UTF-8', () => {
  it('is rendered from its Windows-1252 reading, with one warning naming the first byte offset and its place', () => {
    const input = bytes('(1) Jan Kowalski, Night Trains, Leeds 1977:\r\n\r\n{p. 12} The caf', [0xe9], ' and the mayor', [0x92], 's office.\r\n');
    const rendered = renderDocument(input, 'trains', { path: 'content/trains.txt' });
    expect(rendered.html).toContain('The café and the mayor’s office.');
    const warnings = rendered.file.messages.filter((message) => message.ruleId === 'not-utf8');
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning!.reason).toBe(
      'Unexpected byte 0xE9 at byte offset 62 (and 1 more), expected UTF-8; read as Windows-1252 `é`: save the file as UTF-8 to keep that reading',
    );
    expect([warning!.line, warning!.column]).toEqual([3, 16]);
    expect(String(rendered.file.path)).toBe('content/trains.txt');
  });
});
