import { describe, expect, it } from 'vitest';
import { EVENTBRIDGE_RETRIES_SAMPLE } from '../../engine/samples/eventbridge-retries';
import { resolveEntry } from '../run/entry';

describe('resolveEntry for event buses', () => {
  it('selected bus takes an entry', () => {
    expect(resolveEntry(EVENTBRIDGE_RETRIES_SAMPLE, { nodeId: 'bus' })?.kind).toBe('entry');
  });

  it('selected rule uses its bus', () => {
    expect(resolveEntry(EVENTBRIDGE_RETRIES_SAMPLE, { edgeId: 'orders-rule' })?.node.id).toBe('bus');
  });

  it('bus comes before functions', () => {
    expect(resolveEntry(EVENTBRIDGE_RETRIES_SAMPLE, {})?.node.id).toBe('bus');
  });
});
