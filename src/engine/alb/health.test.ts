import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/scenario';
import { createRunEnvironment } from '../run/environment';
import { FixedInvoker } from '../run/fake-invoker.testing';
import { readAwsEvent } from '../util/aws-fixtures.testing';
import { buildHealthCheckEvent, checkTargetHealth, matchesHttpCode } from './health';
import { albTargetGroups, resolveAlb } from './target-groups';

function scenario(edgeConfig: Record<string, unknown>): Scenario {
  const parsed = parseScenario({
    version: 1,
    nodes: [
      { id: 'alb', type: 'alb' },
      { id: 'fn', type: 'lambda' },
    ],
    edges: [{ id: 'tg', source: 'alb', target: 'fn', config: edgeConfig }],
  });
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }

  return parsed.value;
}

function group(value: Scenario) {
  const alb = resolveAlb(value, 'alb');
  const found = alb ? albTargetGroups(value, alb)[0] : undefined;
  if (!found) {
    throw new Error('no target group');
  }

  return found;
}

const env = () => createRunEnvironment({ seed: 1, startMs: 0 });
const ok = { payload: { statusCode: 200 } };
const fail = { payload: { statusCode: 500 } };

describe('buildHealthCheckEvent', () => {
  it('matches the lambda-rust health check sample', () => {
    const expected = readAwsEvent('alb/lambda-rust__alb_health_check.json') as {
      requestContext: { elb: { targetGroupArn: string } };
    };
    const target = { ...group(scenario({ HealthCheckEnabled: true })) };
    target.arn = expected.requestContext.elb.targetGroupArn;

    expect(buildHealthCheckEvent(target)).toEqual(expected);
  });

  it('builds multi-value variant', () => {
    const event = buildHealthCheckEvent(
      group(scenario({ TargetGroupAttributes: [{ Key: 'lambda.multi_value_headers.enabled', Value: 'true' }] })),
    );

    expect(event.multiValueHeaders).toEqual({ 'user-agent': ['ELB-HealthChecker/2.0'] });
    expect(event.multiValueQueryStringParameters).toEqual({});
    expect(event.headers).toBeUndefined();
  });

  it('uses HealthCheckPath', () => {
    const event = buildHealthCheckEvent(group(scenario({ HealthCheckPath: '/health?deep=1' })));

    expect(event.path).toBe('/health');
    expect(event.queryStringParameters).toEqual({ deep: '1' });
  });
});

describe('matchesHttpCode', () => {
  it('matches lists and ranges', () => {
    expect(matchesHttpCode('200,204', 204)).toBe(true);
    expect(matchesHttpCode('200-299', 250)).toBe(true);
    expect(matchesHttpCode('200', 201)).toBe(false);
  });
});

describe('checkTargetHealth', () => {
  it('reports unavailable when disabled', async () => {
    const invoker = new FixedInvoker([ok]);
    const run = await checkTargetHealth(scenario({}), 'tg', invoker, env(), 3);

    expect(run.health.state).toBe('unavailable');
    expect(invoker.requests).toHaveLength(0);
  });

  it('becomes healthy after first pass', async () => {
    const run = await checkTargetHealth(scenario({ HealthCheckEnabled: true }), 'tg', new FixedInvoker([ok]), env(), 1);

    expect(run.health.state).toBe('healthy');
    expect(run.checks[0]?.success).toBe(true);
  });

  it('becomes unhealthy after threshold failures', async () => {
    const value = scenario({ HealthCheckEnabled: true, UnhealthyThresholdCount: 3 });
    const run = await checkTargetHealth(value, 'tg', new FixedInvoker([ok, fail, fail, fail]), env(), 4);

    expect(run.checks.map((check) => check.health.state)).toEqual(['healthy', 'healthy', 'healthy', 'unhealthy']);
    expect(run.health.reason).toBe('Target.ResponseCodeMismatch');
    expect(run.failOpen).toBe(true);
  });

  it('recovers after healthy threshold', async () => {
    const value = scenario({ HealthCheckEnabled: true, HealthyThresholdCount: 2, UnhealthyThresholdCount: 2 });
    const run = await checkTargetHealth(value, 'tg', new FixedInvoker([fail, fail, ok, ok]), env(), 4);

    expect(run.checks.map((check) => check.health.state)).toEqual(['initial', 'unhealthy', 'unhealthy', 'healthy']);
  });

  it('classifies timeout and errors', async () => {
    const value = scenario({ HealthCheckEnabled: true, HealthCheckTimeoutSeconds: 2 });
    const run = await checkTargetHealth(
      value,
      'tg',
      new FixedInvoker([{ payload: { statusCode: 200 }, durationMs: 2500 }, { outcome: 'error', payload: {} }, { payload: { nope: 1 } }]),
      env(),
      3,
    );

    expect(run.checks.map((check) => check.failureReason)).toEqual([
      'Target.Timeout',
      'Target.FailedHealthChecks',
      'Target.FailedHealthChecks',
    ]);
  });

  it('spaces checks by interval', async () => {
    const value = scenario({ HealthCheckEnabled: true, HealthCheckIntervalSeconds: 10 });
    const run = await checkTargetHealth(value, 'tg', new FixedInvoker([ok]), env(), 3);

    expect(run.checks.map((check) => check.atSeconds)).toEqual([0, 10, 20]);
  });

  it('sends health check event to function', async () => {
    const invoker = new FixedInvoker([ok]);
    await checkTargetHealth(scenario({ HealthCheckEnabled: true }), 'tg', invoker, env(), 1);

    expect(invoker.requests[0]?.event).toMatchObject({ httpMethod: 'GET', headers: { 'user-agent': 'ELB-HealthChecker/2.0' } });
    expect(invoker.requests[0]?.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
