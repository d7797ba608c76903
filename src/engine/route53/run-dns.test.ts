import { describe, expect, it } from 'vitest';
import type { TargetHealth } from '../alb/health';
import { checkConnection } from '../model/connections';
import { parseScenario } from '../model/parse';
import { createRunEnvironment } from '../run/environment';
import { FixedInvoker } from '../run/fake-invoker.testing';
import { runRequest } from '../run/run-request';
import { ROUTE53_FAILOVER_SAMPLE } from '../samples/route53-failover';

const parsed = parseScenario(ROUTE53_FAILOVER_SAMPLE);
if (!parsed.ok) throw new Error(parsed.error.message);
const scenario = parsed.value;
const GET = 'GET /orders HTTP/1.1\r\nHost: api.example.com\r\n\r\n';
const ok = { payload: { statusCode: 200, body: 'served' } };
const UNHEALTHY: TargetHealth = { state: 'unhealthy', reason: 'Target.FailedHealthChecks' };

async function send(targetHealth: Record<string, TargetHealth>) {
  const invoker = new FixedInvoker([ok]);
  const env = createRunEnvironment({ seed: 1, startMs: 1_700_000_000_000 });
  const result = await runRequest(scenario, 'dns', { kind: 'http', raw: GET }, invoker, env, { targetHealth });

  return { result, invoker };
}

describe('runRequest into Route 53', () => {
  it('invokes the primary function', async () => {
    const { invoker } = await send({});
    expect(invoker.requests[0]?.function.functionName).toBe('app-east');
  });

  it('invokes the secondary after failover', async () => {
    const { invoker } = await send({ 'east-app': UNHEALTHY });
    expect(invoker.requests[0]?.function.functionName).toBe('app-west');
  });

  it('returns the function response', async () => {
    const { result } = await send({});
    expect([result.response.statusCode, result.response.body]).toEqual([200, 'served']);
  });

  it('reports the Route 53 entry node', async () => {
    const { result } = await send({});
    expect(result.entryNodeId).toBe('dns');
  });

  it('traces the DNS answer second', async () => {
    const { result } = await send({ 'east-app': UNHEALTHY });
    expect(result.trace[1]?.label).toContain('answering secondary alb-west');
  });

  it('nests the ALB trace under DNS', async () => {
    const { result } = await send({});
    expect(result.trace[2]).toMatchObject({ parentId: 'span-1', label: 'Client → alb-east' });
  });

  it('keeps span ids unique', async () => {
    const { result } = await send({});
    const ids = result.trace.map((span) => span.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects an event input', async () => {
    const env = createRunEnvironment({ seed: 1, startMs: 0 });
    const result = await runRequest(scenario, 'dns', { kind: 'event', event: {} }, new FixedInvoker([ok]), env);
    expect(result.response.statusCode).toBe(400);
  });
});

describe('Route 53 connections', () => {
  it('alias to a load balancer', () => {
    expect(checkConnection('route53', 'alb')).toMatchObject({ ok: true, kind: 'dns-alias' });
  });

  it('rejects a function target', () => {
    const check = checkConnection('route53', 'lambda');
    expect(check.ok ? '' : check.reason).toContain('alias to an Application Load Balancer');
  });

  it('rejects edges into Route 53', () => {
    const check = checkConnection('alb', 'route53');
    expect(check.ok ? '' : check.reason).toContain('answers DNS lookups from clients');
  });
});
