import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex } from './md5';
import { sha256Hex } from './sha256';

// Lengths around 56 and 64 bytes cross the padding's block boundaries.
const LENGTHS = [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000];

function bytesOf(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, index) => (index * 31 + 7) & 0xff);
}

function nodeDigest(algorithm: string, bytes: Uint8Array): string {
  return createHash(algorithm).update(bytes).digest('hex');
}

describe('message digests', () => {
  it.each(LENGTHS)('md5 matches node for %i bytes', (length) => {
    const bytes = bytesOf(length);
    expect(md5Hex(bytes)).toBe(nodeDigest('md5', bytes));
  });

  it.each(LENGTHS)('sha256 matches node for %i bytes', (length) => {
    const bytes = bytesOf(length);
    expect(sha256Hex(bytes)).toBe(nodeDigest('sha256', bytes));
  });

  it('md5 of abc is RFC value', () => {
    const bytes = new TextEncoder().encode('abc');
    expect(md5Hex(bytes)).toBe('900150983cd24fb0d6963f7d28e17f72');
  });
});
