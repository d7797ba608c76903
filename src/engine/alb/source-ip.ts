/** Parses an IPv4 or IPv6 address into a number and its bit width. */
function parseAddress(text: string): { value: bigint; bits: 32 | 128 } | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const octets = text.split('.').map(Number);
    if (octets.some((octet) => octet > 255)) {
      return undefined;
    }
    const value = octets.reduce((sum, octet) => (sum << 8n) + BigInt(octet), 0n);
    return { value, bits: 32 };
  }
  if (!text.includes(':')) {
    return undefined;
  }
  const halves = text.split('::');
  if (halves.length > 2) {
    return undefined;
  }
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) {
    return undefined;
  }
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (groups.some((group) => !/^[0-9A-Fa-f]{1,4}$/.test(group))) {
    return undefined;
  }
  const value = groups.reduce((sum, group) => (sum << 16n) + BigInt(parseInt(group, 16)), 0n);

  return { value, bits: 128 };
}

/** Tells whether a CIDR block such as `203.0.113.0/24` is valid. */
export function isValidCidr(cidr: string): boolean {
  const [address, prefix] = cidr.split('/');
  const parsed = parseAddress(address ?? '');
  const length = Number(prefix);

  return parsed !== undefined && /^\d+$/.test(prefix ?? '') && length <= parsed.bits;
}

/** Tells whether an IP address lies in a CIDR block of the same family. */
export function ipInCidr(ip: string, cidr: string): boolean {
  const [blockAddress, prefixText] = cidr.split('/');
  const address = parseAddress(ip);
  const block = parseAddress(blockAddress ?? '');
  if (!address || !block || address.bits !== block.bits || !/^\d+$/.test(prefixText ?? '')) {
    return false;
  }
  const prefix = BigInt(Number(prefixText));
  const shift = BigInt(block.bits) - prefix;
  if (shift < 0n) {
    return false;
  }

  return address.value >> shift === block.value >> shift;
}
