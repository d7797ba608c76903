import { describe, expect, it } from 'vitest';
import type { TargetHealth } from '../alb/health';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/scenario';
import { ROUTE53_FAILOVER_SAMPLE } from '../samples/route53-failover';
import { withEdgeConfig } from '../samples/gallery-types';
import { resolveDnsFailover } from './failover';
import { validateRoute53 } from './validate';

function scenario(change: (input: Scenario) => Scenario = (input) => input): Scenario {
  const parsed = parseScenario(change(ROUTE53_FAILOVER_SAMPLE));
  if (!parsed.ok) throw new Error(parsed.error.message);

  return parsed.value;
}

const UNHEALTHY: TargetHealth = {
  state: 'unhealthy',
  reason: 'Target.ResponseCodeMismatch',
  description: 'Health checks failed with these codes: [503]',
};

function answer(input: Scenario, health: Record<string, TargetHealth>) {
  const result = resolveDnsFailover(input, 'dns', health);
  if (!result.ok) throw new Error(result.error);

  return result.value;
}

describe('resolveDnsFailover', () => {
  it('answers primary before health checks', () => {
    expect(answer(scenario(), {}).record.alb.name).toBe('alb-east');
  });

  it('answers primary while healthy', () => {
    const result = answer(scenario(), { 'east-app': { state: 'healthy' } });
    expect(result.record.setIdentifier).toBe('east');
  });

  it('answers secondary when primary unhealthy', () => {
    const result = answer(scenario(), { 'east-app': UNHEALTHY });
    expect(result.record.alb.name).toBe('alb-west');
  });

  it('explains the failover', () => {
    const result = answer(scenario(), { 'east-app': UNHEALTHY });
    expect(result.explanation).toBe(
      'primary alb-east unhealthy: target group east-targets failed 2 health checks in a row (Health checks failed with these codes: [503]), answering secondary alb-west',
    );
  });

  it('keeps the secondary Region', () => {
    expect(answer(scenario(), { 'east-app': UNHEALTHY }).record.region).toBe('us-west-2');
  });

  it('ignores health without EvaluateTargetHealth', () => {
    const input = scenario((base) =>
      withEdgeConfig(base, 'dns-east', { AliasTarget: { EvaluateTargetHealth: false } }),
    );
    expect(answer(input, { 'east-app': UNHEALTHY }).record.alb.name).toBe('alb-east');
  });

  it('answers primary when both unhealthy', () => {
    const result = answer(scenario(), { 'east-app': UNHEALTHY, 'west-app': UNHEALTHY });
    expect(result.record.alb.name).toBe('alb-east');
  });

  it('secondary without evaluation counts healthy', () => {
    const input = scenario((base) =>
      withEdgeConfig(base, 'dns-west', { AliasTarget: { EvaluateTargetHealth: false } }),
    );
    const result = answer(input, { 'east-app': UNHEALTHY, 'west-app': UNHEALTHY });
    expect(result.record.alb.name).toBe('alb-west');
  });

  it('disabled health checks count healthy', () => {
    const input = scenario((base) => withEdgeConfig(base, 'east-app', { HealthCheckEnabled: false }));
    expect(answer(input, { 'east-app': UNHEALTHY }).record.alb.name).toBe('alb-east');
  });

  it('rejects two primary records', () => {
    const input = scenario((base) => withEdgeConfig(base, 'dns-west', { Failover: 'PRIMARY' }));
    const result = resolveDnsFailover(input, 'dns', {});
    expect(result.ok ? '' : result.error).toContain('has 2 PRIMARY records (edges dns-east, dns-west)');
  });

  it('rejects a record without aliases', () => {
    const input = scenario((base) => ({ ...base, edges: base.edges.filter((edge) => edge.source !== 'dns') }));
    const result = resolveDnsFailover(input, 'dns', {});
    expect(result.ok ? '' : result.error).toContain('has no alias record');
  });

  it('rejects a node of another type', () => {
    const result = resolveDnsFailover(scenario(), 'alb-east', {});
    expect(result.ok).toBe(false);
  });
});

describe('validateRoute53', () => {
  it('sample has no diagnostics', () => {
    expect(validateRoute53(scenario())).toEqual([]);
  });

  it('flags a second primary', () => {
    const input = scenario((base) => withEdgeConfig(base, 'dns-west', { Failover: 'PRIMARY' }));
    expect(validateRoute53(input).map((item) => item.code)).toContain('route53/duplicate-failover');
  });

  it('flags a shared set identifier', () => {
    const input = scenario((base) => withEdgeConfig(base, 'dns-west', { SetIdentifier: 'east' }));
    expect(validateRoute53(input).map((item) => item.code)).toEqual(['route53/duplicate-set-identifier']);
  });
});
