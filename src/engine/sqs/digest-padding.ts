/**
 * Pads a message for MD5 or SHA-256: a 0x80 byte, zeros, then the message
 * length in bits as 64 bits, to a whole number of 64-byte blocks (RFC 1321
 * section 3.1–3.2, FIPS 180-4 section 5.1.1). MD5 writes the length
 * little-endian and SHA-256 big-endian.
 */
export function padMessage(bytes: Uint8Array, littleEndian: boolean): DataView {
  const bitLength = bytes.length * 8;
  const paddedLength = (((bytes.length + 8) >> 6) + 1) << 6;
  const padded = new Uint8Array(paddedLength);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const low = bitLength >>> 0;
  const high = Math.floor(bitLength / 0x100000000);
  view.setUint32(paddedLength - 8, littleEndian ? low : high, littleEndian);
  view.setUint32(paddedLength - 4, littleEndian ? high : low, littleEndian);

  return view;
}
