// Reasons AWS returned from TestEventPattern (InvalidEventPatternException,
// "Event pattern is not valid. Reason: ...") for each invalid pattern here,
// unless the case name ends in "(unconfirmed)".
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
import { describe, expect, it } from 'vitest';
import { compileEventPattern } from './pattern-compile';
import { validateEventPattern } from './pattern-match';
import { EventPatternError } from './pattern-types';

type Case = [name: string, pattern: unknown, reason: string];

const CASES: Case[] = [
  ['pattern not an object', ['a', 'b'], 'Filter is not an object'],
  ['leaf number', { int: 42 }, '"int" must be an object or an array'],
  [
    'leaf string',
    { string: 'my-value' },
    '"string" must be an object or an array',
  ],
  ['empty array', { resources: [] }, 'Empty arrays are not allowed'],
  [
    'operator upper case',
    { a: [{ NUMERIC: ['=', 5] }] },
    'Unrecognized match type NUMERIC',
  ],
  [
    'exists upper case',
    { a: [{ EXISTS: true }] },
    'Unrecognized match type EXISTS',
  ],
  [
    'prefix number',
    { time: [{ prefix: 123 }] },
    'prefix match pattern must be a string',
  ],
  [
    'prefix list',
    { time: [{ prefix: ['2022'] }] },
    'prefix match pattern must be a string',
  ],
  [
    'suffix number',
    { f: [{ suffix: 123 }] },
    'suffix match pattern must be a string',
  ],
  [
    'suffix list',
    { f: [{ suffix: ['.png'] }] },
    'suffix match pattern must be a string',
  ],
  [
    'ignore case list',
    { t: [{ 'equals-ignore-case': ['x'] }] },
    'equals-ignore-case match pattern must be a string',
  ],
  [
    'ignore case object',
    { t: [{ 'equals-ignore-case': { prefix: 'x' } }] },
    'equals-ignore-case match pattern must be a string',
  ],
  [
    'wildcard number',
    { a: [{ wildcard: 123 }] },
    'wildcard match pattern must be a string',
  ],
  [
    'wildcard list',
    { a: [{ wildcard: ['a*'] }] },
    'wildcard match pattern must be a string',
  ],
  [
    'wildcard consecutive stars',
    { a: [{ wildcard: 'arn:aws:events:us-east-1:**:event-bus/*' }] },
    'Consecutive wildcard characters at pos 26',
  ],
  [
    'wildcard too complex',
    { a: [{ wildcard: '*:*:*:*:*:event-bus/*' }] },
    'Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character',
  ],
  [
    'wildcard bad escape (unconfirmed)',
    { a: [{ wildcard: 'a\\b' }] },
    'Invalid escape character at pos 1',
  ],
  [
    'numeric not array',
    { c: [{ numeric: 10 }] },
    'Value of numeric must be an array.',
  ],
  [
    'numeric two lower bounds',
    { c: [{ numeric: ['>', 0, '>', 0] }] },
    'Bad numeric range operator: >',
  ],
  [
    'numeric missing value',
    { c: [{ numeric: ['>', 0, '<'] }] },
    'Value of < must be numeric',
  ],
  [
    'numeric string value',
    { c: [{ numeric: ['<', '5'] }] },
    'Value of < must be numeric',
  ],
  [
    'numeric unknown operator (unconfirmed)',
    { c: [{ numeric: ['!=', 5] }] },
    'Unrecognized numeric range operator: "!="',
  ],
  [
    'numeric upper then lower',
    { c: [{ numeric: ['<', 5, '>', 1] }] },
    'Bad numeric range operator: >',
  ],
  [
    'numeric bottom above top (unconfirmed)',
    { c: [{ numeric: ['>', 5, '<', 1] }] },
    'Bottom must be less than top',
  ],
  [
    'cidr without slash',
    { ip: [{ cidr: 'bad-filter' }] },
    "Malformed CIDR, one '/' required",
  ],
  [
    'cidr bad mask',
    { ip: [{ cidr: 'bad-/64filter' }] },
    'Malformed CIDR, mask bits must be an integer',
  ],
  [
    'cidr bad ipv4',
    { ip: [{ cidr: 'xx.11.xx/8' }] },
    'Nonstandard IP address: xx.11.xx',
  ],
  [
    'cidr bad ipv6',
    { ip: [{ cidr: 'xxxx:db8:1234:1a00::/64' }] },
    'Nonstandard IP address: xxxx:db8:1234:1a00::',
  ],
  [
    'cidr list',
    { ip: [{ cidr: ['10.0.0.0/8'] }] },
    'prefix match pattern must be a string',
  ],
  [
    'cidr mask too long (unconfirmed)',
    { ip: [{ cidr: '10.0.0.0/33' }] },
    'Malformed CIDR, mask bits must be between 0 and 32',
  ],
  [
    'exists string (unconfirmed)',
    { a: [{ exists: 'yes' }] },
    'exists match pattern must be either true or false.',
  ],
  [
    'anything-but null',
    { s: [{ 'anything-but': null }] },
    'Value of anything-but must be an array or single string/number value.',
  ],
  [
    'anything-but list with null',
    { s: [{ 'anything-but': ['stopped', null] }] },
    'Inside anything but list, start|null|boolean is not supported.',
  ],
  [
    'anything-but list with boolean',
    { s: [{ 'anything-but': [true] }] },
    'Inside anything but list, start|null|boolean is not supported.',
  ],
  [
    'anything-but mixed list (unconfirmed)',
    { s: [{ 'anything-but': ['a', 1] }] },
    'Inside anything but list, strings and numbers cannot be mixed.',
  ],
  [
    'anything-but empty prefix',
    { f: [{ 'anything-but': { prefix: '' } }] },
    'Null prefix/suffix not allowed',
  ],
  [
    'anything-but empty suffix',
    { f: [{ 'anything-but': { suffix: '' } }] },
    'Null prefix/suffix not allowed',
  ],
  [
    'anything-but prefix number',
    { s: [{ 'anything-but': { prefix: 123 } }] },
    'prefix/suffix match pattern must be a string',
  ],
  [
    'anything-but prefix list number',
    { s: [{ 'anything-but': { prefix: [123, 'test'] } }] },
    'prefix/suffix match pattern must be a string',
  ],
  [
    'anything-but suffix list null',
    { f: [{ 'anything-but': { suffix: [null, '.txt'] } }] },
    'prefix/suffix match pattern must be a string',
  ],
  [
    'anything-but prefix ignore case',
    { f: [{ 'anything-but': { prefix: { 'equals-ignore-case': 'file' } } }] },
    'Value of anything-but must be an array or single string/number value.',
  ],
  [
    'anything-but ignore case number',
    { s: [{ 'anything-but': { 'equals-ignore-case': 123 } }] },
    'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.',
  ],
  [
    'anything-but ignore case numbers',
    { s: [{ 'anything-but': { 'equals-ignore-case': [123, 456] } }] },
    'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.',
  ],
  [
    'anything-but wildcard number',
    { f: [{ 'anything-but': { wildcard: 123 } }] },
    'wildcard match pattern must be a string',
  ],
  [
    'anything-but wildcard list number',
    { s: [{ 'anything-but': { wildcard: [123, '*/dir/*'] } }] },
    'wildcard match pattern must be a string',
  ],
  [
    'operator object two keys (unconfirmed)',
    { s: [{ prefix: 'a', suffix: 'b' }] },
    'Match expression must hold exactly one operator',
  ],
];

