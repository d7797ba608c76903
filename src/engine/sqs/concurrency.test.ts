import { describe, expect, it } from 'vitest';
import { simulate } from '../sim/simulation';
import { sqsScenario } from '../sim/sqs-scenario';

// 2,000 messages against a function that can run only 10 at a time; one
// throttle is enough to send a message to the dead-letter queue.
function reservedScenario(maximumConcurrency?: number) {
  return sqsScenario({
    queue: { VisibilityTimeout: 60 },
    deadLetterQueue: {},
    maxReceiveCount: 1,
    lambda: { ReservedConcurrentExecutions: 10, Timeout: 10 },
    simulation: { durationMs: 2000 },
    mapping: maximumConcurrency ? { ScalingConfig: { MaximumConcurrency: maximumConcurrency } } : {},
    loads: [{ target: 'queue', count: 2000 }],
  });
}

describe('reserved concurrency without MaximumConcurrency', () => {
  const result = simulate(reservedScenario());

  it('never runs more than the reservation', () => {
    expect(result.functions.fn?.maxConcurrency).toBe(10);
  });

  it('throttles batches beyond it', () => {
    expect(result.totals.throttles).toBeGreaterThan(0);
  });

  it('dead-letters messages it never processed', () => {
    expect(result.totals.deadLettered).toBeGreaterThan(0);
  });

  it('accounts for every message', () => {
    expect(result.totals.processed + result.queues.dlq!.remaining).toBe(2000);
  });
});

describe('MaximumConcurrency at the reservation', () => {
  const result = simulate(reservedScenario(10));

  it('never exceeds the maximum', () => {
    expect(Math.max(...result.series.concurrency)).toBe(10);
  });

  it('is never throttled', () => {
    expect(result.totals.throttles).toBe(0);
  });

  it('processes every message', () => {
    expect(result.totals.processed).toBe(2000);
  });
});

describe('account concurrency', () => {
  it('caps functions without a reservation', () => {
    const result = simulate(
      sqsScenario({
        settings: { accountConcurrency: 200 },
        queue: { VisibilityTimeout: 120 },
        lambda: { Timeout: 20 },
        simulation: { durationMs: 10_000 },
        loads: [{ target: 'queue', count: 50_000 }],
      }),
      { untilSeconds: 120 },
    );
    expect(result.totals.maxConcurrency).toBe(200);
  });
});

describe('redrive after maxReceiveCount', () => {
  const seen: number[] = [];
  const result = simulate(
    sqsScenario({
      deadLetterQueue: {},
      maxReceiveCount: 3,
      simulation: { errorRate: 1 },
      loads: [{ target: 'queue', count: 20 }],
    }),
    { onInvocation: (call) => seen.push(...call.messages.map((message) => message.receiveCount)) },
  );

  it('moves every message to the dead-letter queue', () => {
    expect(result.queues.dlq?.remaining).toBe(20);
  });

  it('receives each message maxReceiveCount times', () => {
    expect(seen.length).toBe(60);
  });

  it('never delivers a fourth receive', () => {
    expect(Math.max(...seen)).toBe(3);
  });

  it('waits a visibility timeout between receives', () => {
    // Two returns of 30 s each, then the move on the third return.
    expect(result.totals.drainSeconds).toBeGreaterThanOrEqual(90);
  });
});

describe('timeouts', () => {
  const result = simulate(
    sqsScenario({
      lambda: { Timeout: 1 },
      simulation: { durationMs: 5000 },
      loads: [{ target: 'queue', count: 10 }],
    }),
    { untilSeconds: 10 },
  );

  it('counts a timeout as an error', () => {
    expect([result.totals.timeouts, result.totals.errors]).toEqual([1, 1]);
  });

  it('restarts the environment after a timeout', () => {
    expect(result.totals.coldStarts).toBe(1);
  });
});
