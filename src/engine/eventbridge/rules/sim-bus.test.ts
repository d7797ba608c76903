import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../model/parse';
import type { Scenario } from '../../model/scenario';
import { simulate } from '../../sim/simulation';

const ENTRY = { Source: 'shop.orders', DetailType: 'OrderPlaced', Detail: '{"orderId":7}' };
const ORDERS = { EventPattern: { source: ['shop.orders'] } };

interface Options {
  rule?: Record<string, unknown>;
  lambda?: Record<string, unknown>;
  simulation?: Record<string, unknown>;
  loads?: Record<string, unknown>[];
}

function scenario(options: Options = {}): Scenario {
  const parsed = parseScenario({
    version: 1,
    nodes: [
      { id: 'bus', type: 'eventbridge', config: {} },
      { id: 'dlq', type: 'sqs', config: {} },
      { id: 'records', type: 'sqs', config: {} },
      { id: 'fn', type: 'lambda', config: { ...options.lambda, simulation: { durationMs: 200, ...options.simulation } } },
    ],
    edges: [{ id: 'rule', source: 'bus', target: 'fn', config: options.rule ?? ORDERS }],
    loads: options.loads ?? [{ target: 'bus', count: 10, entry: ENTRY }],
  });
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }

  return parsed.value;
}

describe('bus loads on the simulator', () => {
  it('invokes once per matched event', () => {
    const result = simulate(scenario());

    expect(result.totals.eventsPut).toBe(10);
    expect(result.totals.eventsMatched).toBe(10);
    expect(result.totals.invocations).toBe(10);
  });

  it('skips unmatched events', () => {
    const result = simulate(scenario({ rule: { EventPattern: { source: ['other'] } } }));

    expect(result.totals.eventsMatched).toBe(0);
    expect(result.totals.invocations).toBe(0);
  });

  it('counts rejected entries', () => {
    const result = simulate(scenario({ loads: [{ target: 'bus', count: 3, entry: { Source: 'shop.orders' } }] }));

    expect(result.totals.eventsRejected).toBe(3);
  });

  it('spreads a rate load', () => {
    const result = simulate(scenario({ loads: [{ target: 'bus', count: 50, ratePerSecond: 10, entry: ENTRY }] }));

    expect(result.totals.invocations).toBe(50);
    expect(result.totals.endSeconds).toBeGreaterThan(4.9);
  });
});

describe('async retries on the simulator', () => {
  const failing = { simulation: { errorRate: 1 }, lambda: { DeadLetterConfig: { TargetArn: 'dlq' } } };

  it('runs a failing function three times', () => {
    const result = simulate(scenario({ ...failing, loads: [{ target: 'bus', count: 1, entry: ENTRY }] }));

    expect(result.totals.invocations).toBe(3);
    expect(result.totals.asyncRetries).toBe(2);
  });

  it('ends after the two waits', () => {
    const result = simulate(scenario({ ...failing, loads: [{ target: 'bus', count: 1, entry: ENTRY }] }));

    expect(Math.floor(result.totals.endSeconds)).toBe(180);
  });

  it('dead-letters each failed event', () => {
    const result = simulate(scenario(failing));

    expect(result.totals.asyncDeadLettered).toBe(10);
    expect(result.queues.dlq?.remaining).toBe(10);
  });

  it('sends success records', () => {
    const lambda = { EventInvokeConfig: { DestinationConfig: { OnSuccess: { Destination: 'records' } } } };
    const result = simulate(scenario({ lambda }));

    expect(result.totals.destinationsDelivered).toBe(10);
    expect(result.queues.records?.remaining).toBe(10);
  });

  it('retries throttles until all run', () => {
    const result = simulate(scenario({ lambda: { ReservedConcurrentExecutions: 1 }, simulation: { durationMs: 1000 } }));

    expect(result.totals.throttles).toBeGreaterThan(0);
    expect(result.functions.fn?.invocations).toBe(10);
  });

  it('discards all at zero concurrency', () => {
    const result = simulate(scenario({ lambda: { ReservedConcurrentExecutions: 0, DeadLetterConfig: { TargetArn: 'dlq' } } }));

    expect(result.totals.invocations).toBe(0);
    expect(result.totals.asyncDeadLettered).toBe(10);
  });

  it('records retries in the series', () => {
    const result = simulate(scenario({ ...failing, loads: [{ target: 'bus', count: 1, entry: ENTRY }] }), { sampleIntervalSeconds: 60 });

    expect(result.series.asyncRetries.at(-1)).toBe(2);
  });
});

describe('schedules on the simulator', () => {
  it('fires rate schedules on the clock', () => {
    const result = simulate(scenario({ rule: { ScheduleExpression: 'rate(5 minutes)' }, loads: [] }), { untilSeconds: 3600 });

    expect(result.totals.invocations).toBe(12);
  });

  it('fires hourly cron for a day', () => {
    const result = simulate(scenario({ rule: { ScheduleExpression: 'cron(0 * * * ? *)' }, loads: [] }));

    expect(result.totals.eventsPut).toBe(24);
  });

  it('fires at the cron minute', () => {
    const result = simulate(scenario({ rule: { ScheduleExpression: 'cron(30 * * * ? *)' }, loads: [] }), { untilSeconds: 7200, sampleIntervalSeconds: 60 });
    const firedAt = result.series.t.filter((_, index) => (result.series.invocations[index] ?? 0) > 0);

    expect(firedAt).toEqual([1800, 5400]);
  });
});

describe('EventBridge delivery retries on the simulator', () => {
  const rejected = { rule: { ...ORDERS, DeadLetterConfig: { Arn: 'dlq' }, simulation: { deliveryFailureRate: 1 } }, loads: [{ target: 'bus', count: 100, entry: ENTRY }] };

  it('dead-letters after a day', () => {
    const result = simulate(scenario(rejected));

    expect(result.totals.ruleDeadLettered).toBe(100);
    expect(result.queues.dlq?.remaining).toBe(100);
  });

  it('retries at most 185 times each', () => {
    const result = simulate(scenario(rejected));

    expect(result.totals.deliveryRetries).toBeLessThanOrEqual(18_500);
    expect(result.totals.deliveryRetries).toBeGreaterThan(100 * 150);
  });

  it('stays within the 24 hour age', () => {
    const result = simulate(scenario(rejected));

    expect(result.totals.endSeconds).toBeLessThanOrEqual(86_400);
  });

  it('skips retries without permission', () => {
    const result = simulate(scenario({ ...rejected, rule: { ...ORDERS, invokePermission: false, DeadLetterConfig: { Arn: 'dlq' } } }));

    expect(result.totals.deliveryRetries).toBe(0);
    expect(result.totals.ruleDeadLettered).toBe(100);
  });
});
