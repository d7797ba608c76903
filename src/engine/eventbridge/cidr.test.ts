// IP address forms for the cidr operator, IPv4 and IPv6:
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
import { describe, expect, it } from 'vitest';
import { compileCidr, matchCidr, parseIpAddress } from './cidr';

function inRange(cidr: string, address: string): boolean {
  const { network, maskBits } = compileCidr(cidr);

  return matchCidr(network, maskBits, address);
}

describe('parseIpAddress', () => {
  it.each([
    ['10.0.0.1', 4],
    ['::', 16],
    ['::1', 16],
    ['2001:db8::', 16],
    ['2001:db8::8a2e:370:7334', 16],
    ['::ffff:192.0.2.1', 16],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', 16],
  ])('parses %s', (text, length) => {
    expect(parseIpAddress(text)?.length).toBe(length);
  });

  it.each([
    '10.0.0',
    '10.0.0.256',
    '10.0.0.1.2',
    '1::2::3',
    '12345::',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    'g::1',
    '',
  ])('rejects %s', (text) => {
    expect(parseIpAddress(text)).toBeUndefined();
  });
});

describe('matchCidr', () => {
  it('matches a /0 range', () => {
    expect(inRange('0.0.0.0/0', '203.0.113.9')).toBe(true);
  });

  it('matches a /32 host', () => {
    expect(inRange('203.0.113.9/32', '203.0.113.9')).toBe(true);
  });

  it('rejects a neighbour of /32', () => {
    expect(inRange('203.0.113.9/32', '203.0.113.8')).toBe(false);
  });

  it('ignores host bits of the range', () => {
    expect(inRange('10.0.0.77/24', '10.0.0.1')).toBe(true);
  });

  it('matches a non-byte boundary', () => {
    expect(inRange('10.0.0.0/23', '10.0.1.255')).toBe(true);
  });

  it('rejects past a non-byte boundary', () => {
    expect(inRange('10.0.0.0/23', '10.0.2.0')).toBe(false);
  });

  it('matches compressed against full ipv6', () => {
    expect(inRange('2001:0db8::/32', '2001:db8:ffff::1')).toBe(true);
  });
});
