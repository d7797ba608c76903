/**
 * Seeded randomness for the engine. Generated ids, trace ids and timestamps
 * come from here so that one seed gives one run.
 */

/** Returns a mulberry32 generator: uniform numbers in [0, 1) from a 32-bit seed. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);

    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns `length` lowercase hex digits drawn from `random`. */
export function randomHex(random: () => number, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) {
    text += Math.floor(random() * 16).toString(16);
  }

  return text;
}

/** Returns an RFC 4122 version 4 UUID drawn from `random`. */
export function randomUuid(random: () => number): string {
  const hex = randomHex(random, 32).split('');
  hex[12] = '4';
  // The variant nibble is 10xx in binary: 8, 9, a or b.
  hex[16] = (8 + (parseInt(hex[16] ?? '0', 16) & 3)).toString(16);
  const text = hex.join('');

  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/**
 * Returns `length` hex digits derived from `text` alone (FNV-1a, 32 bits per
 * round), for ids that must stay the same across runs, such as ARN suffixes.
 */
export function stableHex(text: string, length: number): string {
  let output = '';
  let round = 0;
  while (output.length < length) {
    let hash = 0x811c9dc5 ^ round;
    for (const unit of `${round}:${text}`) {
      hash ^= unit.codePointAt(0) ?? 0;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    output += hash.toString(16).padStart(8, '0');
    round += 1;
  }

  return output.slice(0, length);
}