describe('validateEventPattern reasons', () => {
  it.each(CASES)('%s', (_name, pattern, reason) => {
    expect(validateEventPattern(pattern)).toEqual({ ok: false, reason });
  });
});

describe('validateEventPattern accepts', () => {
  it('accepts every documented operator', () => {
    const pattern = {
      source: ['a', 1, null, true],
      detail: {
        p: [{ prefix: 'x' }, { prefix: { 'equals-ignore-case': 'x' } }],
        s: [{ suffix: 'x' }, { suffix: { 'equals-ignore-case': 'x' } }],
        e: [{ 'equals-ignore-case': 'x' }, { wildcard: 'a*b' }],
        n: [{ numeric: ['>=', 0, '<', 1e12] }, { numeric: ['=', -1] }],
        i: [
          { cidr: '10.0.0.0/8' },
          { cidr: '2001:db8::/32' },
          { exists: false },
        ],
        a: [
          { 'anything-but': 'x' },
          { 'anything-but': 1 },
          { 'anything-but': ['x', 'y'] },
          { 'anything-but': [1, 2] },
          { 'anything-but': { prefix: ['x'] } },
          { 'anything-but': { suffix: 'x' } },
          { 'anything-but': { 'equals-ignore-case': ['x'] } },
          { 'anything-but': { wildcard: ['*x*'] } },
        ],
        $or: [{ x: [1] }, { y: [{ exists: true }] }],
      },
    };
    expect(validateEventPattern(pattern)).toEqual({ ok: true });
  });

  it('accepts simpler wildcard arn', () => {
    const pattern = {
      a: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }],
    };
    expect(validateEventPattern(pattern)).toEqual({ ok: true });
  });
});

describe('EventPatternError message', () => {
  it('carries the AWS message prefix', () => {
    const compile = () => compileEventPattern({ a: [] });
    expect(compile).toThrow(
      new EventPatternError('Empty arrays are not allowed'),
    );
  });

  it('has the full AWS message', () => {
    expect(new EventPatternError('Empty arrays are not allowed').message).toBe(
      'Event pattern is not valid. Reason: Empty arrays are not allowed',
    );
  });
});
