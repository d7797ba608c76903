import { describe, expect, it } from 'vitest';
import { EVENTBRIDGE_RETRIES_SAMPLE } from '../../engine/samples/eventbridge-retries';
import { sampleBusEvent, testPattern } from './pattern-test';

const bus = EVENTBRIDGE_RETRIES_SAMPLE.nodes[0]!;
const clock = { now: () => Date.parse('2024-01-01T12:00:00Z'), random: () => 0.25 };
const sample = sampleBusEvent(EVENTBRIDGE_RETRIES_SAMPLE, bus, clock)!;
const text = (source: string) => JSON.stringify({ ...sample, source });

describe('testPattern', () => {
  it('sample event matches', () => {
    expect(testPattern({ source: ['orders'] }, text('orders'))).toEqual({ kind: 'match' });
  });

  it('other source gives a reason', () => {
    const result = testPattern({ source: ['orders'] }, text('billing'));
    expect(result.kind === 'no-match' && result.reason).toContain('"source" is "billing"');
  });

  it('pattern as text works', () => {
    expect(testPattern('{"source":["orders"]}', text('orders')).kind).toBe('match');
  });

  it('invalid pattern gives AWS reason', () => {
    const result = testPattern({ source: 'orders' }, text('orders'));
    expect(result).toEqual({
      kind: 'invalid-pattern',
      reason: 'Event pattern is not valid. Reason: "source" must be an object or an array',
    });
  });

  it('event without envelope rejected', () => {
    const result = testPattern({ source: ['orders'] }, '{"source":"orders"}');
    expect(result.kind === 'invalid-event' && result.reason).toMatch(/^Parameter Event is not valid/);
  });

  it('schedule rule has no pattern', () => {
    expect(testPattern(undefined, text('orders')).kind).toBe('no-pattern');
  });
});

describe('sampleBusEvent', () => {
  it('uses the rule source', () => {
    expect(sample.source).toBe('orders');
  });

  it('uses the scenario account', () => {
    expect(sample.account).toBe('123456789012');
  });
});
