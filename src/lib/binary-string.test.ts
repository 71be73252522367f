import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryStringToBytes, bytesToBinaryString } from './binary-string';

const byteString = (bytes: number[]) => bytes.map((b) => String.fromCharCode(b)).join('');

describe('binary strings', () => {
  it('turn every byte into one character and back, at any length (blocks and the ASCII shortcut)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 20_000 }), (list) => {
        const bytes = Uint8Array.from(list);
        const text = bytesToBinaryString(bytes);
        expect(text).toBe(byteString(list));
        expect(binaryStringToBytes(text)).toEqual(bytes);
      }),
      { numRuns: 40 },
    );
  });

  it('keep bytes above 127 as single bytes, also after a long ASCII start', () => {
    const text = `${'q 1 0 0 1 10 20 cm '.repeat(500)}\u00e9\u00ff\u0080 end`;
    const bytes = binaryStringToBytes(text);
    expect(bytes).toHaveLength(text.length);
    expect(Array.from(bytes.slice(-7))).toEqual([0xe9, 0xff, 0x80, 0x20, 0x65, 0x6e, 0x64]);
    expect(bytesToBinaryString(bytes)).toBe(text);
  });
});
