/**
 * The `cidr` operator for IPv4 and IPv6 ranges. Reasons for bad ranges are
 * the ones EventBridge returns, except where marked NOTE.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
 */
import { EventPatternError } from './pattern-types';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIpv4(text: string): Uint8Array | undefined {
  const match = IPV4.exec(text);
  if (!match) {
    return undefined;
  }
  const octets = match.slice(1).map(Number);

  return octets.every((octet) => octet <= 255)
    ? Uint8Array.from(octets)
    : undefined;
}

function parseHexGroups(part: string): number[] | undefined {
  if (part === '') {
    return [];
  }
  const groups: number[] = [];
  const pieces = part.split(':');
  for (const [index, piece] of pieces.entries()) {
    // A dotted IPv4 address may stand for the last two groups.
    if (index === pieces.length - 1 && piece.includes('.')) {
      const ipv4 = parseIpv4(piece);
      if (!ipv4) {
        return undefined;
      }
      groups.push(
        ((ipv4[0] ?? 0) << 8) | (ipv4[1] ?? 0),
        ((ipv4[2] ?? 0) << 8) | (ipv4[3] ?? 0),
      );
      continue;
    }
    if (!HEX_GROUP.test(piece)) {
      return undefined;
    }
    groups.push(parseInt(piece, 16));
  }

  return groups;
}

function parseIpv6(text: string): Uint8Array | undefined {
  const halves = text.split('::');
  if (halves.length > 2) {
    return undefined;
  }
  const head = parseHexGroups(halves[0] ?? '');
  const tail = halves.length === 2 ? parseHexGroups(halves[1] ?? '') : [];
  if (!head || !tail) {
    return undefined;
  }
  const missing = 8 - head.length - tail.length;
  if (
    (halves.length === 2 && missing < 1) ||
    (halves.length === 1 && missing !== 0)
  ) {
    return undefined;
  }
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  groups.forEach((group, index) => {
    bytes[index * 2] = group >> 8;
    bytes[index * 2 + 1] = group & 0xff;
  });

  return bytes;
}

/** Parses an IPv4 (4 bytes) or IPv6 (16 bytes) address, else undefined. */
export function parseIpAddress(text: string): Uint8Array | undefined {
  return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}

/** Parses `ADDRESS/BITS`; raises `EventPatternError` with AWS's reason. */
export function compileCidr(text: string): {
  network: Uint8Array;
  maskBits: number;
} {
  const parts = text.split('/');
  if (parts.length !== 2) {
    throw new EventPatternError("Malformed CIDR, one '/' required");
  }
  const [address = '', bits = ''] = parts;
  if (!/^\d+$/.test(bits)) {
    throw new EventPatternError('Malformed CIDR, mask bits must be an integer');
  }
  const network = parseIpAddress(address);
  if (!network) {
    throw new EventPatternError(`Nonstandard IP address: ${address}`);
  }
  const maskBits = Number(bits);
  if (maskBits > network.length * 8) {
    // NOTE: the wording of this reason is not confirmed from an AWS response.
    throw new EventPatternError(
      `Malformed CIDR, mask bits must be between 0 and ${network.length * 8}`,
    );
  }

  return { network, maskBits };
}

/** Tells whether an address shares the network's first `maskBits` bits. */
export function matchCidr(
  network: Uint8Array,
  maskBits: number,
  value: string,
): boolean {
  const address = parseIpAddress(value);
  if (!address || address.length !== network.length) {
    return false;
  }
  for (let bit = 0; bit < maskBits; bit += 1) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if (((address[byte] ?? 0) & mask) !== ((network[byte] ?? 0) & mask)) {
      return false;
    }
  }

  return true;
}
