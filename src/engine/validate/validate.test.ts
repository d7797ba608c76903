import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { ALB_HELLO_SAMPLE } from '../samples/alb-hello';
import { validateScenario } from './index';

type Edge = { id: string; target: string; config: Record<string, unknown> };

function scenario(edges: Edge[], lambdaConfig: Record<string, unknown> = {}): Scenario {
  return {
    ...ALB_HELLO_SAMPLE,
    nodes: [
      ...ALB_HELLO_SAMPLE.nodes.map((node) =>
        node.type === 'lambda' ? { ...node, config: { ...node.config, ...lambdaConfig } } : node,
      ),
      { id: 'other', type: 'lambda', position: { x: 0, y: 0 }, config: {} },
    ],
    edges: [
      ...edges.map((edge) => ({ ...edge, source: 'alb' })),
      { id: 'to-other', source: 'alb', target: 'other', config: { Priority: 99, Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/other'] } }] } },
    ],
  };
}

const codes = (value: Scenario) => validateScenario(value).map((diagnostic) => diagnostic.code);
const path = (pattern: string) => [{ Field: 'path-pattern', PathPatternConfig: { Values: [pattern] } }];

describe('validateScenario', () => {
  it('passes the ALB sample', () => {
    expect(validateScenario(ALB_HELLO_SAMPLE).filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('flags missing invoke permission', () => {
    const value = scenario([{ id: 'e', target: 'hello', config: { invokePermission: false } }]);
    const diagnostic = validateScenario(value).find((d) => d.code === 'alb/missing-invoke-permission');

    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.edgeId).toBe('e');
    expect(diagnostic?.docUrl).toMatch(/lambda-functions\.html$/);
  });

  it('flags cross-Region target', () => {
    expect(codes(scenario([{ id: 'e', target: 'hello', config: {} }], { region: 'eu-west-1' }))).toContain('alb/cross-account-or-region');
  });

  it('flags cross-account target', () => {
    expect(codes(scenario([{ id: 'e', target: 'hello', config: {} }], { accountId: '210987654321' }))).toContain('alb/cross-account-or-region');
  });

  it('passes same account and Region', () => {
    expect(codes(scenario([{ id: 'e', target: 'hello', config: {} }], { region: 'us-east-1' }))).not.toContain('alb/cross-account-or-region');
  });

  it('flags two default actions', () => {
    const value = scenario([
      { id: 'a', target: 'hello', config: {} },
      { id: 'b', target: 'hello', config: {} },
    ]);

    expect(codes(value)).toContain('alb/multiple-default-actions');
  });

  it('flags duplicate priorities', () => {
    const value = scenario([
      { id: 'a', target: 'hello', config: { Priority: 5, Conditions: path('/a') } },
      { id: 'b', target: 'hello', config: { Priority: 5, Conditions: path('/b') } },
    ]);

    expect(codes(value)).toContain('alb/duplicate-priority');
  });

  it('passes distinct priorities', () => {
    const value = scenario([
      { id: 'a', target: 'hello', config: { Priority: 5, Conditions: path('/a') } },
      { id: 'b', target: 'hello', config: { Priority: 6, Conditions: path('/b') } },
    ]);

    expect(codes(value)).not.toContain('alb/duplicate-priority');
  });

  it('flags rule without conditions', () => {
    expect(codes(scenario([{ id: 'a', target: 'hello', config: { Priority: 5 } }]))).toContain('alb/rule-without-conditions');
  });

  it('flags more than 100 rules', () => {
    const edges = Array.from({ length: 101 }, (_, index) => ({
      id: `r${index}`,
      target: 'hello',
      config: { Priority: index + 1, Conditions: path(`/p${index}`) },
    }));

    expect(codes(scenario(edges))).toContain('alb/too-many-rules');
  });

  it('flags target group with two functions', () => {
    const value = scenario([
      { id: 'a', target: 'hello', config: { Name: 'shared' } },
      { id: 'b', target: 'other', config: { Name: 'shared', Priority: 3, Conditions: path('/b') } },
    ]);

    expect(codes(value)).toContain('alb/target-group-multiple-functions');
  });

  it('flags too many condition values', () => {
    const value = scenario([
      { id: 'a', target: 'hello', config: { Priority: 3, Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/a', '/b', '/c', '/d'] } }] } },
    ]);

    expect(codes(value)).toContain('alb/too-many-condition-values');
  });

  it('flags invalid source CIDR', () => {
    const value = scenario([
      { id: 'a', target: 'hello', config: { Priority: 3, Conditions: [{ Field: 'source-ip', SourceIpConfig: { Values: ['10.0.0.300/8'] } }] } },
    ]);

    expect(codes(value)).toContain('alb/invalid-source-ip');
  });

  it('flags empty code', () => {
    expect(codes(scenario([{ id: 'a', target: 'hello', config: {} }], { code: '  ' }))).toContain('lambda/empty-code');
  });

  it('flags missing handler export', () => {
    expect(codes(scenario([{ id: 'a', target: 'hello', config: {} }], { code: 'export const main = () => 1;' }))).toContain(
      'lambda/handler-not-exported',
    );
  });

  it('reports function without trigger as info', () => {
    const value: Scenario = { ...ALB_HELLO_SAMPLE, edges: [] };
    const diagnostic = validateScenario(value).find((d) => d.code === 'lambda/no-trigger');

    expect(diagnostic?.severity).toBe('info');
  });

  it('flags edge to missing node', () => {
    const value: Scenario = { ...ALB_HELLO_SAMPLE, edges: [{ id: 'x', source: 'alb', target: 'gone', config: {} }] };

    expect(codes(value)).toContain('general/edge-missing-endpoint');
  });

  it('flags unsupported connection', () => {
    const value: Scenario = {
      ...ALB_HELLO_SAMPLE,
      nodes: [...ALB_HELLO_SAMPLE.nodes, { id: 'q', type: 'sqs', position: { x: 0, y: 0 }, config: {} }],
      edges: [{ id: 'x', source: 'alb', target: 'q', config: {} }],
    };

    expect(codes(value)).toContain('general/unsupported-connection');
  });

  it('flags invalid config without throwing', () => {
    const value: Scenario = {
      ...ALB_HELLO_SAMPLE,
      nodes: ALB_HELLO_SAMPLE.nodes.map((node) => (node.type === 'lambda' ? { ...node, config: { Timeout: 5000 } } : node)),
    };
    const diagnostic = validateScenario(value).find((d) => d.code === 'general/invalid-config');

    expect(diagnostic?.field).toBe('Timeout');
  });

  it('lists errors before warnings', () => {
    const value = scenario([{ id: 'a', target: 'hello', config: { invokePermission: false } }], { code: 'x' });
    const severities = validateScenario(value).map((d) => d.severity);

    expect(severities.indexOf('error')).toBeLessThan(severities.indexOf('warning'));
  });
});
