// Outcomes follow AWS's operator table and event pattern pages:
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
// Cases noted as recorded are outcomes AWS returned to TestEventPattern.
import { describe, expect, it } from 'vitest';
import { compileEventPattern } from './pattern-compile';
import { matchCompiledPattern, matchEventPattern } from './pattern-match';

const ENVELOPE = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'Order Placed',
  source: 'com.example.orders',
  account: '123456789012',
  time: '2024-03-01T10:00:00Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-1'],
};

function withDetail(detail: Record<string, unknown>): Record<string, unknown> {
  return { ...ENVELOPE, detail };
}

type Case = [
  name: string,
  pattern: unknown,
  detail: Record<string, unknown>,
  matches: boolean,
];

const CASES: Case[] = [
  // Exact values
  ['string equal', { detail: { s: ['a'] } }, { s: 'a' }, true],
  ['string case differs', { detail: { s: ['A'] } }, { s: 'a' }, false],
  ['string keeps whitespace', { detail: { s: ['a '] } }, { s: 'a' }, false],
  ['empty string matches empty', { detail: { s: [''] } }, { s: '' }, true],
  ['empty string not null', { detail: { s: [''] } }, { s: null }, false],
  ['number equal', { detail: { n: [5] } }, { n: 5 }, true],
  ['number 300 equals 300.0', { detail: { n: [300] } }, { n: 300.0 }, true],
  ['number 3.0e2 equals 300', { detail: { n: [3.0e2] } }, { n: 300 }, true],
  ['number not string form', { detail: { n: [300] } }, { n: '300' }, false],
  ['boolean false equal', { detail: { b: [false] } }, { b: false }, true],
  ['boolean differs', { detail: { b: [false] } }, { b: true }, false],
  ['boolean not string', { detail: { b: [true] } }, { b: 'true' }, false],
  ['null matches null', { detail: { v: [null] } }, { v: null }, true],
  ['null not string null', { detail: { v: [null] } }, { v: 'null' }, false],
  ['null not missing', { detail: { v: [null] } }, {}, false],
  ['null not empty array', { detail: { v: [null] } }, { v: [] }, false],
  ['values list is OR', { detail: { s: ['x', 'a'] } }, { s: 'a' }, true],
  ['key names case-sensitive', { detail: { S: ['a'] } }, { s: 'a' }, false],
  ['missing field fails', { detail: { s: ['a'] } }, {}, false],
  [
    'fields combine with AND',
    { detail: { s: ['a'], n: [1] } },
    { s: 'a', n: 2 },
    false,
  ],
  // Arrays in events
  [
    'event array shares element',
    { detail: { tags: ['b', 'z'] } },
    { tags: ['a', 'b'] },
    true,
  ],
  [
    'event array shares none',
    { detail: { tags: ['z'] } },
    { tags: ['a', 'b'] },
    false,
  ],
  [
    'event empty array never matches',
    { detail: { tags: ['a'] } },
    { tags: [] },
    false,
  ],
  [
    'array of objects flattened',
    { detail: { items: { id: [{ exists: true }] } } },
    { items: [{ other: 1 }, { id: 'x' }] },
    true,
  ],
  [
    'fields from one array element',
    { detail: { items: { sku: ['a'], qty: [2] } } },
    {
      items: [
        { sku: 'a', qty: 2 },
        { sku: 'b', qty: 3 },
      ],
    },
    true,
  ],
  [
    'fields from two array elements',
    { detail: { items: { sku: ['a'], qty: [3] } } },
    {
      items: [
        { sku: 'a', qty: 2 },
        { sku: 'b', qty: 3 },
      ],
    },
    false,
  ],
  // Nesting and dotted keys (AWS-recorded outcomes)
  [
    'nested object path',
    { detail: { a: { b: ['x'] } } },
    { a: { b: 'x' } },
    true,
  ],
  [
    'event dotted key',
    { detail: { state: { status: ['on'] } } },
    { 'state.status': 'on' },
    true,
  ],
  [
    'pattern dotted key',
    { detail: { 'state.status': ['on'] } },
    { state: { status: 'on' } },
    true,
  ],
  [
    'dotted key one level deeper',
    { detail: { state: { status: ['on'] } } },
    { 'state.status': { status: 'on' } },
    false,
  ],
  [
    'nested pattern on string',
    { detail: { a: { b: ['x'] } } },
    { a: 'x' },
    false,
  ],
  // prefix and suffix
  [
    'prefix matches',
    { detail: { s: [{ prefix: 'us-' }] } },
    { s: 'us-east-1' },
    true,
  ],
  [
    'prefix mismatch',
    { detail: { s: [{ prefix: 'us-' }] } },
    { s: 'eu-west-1' },
    false,
  ],
  [
    'prefix strings only',
    { detail: { n: [{ prefix: '1' }] } },
    { n: 12 },
    false,
  ],
  [
    'prefix empty matches any string',
    { detail: { s: [{ prefix: '' }] } },
    { s: 'abc' },
    true,
  ],
  [
    'prefix ignore case',
    { detail: { s: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
    { s: 'eVeNtBridge' },
    true,
  ],
  [
    'suffix matches',
    { detail: { f: [{ suffix: '.png' }] } },
    { f: 'a.png' },
    true,
  ],
  [
    'suffix case-sensitive',
    { detail: { f: [{ suffix: '.PNG' }] } },
    { f: 'a.png' },
    false,
  ],
  [
    'suffix ignore case',
    { detail: { f: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
    { f: 'A.PNG' },
    true,
  ],
  [
    'suffix empty matches any string',
    { detail: { s: [{ suffix: '' }] } },
    { s: 'abc' },
    true,
  ],
  // equals-ignore-case
  [
    'ignore case matches',
    { detail: { s: [{ 'equals-ignore-case': 'alice' }] } },
    { s: 'ALICE' },
    true,
  ],
  [
    'ignore case differs',
    { detail: { s: [{ 'equals-ignore-case': 'alice' }] } },
    { s: 'bob' },
    false,
  ],
  [
    'ignore case empty',
    { detail: { s: [{ 'equals-ignore-case': '' }] } },
    { s: '' },
    true,
  ],
  [
    'ignore case empty vs text',
    { detail: { s: [{ 'equals-ignore-case': '' }] } },
    { s: 'x' },
    false,
  ],
  // wildcard
  [
    'wildcard middle',
    { detail: { f: [{ wildcard: 'dir/*.png' }] } },
    { f: 'dir/a/b.png' },
    true,
  ],
  [
    'wildcard no match',
    { detail: { f: [{ wildcard: 'dir/*.png' }] } },
    { f: 'dir/a.jpg' },
    false,
  ],
  [
    'wildcard zero characters',
    { detail: { f: [{ wildcard: 'a*b' }] } },
    { f: 'ab' },
    true,
  ],
  [
    'wildcard escaped star',
    { detail: { f: [{ wildcard: 'a\\*b' }] } },
    { f: 'a*b' },
    true,
  ],
  [
    'wildcard escaped star literal',
    { detail: { f: [{ wildcard: 'a\\*b' }] } },
    { f: 'axb' },
    false,
  ],
  [
    'wildcard escaped backslash',
    { detail: { f: [{ wildcard: 'a\\\\*' }] } },
    { f: 'a\\x' },
    true,
  ],
  [
    'wildcard empty vs text',
    { detail: { f: [{ wildcard: '' }] } },
    { f: 'x' },
    false,
  ],
  [
    'wildcard strings only',
    { detail: { n: [{ wildcard: '*' }] } },
    { n: 1 },
    false,
  ],
  [
    'wildcard repeated sequence',
    { detail: { f: [{ wildcard: '/Users/*/dir/dir/doc.txt' }] } },
    { f: '/Users/me/dir/dir/dir/doc.txt' },
    true,
  ],
  // anything-but
  [
    'anything-but string',
    { detail: { s: [{ 'anything-but': 'init' }] } },
    { s: 'run' },
    true,
  ],
  [
    'anything-but excluded',
    { detail: { s: [{ 'anything-but': 'init' }] } },
    { s: 'init' },
    false,
  ],
  [
    'anything-but matches null',
    { detail: { s: [{ 'anything-but': 'init' }] } },
    { s: null },
    true,
  ],
  [
    'anything-but missing field',
    { detail: { s: [{ 'anything-but': 'init' }] } },
    {},
    false,
  ],
  [
    'anything-but other type',
    { detail: { s: [{ 'anything-but': 'init' }] } },
    { s: 7 },
    true,
  ],
  [
    'anything-but number',
    { detail: { n: [{ 'anything-but': 0 }] } },
    { n: 789 },
    true,
  ],
  [
    'anything-but number excluded',
    { detail: { n: [{ 'anything-but': 123 }] } },
    { n: 123 },
    false,
  ],
  [
    'anything-but list',
    { detail: { s: [{ 'anything-but': ['a', 'b'] }] } },
    { s: 'c' },
    true,
  ],
  [
    'anything-but list excluded',
    { detail: { s: [{ 'anything-but': ['a', 'b'] }] } },
    { s: 'b' },
    false,
  ],
  [
    'anything-but number list',
    { detail: { n: [{ 'anything-but': [1, 2] }] } },
    { n: 2 },
    false,
  ],
  [
    'anything-but prefix',
    { detail: { s: [{ 'anything-but': { prefix: 'init' } }] } },
    { s: 'post-init' },
    true,
  ],
  [
    'anything-but prefix excluded',
    { detail: { s: [{ 'anything-but': { prefix: 'init' } }] } },
    { s: 'init-x' },
    false,
  ],
  [
    'anything-but prefix on number',
    { detail: { s: [{ 'anything-but': { prefix: 'init' } }] } },
    { s: 12 },
    true,
  ],
  [
    'anything-but prefix list',
    { detail: { s: [{ 'anything-but': { prefix: ['init', 'post'] } }] } },
    { s: 'post-init' },
    false,
  ],
  [
    'anything-but suffix',
    { detail: { f: [{ 'anything-but': { suffix: '.txt' } }] } },
    { f: 'a.txt.bak' },
    true,
  ],
  [
    'anything-but suffix excluded',
    { detail: { f: [{ 'anything-but': { suffix: '.txt' } }] } },
    { f: 'a.txt' },
    false,
  ],
  [
    'anything-but ignore case',
    { detail: { s: [{ 'anything-but': { 'equals-ignore-case': 'init' } }] } },
    { s: 'INIT' },
    false,
  ],
  [
    'anything-but ignore case list',
    {
      detail: { s: [{ 'anything-but': { 'equals-ignore-case': ['a', 'b'] } }] },
    },
    { s: 'C' },
    true,
  ],
  [
    'anything-but wildcard',
    { detail: { f: [{ 'anything-but': { wildcard: '*/lib/*' } }] } },
    { f: 'src/app/x' },
    true,
  ],
  [
    'anything-but wildcard excluded',
    { detail: { f: [{ 'anything-but': { wildcard: '*/lib/*' } }] } },
    { f: 'src/lib/x' },
    false,
  ],
  [
    'anything-but wildcard on number',
    { detail: { f: [{ 'anything-but': { wildcard: '*/lib/*' } }] } },
    { f: 123 },
    true,
  ],
  [
    'anything-but empty wildcard',
    { detail: { f: [{ 'anything-but': { wildcard: '' } }] } },
    { f: 'a/b' },
    true,
  ],
  [
    'anything-but on event array',
    { detail: { s: [{ 'anything-but': 'a' }] } },
    { s: ['a', 'b'] },
    true,
  ],
  // numeric
  [
    'numeric range inside',
    { detail: { n: [{ numeric: ['>', 0, '<=', 5] }] } },
    { n: 5 },
    true,
  ],
  [
    'numeric range outside',
    { detail: { n: [{ numeric: ['>', 0, '<=', 5] }] } },
    { n: 0 },
    false,
  ],
  [
    'numeric less than',
    { detail: { n: [{ numeric: ['<', 10] }] } },
    { n: 9.99 },
    true,
  ],
  [
    'numeric at least',
    { detail: { n: [{ numeric: ['>=', 10] }] } },
    { n: 10 },
    true,
  ],
  [
    'numeric equals',
    { detail: { n: [{ numeric: ['=', 3.018e2] }] } },
    { n: 301.8 },
    true,
  ],
  [
    'numeric int vs float',
    { detail: { n: [{ numeric: ['>', 100] }] } },
    { n: 101.0 },
    true,
  ],
  [
    'numeric rejects string',
    { detail: { n: [{ numeric: ['>', 100] }] } },
    { n: '300' },
    false,
  ],
  [
    'numeric rejects null',
    { detail: { n: [{ numeric: ['>', 100] }] } },
    { n: null },
    false,
  ],
  [
    'numeric large doubles',
    { detail: { n: [{ numeric: ['>', 5e9] }] } },
    { n: 6e9 },
    true,
  ],
  // cidr
  [
    'cidr ipv4 inside',
    { detail: { ip: [{ cidr: '10.0.0.0/24' }] } },
    { ip: '10.0.0.255' },
    true,
  ],
  [
    'cidr ipv4 outside',
    { detail: { ip: [{ cidr: '10.0.0.0/24' }] } },
    { ip: '10.0.1.0' },
    false,
  ],
  [
    'cidr invalid address',
    { detail: { ip: [{ cidr: '10.0.0.0/24' }] } },
    { ip: '10.0.0.256' },
    false,
  ],
  [
    'cidr number value',
    { detail: { ip: [{ cidr: '10.0.0.0/24' }] } },
    { ip: 123 },
    false,
  ],
  [
    'cidr ipv6 inside',
    { detail: { ip: [{ cidr: '2001:db8:1234:1a00::/64' }] } },
    { ip: '2001:0db8:1234:1a00:0000:0000:0000:0001' },
    true,
  ],
  [
    'cidr ipv6 outside',
    { detail: { ip: [{ cidr: '2001:db8:1234:1a00::/64' }] } },
    { ip: '2001:db8:123f:1a01::' },
    false,
  ],
  [
    'cidr ipv4 vs ipv6',
    { detail: { ip: [{ cidr: '0.0.0.0/0' }] } },
    { ip: '::1' },
    false,
  ],
  // exists
  [
    'exists true present',
    { detail: { s: [{ exists: true }] } },
    { s: 'x' },
    true,
  ],
  [
    'exists true null value',
    { detail: { s: [{ exists: true }] } },
    { s: null },
    true,
  ],
  ['exists true missing', { detail: { s: [{ exists: true }] } }, {}, false],
  [
    'exists true on object',
    { detail: { s: [{ exists: true }] } },
    { s: { a: 1 } },
    false,
  ],
  [
    'exists true empty array',
    { detail: { s: [{ exists: true }] } },
    { s: [] },
    false,
  ],
  ['exists false missing', { detail: { s: [{ exists: false }] } }, {}, true],
  [
    'exists false present',
    { detail: { s: [{ exists: false }] } },
    { s: 'x' },
    false,
  ],
  [
    'exists false on object',
    { detail: { s: [{ exists: false }] } },
    { s: { a: 1 } },
    true,
  ],
  [
    'exists false deep path',
    { detail: { a: { b: { c: [{ exists: false }] } } } },
    { a: { b: 'leaf' } },
    true,
  ],
  // Several operators in one list combine with OR (AWS-recorded outcomes)
  [
    'anything-but or exists false',
    { detail: { s: [{ 'anything-but': ['roses'] }, { exists: false }] } },
    {},
    true,
  ],
  [
    'numeric or anything-but',
    { detail: { n: [{ numeric: ['>', 100] }, { 'anything-but': '101' }] } },
    { n: '101' },
    false,
  ],
  // $or
  [
    '$or first branch',
    { detail: { $or: [{ a: [1] }, { b: [2] }] } },
    { a: 1, b: 0 },
    true,
  ],
  [
    '$or no branch',
    { detail: { $or: [{ a: [1] }, { b: [2] }] } },
    { a: 0, b: 0 },
    false,
  ],
  [
    '$or with sibling AND',
    { source: ['nope'], detail: { $or: [{ a: [1] }, { b: [2] }] } },
    { a: 1 },
    false,
  ],
  [
    '$or nested',
    {
      $or: [
        { detail: { a: [1] } },
        { detail: { $or: [{ b: [2] }, { c: [3] }] } },
      ],
    },
    { c: 3 },
    true,
  ],
  [
    'parallel $or blocks',
    {
      $or: [{ source: ['x'] }, { region: ['us-east-1'] }],
      detail: { $or: [{ a: [1] }, { b: [2] }] },
    },
    { b: 2 },
    true,
  ],
  [
    '$or as field name',
    { detail: { $or: { a: [1] } } },
    { $or: { a: 1 } },
    true,
  ],
  // Envelope fields
  ['top-level source', { source: ['com.example.orders'] }, {}, true],
  ['resources array', { resources: [{ prefix: 'arn:aws:ec2:' }] }, {}, true],
  ['time prefix', { time: [{ prefix: '2024-03-01' }] }, {}, true],
];

describe('matchEventPattern cases', () => {
  it.each(CASES)('%s', (_name, pattern, detail, matches) => {
    expect(matchEventPattern(pattern, withDetail(detail))).toBe(matches);
  });
});

describe('matchEventPattern anything-but and null', () => {
  // AWS: null and "open" match, "cancelled" does not.
  const pattern = { detail: { status: [{ 'anything-but': ['cancelled'] }] } };

  it('matches status null', () => {
    expect(matchEventPattern(pattern, withDetail({ status: null }))).toBe(true);
  });

  it('matches status open', () => {
    expect(matchEventPattern(pattern, withDetail({ status: 'open' }))).toBe(
      true,
    );
  });

  it('rejects status cancelled', () => {
    expect(
      matchEventPattern(pattern, withDetail({ status: 'cancelled' })),
    ).toBe(false);
  });
});

describe('matchCompiledPattern reuse', () => {
  it('serves a message body filter', () => {
    // The same language filters SQS message bodies for Lambda.
    const compiled = compileEventPattern({ body: { kind: ['order'] } });
    expect(matchCompiledPattern(compiled, { body: { kind: 'order' } })).toBe(
      true,
    );
  });

  it('last repeated key wins', () => {
    const pattern = JSON.parse(
      '{"detail":{"loc":[{"prefix":"us-"}],"loc":[{"anything-but":"us-east"}]}}',
    ) as unknown;
    expect(matchEventPattern(pattern, withDetail({ loc: 'eu-west' }))).toBe(
      true,
    );
  });
});
