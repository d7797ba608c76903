import { describe, expect, it } from 'vitest';
import { ALB_HELLO_SAMPLE } from '../samples/alb-hello';
import { parseScenario } from './parse';

const minimal = {
  version: 1,
  nodes: [
    { id: 'alb', type: 'alb' },
    { id: 'fn', type: 'lambda', config: { code: 'export const handler = async () => 1;' } },
  ],
  edges: [{ id: 'e1', source: 'alb', target: 'fn' }],
};

function errorOf(input: unknown) {
  const result = parseScenario(input);
  if (result.ok) {
    throw new Error('expected the scenario to be rejected');
  }

  return result.error;
}

describe('parseScenario', () => {
  it('accepts the ALB sample', () => {
    expect(parseScenario(ALB_HELLO_SAMPLE).ok).toBe(true);
  });

  it('accepts ids, types, edges and code only', () => {
    expect(parseScenario(minimal).ok).toBe(true);
  });

  it('fills the default settings', () => {
    const result = parseScenario(minimal);
    expect(result.ok && result.value.settings).toEqual({
      region: 'us-east-1',
      accountId: '123456789012',
      seed: 1,
      sqsScalingModel: 'current',
      accountConcurrency: 1000,
    });
  });

  it('fills a default node position', () => {
    const result = parseScenario(minimal);
    expect(result.ok && result.value.nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it('parses JSON text', () => {
    expect(parseScenario(JSON.stringify(minimal)).ok).toBe(true);
  });

  it('rejects text that is not JSON', () => {
    expect(errorOf('{nodes: ').kind).toBe('not-json');
  });

  it('rejects an array', () => {
    expect(errorOf([]).kind).toBe('not-an-object');
  });

  it('rejects a missing version', () => {
    expect(errorOf({ nodes: [] }).kind).toBe('version-missing');
  });

  it('rejects a newer version', () => {
    expect(errorOf({ ...minimal, version: 99 }).kind).toBe('version-too-new');
  });

  it('names the field of an invalid timeout', () => {
    const nodes = [minimal.nodes[0], { id: 'fn', type: 'lambda', config: { Timeout: 901 } }];
    expect(errorOf({ ...minimal, nodes }).path).toBe('nodes[1].config.Timeout');
  });

  it('names an unknown config key', () => {
    const nodes = [minimal.nodes[0], { id: 'fn', type: 'lambda', config: { Timeuot: 3 } }];
    expect(errorOf({ ...minimal, nodes }).message).toContain('Timeuot');
  });

  it('rejects an unknown node type', () => {
    const nodes = [{ id: 'x', type: 'kinesis' }];
    expect(errorOf({ ...minimal, nodes, edges: [] }).path).toBe('nodes[0].type');
  });

  it('rejects a duplicate node id', () => {
    const nodes = [minimal.nodes[0], minimal.nodes[0]];
    expect(errorOf({ ...minimal, nodes, edges: [] }).message).toContain('duplicate node id "alb"');
  });

  it('rejects an edge to a missing node', () => {
    const edges = [{ id: 'e1', source: 'alb', target: 'nope' }];
    expect(errorOf({ ...minimal, edges }).path).toBe('edges[0].target');
  });

  it('rejects an edge AWS does not support', () => {
    const edges = [{ id: 'e1', source: 'fn', target: 'alb' }];
    expect(errorOf({ ...minimal, edges }).path).toBe('edges[0]');
  });

  it('checks the ALB target group config', () => {
    const edges = [{ id: 'e1', source: 'alb', target: 'fn', config: { HealthyThresholdCount: 11 } }];
    expect(errorOf({ ...minimal, edges }).path).toBe('edges[0].config.HealthyThresholdCount');
  });
});
