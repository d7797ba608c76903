import { describe, expect, it } from 'vitest';
import { explainEventPattern } from './explain';
import { EventPatternError } from './pattern-types';

const EVENT = {
  version: '0',
  id: 'b6f5b0a8-7f44-4c2b-9d53-2f1e4c1f0c11',
  'detail-type': 'OrderPlaced',
  source: 'billing',
  account: '123456789012',
  time: '2024-01-01T12:00:00Z',
  region: 'us-east-1',
  resources: [],
  detail: { total: 12, items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }] },
};

function mismatch(pattern: unknown, event: unknown = EVENT) {
  const explanation = explainEventPattern(pattern, event);
  if (explanation.matches) {
    throw new Error('expected a mismatch');
  }

  return explanation;
}

describe('explainEventPattern', () => {
  it('matching event has no reason', () => {
    expect(explainEventPattern({ source: ['billing'] }, EVENT)).toEqual({ matches: true });
  });

  it('wrong value names the field', () => {
    const result = mismatch({ source: ['orders'] });
    expect(result.field).toBe('source');
    expect(result.reason).toBe('"source" is "billing" in the event, but the pattern expects ["orders"].');
  });

  it('missing field says so', () => {
    const result = mismatch({ detail: { state: ['open'] } });
    expect(result.field).toBe('detail.state');
    expect(result.reason).toContain('no value at "detail.state"');
  });

  it('first failing field wins', () => {
    const result = mismatch({ source: ['billing'], 'detail-type': ['OrderShipped'], region: ['eu-west-1'] });
    expect(result.field).toBe('detail-type');
  });

  it('operator shown as written', () => {
    const result = mismatch({ detail: { total: [{ numeric: ['>', 100] }] } });
    expect(result.reason).toContain('[{"numeric":[">",100]}]');
  });

  it('array leaves listed together', () => {
    const result = mismatch({ detail: { items: { sku: ['c'] } } });
    expect(result.reason).toContain('has the values ["a","b"]');
  });

  it('fields from different elements', () => {
    const result = mismatch({ detail: { items: { sku: ['a'], qty: [2] } } });
    expect(result.field).toBe('detail.items.sku, detail.items.qty');
    expect(result.reason).toContain('same element of an array');
  });

  it('$or explains first alternative', () => {
    const result = mismatch({ $or: [{ source: ['orders'] }, { region: ['eu-west-1'] }] });
    expect(result.field).toBe('source');
    expect(result.reason).toMatch(/^None of the 2 alternatives of \$or matches/);
  });

  it('invalid pattern raises', () => {
    expect(() => explainEventPattern({ source: [] }, EVENT)).toThrow(EventPatternError);
  });
});
