import { describe, expect, it } from 'vitest';
import { ALB_HELLO_SAMPLE } from '../samples/alb-hello';
import { describeSchemaIssues } from './schema-issues';

/** Returns the ALB sample with the function's config and the edge's config changed. */
function sample(lambdaConfig: Record<string, unknown>, edgeConfig: Record<string, unknown> = {}): unknown {
  const scenario = structuredClone(ALB_HELLO_SAMPLE) as unknown as {
    nodes: { type: string; config: Record<string, unknown> }[];
    edges: { config: Record<string, unknown> }[];
  };
  const fn = scenario.nodes.find((node) => node.type === 'lambda');
  if (fn) Object.assign(fn.config, lambdaConfig);
  const edge = scenario.edges[0];
  if (edge) Object.assign(edge.config, edgeConfig);

  return scenario;
}

describe('describeSchemaIssues', () => {
  it('valid scenario has none', () => {
    expect(describeSchemaIssues(ALB_HELLO_SAMPLE)).toEqual([]);
  });

  it('Timeout out of range', () => {
    const [issue] = describeSchemaIssues(sample({ Timeout: 901 }));
    expect(issue?.message).toBe('Timeout must be a whole number from 1 to 900 (s); got 901');
    expect(issue?.fix).toBe('use a whole number from 1 to 900');
    expect(issue?.code).toBe('schema/out-of-range');
    expect(issue?.path).toBe('nodes[1].config.Timeout');
    expect(issue?.nodeId).toBe('hello');
    expect(issue?.field).toBe('Timeout');
  });

  it('fraction is not a whole number', () => {
    const [issue] = describeSchemaIssues(sample({ MemorySize: 128.5 }));
    expect(issue?.message).toBe('MemorySize must be a whole number from 128 to 10240 (MB); got 128.5');
  });

  it('string where number expected', () => {
    const [issue] = describeSchemaIssues(sample({ Timeout: '30' }));
    expect(issue?.code).toBe('schema/invalid-type');
    expect(issue?.message).toContain('got "30"');
  });

  it('lists every issue', () => {
    const issues = describeSchemaIssues(sample({ Timeout: 0, MemorySize: 99999, Typo: 1 }));
    expect(issues.map((issue) => issue.path).sort()).toEqual([
      'nodes[1].config.MemorySize',
      'nodes[1].config.Timeout',
      'nodes[1].config.Typo',
    ]);
  });

  it('unknown key names the key', () => {
    const [issue] = describeSchemaIssues(sample({ Typo: 1 }));
    expect(issue?.code).toBe('schema/unknown-key');
    expect(issue?.message).toBe('Typo is not a known setting here');
  });

  it('unknown node type lists types', () => {
    const scenario = sample({}) as { nodes: { type: string }[] };
    (scenario.nodes[0] as { type: string }).type = 'elb';
    const [issue] = describeSchemaIssues(scenario);
    expect(issue?.path).toBe('nodes[0].type');
    expect(issue?.message).toContain('"alb"');
  });

  it('edge to missing node', () => {
    const scenario = sample({}) as { edges: { target: string }[] };
    (scenario.edges[0] as { target: string }).target = 'ghost';
    const [issue] = describeSchemaIssues(scenario);
    expect(issue?.code).toBe('schema/unknown-node');
    expect(issue?.edgeId).toBe('alb-hello');
  });

  it('bad JSON is one issue', () => {
    const issues = describeSchemaIssues('{ not json');
    expect(issues.map((issue) => issue.code)).toEqual(['schema/not-json']);
  });
});
