import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/model';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { resolveEntry } from './entry';

describe('resolveEntry', () => {
  it('no selection picks the ALB', () => {
    const entry = resolveEntry(ALB_HELLO_SAMPLE, {});
    expect(entry?.kind).toBe('http');
    expect(entry?.node.id).toBe('alb');
  });

  it('selected function takes events', () => {
    const entry = resolveEntry(ALB_HELLO_SAMPLE, { nodeId: 'hello' });
    expect(entry?.kind).toBe('event');
    expect(entry?.node.id).toBe('hello');
  });

  it('selected edge uses its source', () => {
    const entry = resolveEntry(ALB_HELLO_SAMPLE, { edgeId: 'alb-hello' });
    expect(entry?.node.id).toBe('alb');
  });

  it('queue is not sendable yet', () => {
    const scenario: Scenario = {
      ...ALB_HELLO_SAMPLE,
      nodes: [...ALB_HELLO_SAMPLE.nodes, { id: 'q', type: 'sqs', position: { x: 0, y: 0 }, config: {} }],
    };
    expect(resolveEntry(scenario, { nodeId: 'q' })?.kind).toBe('unsupported');
  });

  it('empty scenario has no entry', () => {
    expect(resolveEntry({ ...ALB_HELLO_SAMPLE, nodes: [], edges: [] }, {})).toBeUndefined();
  });
});
